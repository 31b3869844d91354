package org.greenborder.academy.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.greenborder.academy.guidance.DocumentStatus;
import org.greenborder.academy.guidance.GuidanceDocument;
import org.greenborder.academy.guidance.GuidanceService;
import org.greenborder.academy.guidance.SearchRequest;
import org.greenborder.academy.guidance.SearchResults;
import org.greenborder.academy.scenario.AttemptView;
import org.greenborder.academy.scenario.ScenarioService;
import org.greenborder.academy.security.NewAccount;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.security.UserAccount;
import org.greenborder.academy.security.UserAccountService;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.workshop.EventType;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.greenborder.academy.workshop.WorkshopService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a backup must carry: data entered through the application before the backup (an account with a Lao name,
 * a workshop, a guidance document written in the app, an attempt with a move), checked after the restore in a
 * new application run, including a search, which needs the index rebuilt from the restored database.
 */
final class BackupRestoreScenario {

    static final String SCENARIO = "hcfc22-declared-as-hfc134a";
    static final String TRAINEE = "backup-trainee";
    static final String SLUG = "backup-dry-port-notes";

    record Written(long accountId, long eventId, long attemptId) {
    }

    private BackupRestoreScenario() {
    }

    static Written write(ConfigurableApplicationContext context) {
        SystemIdentity system = context.getBean(SystemIdentity.class);
        UserAccount account = system.call(() -> context.getBean(UserAccountService.class).create(new NewAccount(TRAINEE,
                "ສຸກສະຫວັນ ພົມມະຈັນ", "backup-trainee@example.org", "Lao Customs Department", CountryCode.of("LA"),
                EnumSet.of(Role.TRAINEE), "savannakhet dry port, april 2026")));
        WorkshopEvent event = new WorkshopEvent();
        event.setType(EventType.NATIONAL_TRAINING);
        event.setTitle("National training on ODS identification, Savannakhet");
        event.setStartDate(LocalDate.of(2026, 5, 4));
        event.setEndDate(LocalDate.of(2026, 5, 6));
        event.setVenueCity("Savannakhet");
        event.setVenueCountry(CountryCode.of("LA"));
        event.setTimeZone("Asia/Vientiane");
        long eventId = system.call(() -> context.getBean(WorkshopService.class).create(event)).getId();

        GuidanceDocument document = new GuidanceDocument();
        document.setSlug(SLUG);
        document.setTitle("Savannakhet dry port: notes for examination officers");
        document.setConventions(Set.of("Montreal"));
        document.setTopics(Set.of("refrigerant-identification"));
        document.setAudience(Set.of("customs"));
        document.setType("guide");
        document.setLanguage("en");
        document.setMarkdown("# Savannakhet dry port\n\nTest the cylinders with the refrigerant identifier before releasing them.");
        document.setStatus(DocumentStatus.PUBLISHED);
        system.callAs("backup-organiser", Role.ORGANISER, () -> context.getBean(GuidanceService.class).save(document));

        ScenarioService scenarios = context.getBean(ScenarioService.class);
        long attemptId = system.callAs(TRAINEE, Role.TRAINEE, () -> {
            long id = scenarios.start(SCENARIO, 11L);
            scenarios.inspect(id, "licence-check");
            return id;
        });
        return new Written(account.getId(), eventId, attemptId);
    }

    static void checkRestored(ConfigurableApplicationContext context, Written written) {
        SystemIdentity system = context.getBean(SystemIdentity.class);
        UserAccount account = system.call(() -> context.getBean(UserAccountService.class).get(written.accountId()));
        assertThat(account.getUsername()).isEqualTo(TRAINEE);
        assertThat(account.getFullName()).isEqualTo("ສຸກສະຫວັນ ພົມມະຈັນ");
        assertThat(system.call(() -> context.getBean(WorkshopService.class).get(written.eventId())).getTitle())
                .isEqualTo("National training on ODS identification, Savannakhet");
        AttemptView attempt = system.callAs(TRAINEE, Role.TRAINEE, () -> context.getBean(ScenarioService.class).attempt(written.attemptId()));
        assertThat(attempt.inspections()).extracting(AttemptView.Inspection::id).containsExactly("licence-check");
        SearchResults found = system.callAs(TRAINEE, Role.TRAINEE, () -> context.getBean(GuidanceService.class)
                .search(new SearchRequest("Savannakhet identifier", Set.of(), Set.of(), Set.of(), Set.of(), 10, 0)));
        assertThat(found.hits()).as("found through the search index, rebuilt from the restored database")
                .extracting(SearchResults.Hit::id).contains(SLUG);
    }
}
