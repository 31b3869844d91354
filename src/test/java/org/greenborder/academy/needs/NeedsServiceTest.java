package org.greenborder.academy.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.shared.ConcurrentEditException;
import org.greenborder.academy.shared.Convention;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.greenborder.academy.support.WorkshopFixture;
import org.greenborder.academy.workshop.AgencyType;
import org.greenborder.academy.workshop.EventRole;
import org.greenborder.academy.workshop.EventStatus;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** Rounds, sheets, the survey and the theme list through the service: rights, validation and concurrent edits. */
@SpringBootTest
@Import(WorkshopFixture.class)
class NeedsServiceTest {

    static final CountryCode KH = CountryCode.of("KH");

    @Autowired
    WorkshopFixture fx;
    @Autowired
    NeedsService needs;
    @Autowired
    NeedsDashboard dashboard;

    private NeedsRound round(Long eventId) {
        NeedsRound round = new NeedsRound();
        round.setTitle(WorkshopFixture.unique("Round"));
        round.setHeldOn(LocalDate.of(2025, 6, 30));
        round.setEventId(eventId);
        round.setConventions(Set.of(Convention.BASEL));
        return fx.as("analyst", Role.ANALYST, () -> needs.saveRound(round));
    }

    private static List<SheetLine> rated(List<SheetLine> lines, String theme, Integer level, String comment) {
        return lines.stream().map(line -> line.themeCode().equals(theme) ? line.with(level, comment) : line).toList();
    }

    @Test
    void anAnalystRatesAnAgencyAndTheSheetComesBackAsSaved() {
        NeedsRound round = round(null);
        List<SheetLine> sheet = fx.as("analyst", Role.ANALYST, () -> needs.sheet(round.getId(), KH, AgencyType.CUSTOMS));
        assertThat(sheet).extracting(SheetLine::themeCode).contains("INFORMATION_SHARING", "ESM_CONFIRMATION");
        assertThat(sheet).allMatch(line -> line.level() == null);

        List<SheetLine> saved = fx.as("analyst", Role.ANALYST, () -> needs.saveSheet(round.getId(), KH, AgencyType.CUSTOMS,
                rated(rated(sheet, "RESOURCES", 5, "  No identifiers at Poipet  "), "LEGISLATION", 2, "")));
        assertThat(saved).filteredOn(l -> l.themeCode().equals("RESOURCES")).singleElement()
                .satisfies(l -> {
                    assertThat(l.level()).isEqualTo(5);
                    assertThat(l.comment()).isEqualTo("No identifiers at Poipet");
                });
        assertThat(fx.as("analyst", Role.ANALYST, () -> needs.ratings(round.getId())))
                .extracting(Rating::themeCode, Rating::level, Rating::source)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("RESOURCES", 5, RatingSource.ANALYST),
                        org.assertj.core.groups.Tuple.tuple("LEGISLATION", 2, RatingSource.ANALYST));

        String csv = new String(fx.as("analyst", Role.ANALYST, () -> needs.ratingsCsv(round.getId())), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Cambodia,Customs,Capacity and financial resources,5,Analyst,No identifiers at Poipet");

        // clearing a level removes the rating
        fx.as("analyst", Role.ANALYST, () -> needs.saveSheet(round.getId(), KH, AgencyType.CUSTOMS, rated(saved, "LEGISLATION", null, null)));
        assertThat(fx.as("analyst", Role.ANALYST, () -> needs.ratings(round.getId()))).extracting(Rating::themeCode).containsExactly("RESOURCES");
    }

