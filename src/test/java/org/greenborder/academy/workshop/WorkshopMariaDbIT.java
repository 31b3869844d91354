package org.greenborder.academy.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.shared.CapacityTheme;
import org.greenborder.academy.shared.ConcurrentEditException;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.support.ExternalResources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The workshop module on MariaDB through Connector/J: the queries (including the row lock that serialises
 * places), optimistic locking, collections and local scripts behave as on H2.
 */
@SpringBootTest
@ActiveProfiles("mysql")
class WorkshopMariaDbIT {

    @BeforeAll
    static void startFromAnEmptySchema() {
        ExternalResources.requireEmptyMySqlSchema();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ExternalResources.useMySql(registry, false);
    }

    @Autowired
    SystemIdentity system;
    @Autowired
    WorkshopService workshops;
    @Autowired
    AgendaService agenda;
    @Autowired
    BreakoutService breakouts;
    @Autowired
    ParticipantService participants;
    @Autowired
    AttendanceService attendance;
    @Autowired
    OutcomeService outcomes;

    @Test
    void aWorkshopRunsEndToEndOnMariaDb() {
        system.run(() -> {
            WorkshopEvent event = new WorkshopEvent();
            event.setTitle("Capacity Building Workshop of SEAP Customs Officers");
            event.setStartDate(LocalDate.of(2014, 4, 1));
            event.setEndDate(LocalDate.of(2014, 4, 3));
            event.setVenueCity("Vientiane");
            event.setVenueCountry(CountryCode.of("LA"));
            event.setTimeZone("Asia/Vientiane");
            event.setCapacity(2);
            event.setNeeds(Set.of(CapacityTheme.INFORMATION_SHARING, CapacityTheme.AWARENESS));
            WorkshopEvent created = workshops.create(event);

            AgendaSession session = new AgendaSession();
            session.setDay(LocalDate.of(2014, 4, 2));
            session.setStartTime(LocalTime.of(9, 0));
            session.setEndTime(LocalTime.of(10, 30));
            session.setKind(SessionKind.BREAKOUT);
            session.setTitle("Breakout");
            session.setAssumptions("TBM of HW remains important\nCustoms and CA must act together");
            AgendaSession savedSession = agenda.save(created.getId(), session);
            BreakoutGroup group = new BreakoutGroup("Group A", "Customs and competent authorities");
            group.setQuestions(List.of(new ScopeQuestion(null, "Priority areas"), new ScopeQuestion(null, "Control measures")));
            breakouts.save(savedSession.getId(), group);

            ImportReport report = participants.importCsv(created.getId(), new StringReader("""
                    full_name,local_name,country,agency_type,email
                    Khamphet Sisavath,ຄຳເພັດ ສີສະຫວາດ,LA,CUSTOMS,khamphet.it@example.org
                    Sok Dara,សុខ ដារ៉ា,KH,CUSTOMS,dara.it@example.org
                    Aung Min Thu,အောင်မင်းသူ,MM,COMPETENT_AUTHORITY,aung.it@example.org
                    """), true);
            assertThat(report.imported()).isEqualTo(3);
            List<Registration> registered = participants.registrations(created.getId());
            assertThat(registered).extracting(Registration::getStatus)
                    .containsOnly(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);
            assertThat(registered).extracting(registration -> registration.getPerson().getLocalName())
                    .contains("ຄຳເພັດ ສີສະຫວາດ", "សុខ ដារ៉ា", "အောင်မင်းသူ");

            Registration confirmed = registered.stream().filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED).findFirst().orElseThrow();
            participants.withdraw(confirmed.getId());
            assertThat(participants.registrations(created.getId())).extracting(Registration::getStatus)
                    .doesNotContain(RegistrationStatus.WAITLISTED);

            List<BreakoutGroup> assigned = breakouts.autoAssign(savedSession.getId(), false);
            assertThat(assigned.getFirst().getMembers()).hasSize(2);
            attendance.mark(savedSession.getId(), Set.of(assigned.getFirst().getMembers().iterator().next().getId()), AttendanceStatus.PRESENT);
            assertThat(attendance.rates(created.getId())).anySatisfy(rate -> assertThat(rate.percent()).isEqualTo(100));

            Outcome outcome = new Outcome();
            outcome.setText("Improve information and intelligence sharing within and outside the region");
            outcome.setKind(OutcomeKind.RECOMMENDATION);
            outcome.setTheme(CapacityTheme.INFORMATION_SHARING);
            outcomes.save(created.getId(), outcome);
            assertThat(outcomes.followUp(OutcomeService.UNFINISHED, null)).hasSize(1);

            WorkshopEvent first = workshops.get(created.getId());
            WorkshopEvent second = workshops.get(created.getId());
            first.setSummary("first");
            workshops.update(first);
            second.setSummary("second");
            assertThatThrownBy(() -> workshops.update(second)).isInstanceOf(ConcurrentEditException.class);
            assertThat(workshops.get(created.getId()).getSummary()).isEqualTo("first");
        });
    }
}