    @Test
    void aStaleSheetIsRefusedWholeAndNothingIsLost() {
        NeedsRound round = round(null);
        List<SheetLine> blank = fx.as("analyst", Role.ANALYST, () -> needs.sheet(round.getId(), KH, AgencyType.CUSTOMS));
        fx.as("analyst", Role.ANALYST, () -> needs.saveSheet(round.getId(), KH, AgencyType.CUSTOMS, rated(blank, "RESOURCES", 4, null)));
        // a second analyst still has the blank sheet open
        assertThatThrownBy(() -> fx.as("admin", Role.ADMIN, () -> needs.saveSheet(round.getId(), KH, AgencyType.CUSTOMS,
                rated(rated(blank, "RESOURCES", 1, null), "AWARENESS", 3, null))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(fx.as("analyst", Role.ANALYST, () -> needs.ratings(round.getId())))
                .extracting(Rating::themeCode, Rating::level).containsExactly(org.assertj.core.groups.Tuple.tuple("RESOURCES", 4));
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        NeedsRound round = round(null);
        List<SheetLine> blank = fx.as("analyst", Role.ANALYST, () -> needs.sheet(round.getId(), KH, AgencyType.CUSTOMS));
        assertThatThrownBy(() -> fx.as("analyst", Role.ANALYST, () -> needs.saveSheet(round.getId(), KH, AgencyType.CUSTOMS,
                rated(blank, "RESOURCES", 6, null)))).isInstanceOf(RuleViolationException.class).hasMessageContaining("from 1 to 5");
        assertThatThrownBy(() -> fx.as("analyst", Role.ANALYST, () -> needs.saveSheet(round.getId(), KH, AgencyType.CUSTOMS,
                List.of(new SheetLine("NO_SUCH_THEME", "x", null, 3, null, null))))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> fx.as("analyst", Role.ANALYST, () -> needs.saveSheet(round.getId(), KH, AgencyType.CUSTOMS,
                rated(blank, "RESOURCES", 3, "x".repeat(1001))))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> fx.as("analyst", Role.ANALYST, () -> needs.sheet(987654321L, KH, AgencyType.CUSTOMS)))
                .isInstanceOf(NotFoundException.class);
        NeedsRound untitled = new NeedsRound();
        untitled.setTitle("   ");
        untitled.setHeldOn(LocalDate.of(2025, 1, 1));
        assertThatThrownBy(() -> fx.as("analyst", Role.ANALYST, () -> needs.saveRound(untitled)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("title");
        assertThat(fx.as("analyst", Role.ANALYST, () -> needs.ratings(round.getId()))).isEmpty();
    }

    @Test
    void onlyStaffReachRoundsSheetsAndTheDashboard() {
        NeedsRound round = round(null);
        String trainee = fx.account(Role.TRAINEE);
        String organiser = fx.account(Role.ORGANISER);
        assertThatThrownBy(() -> fx.as(trainee, Role.TRAINEE, () -> needs.rounds())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(trainee, Role.TRAINEE, () -> dashboard.picture(NeedsFilter.ANY))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(trainee, Role.TRAINEE, () -> dashboard.profile(KH, NeedsFilter.ANY))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(trainee, Role.TRAINEE, () -> dashboard.report(NeedsFilter.ANY))).isInstanceOf(AccessDeniedException.class);
        // organisers read the picture but do not enter ratings
        assertThat(fx.as(organiser, Role.ORGANISER, () -> dashboard.picture(NeedsFilter.ANY))).isNotNull();
        assertThatThrownBy(() -> fx.as(organiser, Role.ORGANISER, () -> needs.sheet(round.getId(), KH, AgencyType.CUSTOMS)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as("analyst", Role.ANALYST, () -> needs.addTheme("Port security", null, List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aConfirmedParticipantAnswersTheSurveyForTheirCountryAndAgency() {
        WorkshopEvent event = fx.event(WorkshopFixture.unique("Survey workshop"), EventStatus.PUBLISHED);
        String participant = fx.account(Role.TRAINEE);
        String stranger = fx.account(Role.TRAINEE);
        fx.confirmedParticipant(event, "Bounmy Phommachanh", participant, EventRole.PARTICIPANT);
        NeedsRound round = round(event.getId());
        assertThatThrownBy(() -> fx.as("analyst", Role.ANALYST, () -> needs.openSurvey(round(null).getId())))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("workshop");
        String token = fx.as("analyst", Role.ANALYST, () -> needs.openSurvey(round.getId())).getSurveyToken();
        assertThat(token).hasSizeGreaterThanOrEqualTo(20);

        SurveyForm form = fx.as(participant, Role.TRAINEE, () -> needs.survey(token));
        assertThat(form.countryName()).isEqualTo("Lao PDR");
        assertThat(form.agencyLabel()).isEqualTo("Customs");
        assertThat(form.answered()).isFalse();
        assertThatThrownBy(() -> fx.as(participant, Role.TRAINEE, () -> needs.submitSurvey(token, form.lines())))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("at least one");
        SurveyForm answered = fx.as(participant, Role.TRAINEE, () -> needs.submitSurvey(token,
                rated(form.lines(), "SUBSTANCE_IDENTIFICATION", 4, "Blends are hard")));
        assertThat(answered.answered()).isTrue();
        assertThat(fx.as("analyst", Role.ANALYST, () -> needs.ratings(round.getId()))).singleElement().satisfies(rating -> {
            assertThat(rating.country()).isEqualTo(CountryCode.of("LA"));
            assertThat(rating.agency()).isEqualTo(AgencyType.CUSTOMS);
            assertThat(rating.respondent()).isEqualTo(participant);
            assertThat(rating.source()).isEqualTo(RatingSource.SURVEY);
            assertThat(rating.level()).isEqualTo(4);
        });

        assertThatThrownBy(() -> fx.as(stranger, Role.TRAINEE, () -> needs.survey(token))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(participant, Role.TRAINEE, () -> needs.survey("not-a-token"))).isInstanceOf(NotFoundException.class);
        fx.as("analyst", Role.ANALYST, () -> needs.closeSurvey(round.getId()));
        assertThatThrownBy(() -> fx.as(participant, Role.TRAINEE, () -> needs.submitSurvey(token, answered.lines())))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("closed");
    }

    @Test
    void adminsKeepTheThemeList() {
        Theme added = fx.as("admin", Role.ADMIN, () -> needs.addTheme("Port and free-zone controls", "Controls in free zones",
                List.of("free-trade-zones", " Transhipment ")));
        assertThat(added.code()).startsWith("PORT_AND_FREE_ZONE_CONTROLS");
        assertThat(added.scenarioTopics()).containsExactly("free-trade-zones", "transhipment");
        assertThat(fx.as("admin", Role.ADMIN, () -> needs.themes()).getLast().code()).isEqualTo(added.code());

        Theme renamed = fx.as("admin", Role.ADMIN, () -> needs.updateTheme(added, "Free-zone controls", null, List.of(), false));
        assertThat(renamed.active()).isFalse();
        assertThatThrownBy(() -> fx.as("admin", Role.ADMIN, () -> needs.updateTheme(added, "Stale", null, List.of(), true)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> fx.as("admin", Role.ADMIN, () -> needs.addTheme("Bad topics", null, List.of("not a topic!"))))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> fx.system.run(() -> needs.deleteTheme("RESOURCES")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("retire");
        fx.as("admin", Role.ADMIN, () -> {
            needs.deleteTheme(added.code());
            return null;
        });
        assertThat(fx.as("admin", Role.ADMIN, () -> needs.themes())).extracting(Theme::code).doesNotContain(added.code());
    }
}
