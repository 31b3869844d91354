package org.greenborder.academy.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.workshop.AgendaService;
import org.greenborder.academy.workshop.AgendaSession;
import org.greenborder.academy.workshop.AttendanceRate;
import org.greenborder.academy.workshop.AttendanceService;
import org.greenborder.academy.workshop.BreakoutGroup;
import org.greenborder.academy.workshop.BreakoutService;
import org.greenborder.academy.workshop.ContributionKind;
import org.greenborder.academy.workshop.EventFilter;
import org.greenborder.academy.workshop.EventRole;
import org.greenborder.academy.workshop.EventStatus;
import org.greenborder.academy.workshop.EventSummary;
import org.greenborder.academy.workshop.LinkKind;
import org.greenborder.academy.workshop.LinkedEvent;
import org.greenborder.academy.workshop.OutcomeService;
import org.greenborder.academy.workshop.OutcomeStatus;
import org.greenborder.academy.workshop.ParticipantService;
import org.greenborder.academy.workshop.Registration;
import org.greenborder.academy.workshop.RegistrationStatus;
import org.greenborder.academy.workshop.RemoteContribution;
import org.greenborder.academy.workshop.ScopeQuestion;
import org.greenborder.academy.workshop.SessionKind;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.greenborder.academy.workshop.WorkshopService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo workshops as loaded on start (demo data is on in the embedded default the tests run on). */
@SpringBootTest
class DemoWorkshopsTest {

    @Autowired
    DemoDataLoader loader;
    @Autowired
    DataSeedRepository seeds;
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
    @Autowired
    Clock clock;

    @Test
    void theLaoWorkshopIsAsReported() {
        system.run(() -> {
            WorkshopEvent lao = event(DemoWorkshops.LAO_WORKSHOP);
            assertThat(lao.getStartDate()).isEqualTo(LocalDate.of(2014, 4, 1));
            assertThat(lao.getEndDate()).isEqualTo(LocalDate.of(2014, 4, 3));
            assertThat(lao.getVenueCountry()).isEqualTo(CountryCode.of("LA"));
            assertThat(lao.getTimeZone()).isEqualTo("Asia/Vientiane");
            assertThat(lao.getStatus()).isEqualTo(EventStatus.CLOSED);
            assertThat(lao.getOrganisers()).extracting(organisation -> organisation.shortName())
                    .containsExactlyInAnyOrder("UNEP OzonAction CAP", "REN");
            assertThat(lao.getPartners()).extracting(organisation -> organisation.shortName()).containsExactly("MoNRE");
            assertThat(lao.getEditors()).containsExactly("organiser");

            List<Registration> registrations = participants.registrations(lao.getId());
            List<Registration> delegates = registrations.stream().filter(r -> r.getRole() == EventRole.PARTICIPANT).toList();
            assertThat(delegates).hasSize(16).allMatch(r -> r.getStatus() == RegistrationStatus.CONFIRMED);
            assertThat(delegates.stream().map(r -> r.getPerson().getCountry().value()).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder("KH", "ID", "LA", "MY", "MM", "PH", "TL", "TH", "VN");

            List<Registration> resourcePersons = registrations.stream()
                    .filter(r -> r.getRole() == EventRole.RESOURCE_PERSON).toList();
            assertThat(resourcePersons).hasSize(3).allMatch(r -> r.getStatus() == RegistrationStatus.CONFIRMED);
            assertThat(resourcePersons).anyMatch(r -> r.getPerson().getOrganisation().getName().startsWith("UNEP"));
            assertThat(resourcePersons).extracting(r -> r.getPerson().getOrganisation().getCountry())
                    .contains(CountryCode.of("NL"), CountryCode.of("NO"));
            assertThat(registrations).filteredOn(r -> r.getRole() == EventRole.ORGANISER)
                    .extracting(r -> r.getPerson().getUsername()).containsExactly("organiser");

            List<AgendaSession> sessions = agenda.agenda(lao.getId());
            assertThat(sessions).allMatch(session -> lao.covers(session.getDay()));
            assertThat(sessions.stream().flatMap(session -> session.getContributions().stream()))
                    .extracting(RemoteContribution::getKind, contribution -> contribution.getOrganisation().shortName())
                    .containsExactlyInAnyOrder(tuple(ContributionKind.VIDEO_PRESENTATION, "BRS Secretariat"),
                            tuple(ContributionKind.VIDEO_PRESENTATION, "WCO RILO AP"));

            List<AttendanceRate> rates = attendance.rates(lao.getId());
            assertThat(rates.stream().map(rate -> rate.present() + "/" + rate.late() + "/" + rate.excused() + "/" + rate.absent())
                    .distinct()).hasSizeGreaterThan(3);

            assertThat(outcomes.outcomes(lao.getId())).extracting(outcome -> outcome.getTheme().name())
                    .contains("INFORMATION_SHARING", "AWARENESS", "RESOURCES");
            assertThat(outcomes.followUp(OutcomeService.UNFINISHED, null))
                    .anyMatch(item -> item.eventId() == lao.getId() && item.outcome().getStatus() == OutcomeStatus.OPEN);
        });
    }

    @Test
    void theThreeLaoEventsAreLinkedParallelAndBackToBack() {
        system.run(() -> {
            WorkshopEvent lao = event(DemoWorkshops.LAO_WORKSHOP);
            WorkshopEvent ozone = event(DemoWorkshops.OZONE_NETWORK_MEETING);
            WorkshopEvent joint = event(DemoWorkshops.JOINT_MEETING);
            assertThat(joint.getStartDate()).isEqualTo(LocalDate.of(2014, 4, 4));
            assertThat(workshops.links(lao.getId())).extracting(LinkedEvent::eventId, LinkedEvent::kind)
                    .containsExactlyInAnyOrder(tuple(ozone.getId(), LinkKind.PARALLEL_WITH),
                            tuple(joint.getId(), LinkKind.BACK_TO_BACK_WITH));
            assertThat(workshops.links(joint.getId())).extracting(LinkedEvent::eventId, LinkedEvent::kind)
                    .containsExactlyInAnyOrder(tuple(lao.getId(), LinkKind.BACK_TO_BACK_WITH),
                            tuple(ozone.getId(), LinkKind.BACK_TO_BACK_WITH));
            // the 2016 workshop is not documented as a follow-up of the Lao one
            assertThat(workshops.links(event(DemoWorkshops.REN_2016).getId())).isEmpty();
        });
    }

    @Test
    void theAsianNetworkSession4IsTheSecretariatsDesign() {
        system.run(() -> {
            WorkshopEvent asian = event(DemoWorkshops.ASIAN_NETWORK_WORKSHOP);
            LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Tokyo")));
            assertThat(asian.getStatus()).isEqualTo(EventStatus.PUBLISHED);
            assertThat(asian.getStartDate()).isBetween(today.plusDays(DemoWorkshops.ASIAN_NETWORK_STARTS_IN_DAYS - 1),
                    today.plusDays(DemoWorkshops.ASIAN_NETWORK_STARTS_IN_DAYS));
            assertThat(asian.getVenueCity()).isEqualTo("Tokyo");
            assertThat(asian.getTimeZone()).isEqualTo("Asia/Tokyo");
            assertThat(asian.getOrganisers()).extracting(organisation -> organisation.shortName())
                    .containsExactly("Secretariat of the Asian Network");

            AgendaSession session4 = agenda.agenda(asian.getId()).stream()
                    .filter(session -> session.getTitle().equals(
                            "Effective Collaborative Measures between Asian Network, Customs Authorities, and International Organization"))
                    .findFirst().orElseThrow();
            assertThat(session4.getKind()).isEqualTo(SessionKind.BREAKOUT);
            assertThat(session4.getScope()).contains("Given the difficulties and obstacles in the frontline enforcement"
                            + " activities and ongoing activities by relevant organizations identified in the previous sessions,"
                            + " how the Asian Network can address the following issues?",
                    "Based on the group analysis on the following issues;",
                    "What kind of measures the Asian Network should seek for?");
            assertThat(AgendaSession.lines(session4.getAssumptions())).hasSize(5)
                    .startsWith("With progress of globalization and rapid economic development in Asia, TBM of HW remains and"
                            + " even increases its importance in the international agenda of cross-border environmental crime.")
                    .endsWith("The ultimate goal should be to ensure that TBM of HW, especially destined to developing"
                            + " countries, constitutes an ESM of those wastes as required by the Basel Convention.");
            assertThat(AgendaSession.lines(session4.getExpectedGoals())).containsExactly(
                    "Come up and agree with some effective collaborative measures the Asian Network should promote including;",
                    "Strengthening cooperation at the national level",
                    "Strengthening cross-border and regional collaboration",
                    "Promoting intelligence sharing",
                    "Confirmation system that ESM of exported/imported hazardous wastes can be ensured",
                    "Identify next steps the Asian Network and member countries should undertake");

            List<BreakoutGroup> groups = breakouts.groups(session4.getId());
            assertThat(groups).extracting(BreakoutGroup::getLabel, BreakoutGroup::getTheme).containsExactly(
                    tuple("Group A", "Enhanced collaboration between the customs and competent authorities of the Basel Convention"),
                    tuple("Group B", "Effective measures for ensuring environmentally sound management of traded hazardous wastes"));
            assertThat(groups.get(0).getQuestions()).extracting(ScopeQuestion::getLetter, ScopeQuestion::getText).containsExactly(
                    tuple("a", "Priority areas to be addressed among the frontline enforcement difficulties/obstacles"),
                    tuple("b", "Control measures to be undertaken for tackling those difficulties/obstacles at the national"
                            + " and regional levels"),
                    tuple("c", "Activities (or project) to be considered and formulated for strengthening cross-border and"
                            + " regional collaboration"),
                    tuple("d", "Possible coordinated system for intelligence sharing and international framework for collaboration"));
            assertThat(groups.get(1).getQuestions()).extracting(ScopeQuestion::getLetter, ScopeQuestion::getText).containsExactly(
                    tuple("a", "Current situations of TBM of hazardous wastes in the region"),
                    tuple("b", "Reasons for TBM of HW where ESM cannot be ensured"),
                    tuple("c", "Necessary measures to address the reasons identified above and to ensure TBM of HW where"
                            + " recycling and treatment is conducted in an environmentally sound manner"),
                    tuple("d", "Activities to be considered and formulated for monitoring and confirming the completion of ESM"
                            + " in the destined facilities"));
            assertThat(groups).allSatisfy(group -> {
                assertThat(group.getMembers()).hasSize(12);
                assertThat(group.getRapporteur()).isNotNull().isIn(group.getMembers());
            });

            List<Registration> registrations = participants.registrations(asian.getId());
            assertThat(asian.getCapacity()).isEqualTo(24);
            assertThat(registrations).filteredOn(r -> r.getStatus() == RegistrationStatus.WAITLISTED).hasSize(2);
            assertThat(registrations).filteredOn(r -> r.getStatus() == RegistrationStatus.CONFIRMED && r.takesPlace()).hasSize(24);
            assertThat(registrations).filteredOn(r -> r.getRole() == EventRole.PARTICIPANT)
                    .extracting(r -> r.getPerson().getCountry().value())
                    .containsOnly("BN", "KH", "CN", "HK", "ID", "JP", "KR", "MY", "PH", "SG", "TH", "VN")
                    .contains("BN", "KH", "CN", "HK", "ID", "JP", "KR", "MY", "PH", "SG", "TH", "VN");
        });
    }

    @Test
    void theTraineeAccountIsTheLaoCustomsParticipantAndAnObserverOfTheUpcomingWorkshop() {
        system.run(() -> {
            Registration lao = participants.registrations(event(DemoWorkshops.LAO_WORKSHOP).getId()).stream()
                    .filter(r -> "trainee".equals(r.getPerson().getUsername())).findFirst().orElseThrow();
            assertThat(lao.getPerson().getFullName()).isEqualTo("Khamphet Sisavath");
            assertThat(lao.getPerson().getCountry()).isEqualTo(CountryCode.of("LA"));
            assertThat(lao.getPerson().getOrganisation().shortName()).isEqualTo("Lao Customs");
            assertThat(lao.getRole()).isEqualTo(EventRole.PARTICIPANT);
            assertThat(lao.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);

            Registration upcoming = participants.registrations(event(DemoWorkshops.ASIAN_NETWORK_WORKSHOP).getId()).stream()
                    .filter(r -> "trainee".equals(r.getPerson().getUsername())).findFirst().orElseThrow();
            assertThat(upcoming.getRole()).isEqualTo(EventRole.OBSERVER);
            assertThat(upcoming.getStatus()).isEqualTo(RegistrationStatus.CONFIRMED);
        });
    }

    @Test
    void thePastRenEventsHaveTheReportedDatesAndNoInventedParticipants() {
        system.run(() -> {
            WorkshopEvent seoul = event(DemoWorkshops.GREEN_CUSTOMS_2015);
            assertThat(List.of(seoul.getStartDate(), seoul.getEndDate(), seoul.getTimeZone()))
                    .containsExactly(LocalDate.of(2015, 11, 10), LocalDate.of(2015, 11, 13), "Asia/Seoul");
            assertThat(agenda.agenda(seoul.getId())).anyMatch(session -> session.getKind() == SessionKind.SITE_VISIT
                    && session.getTitle().contains("Incheon"));
            WorkshopEvent bangkok = event(DemoWorkshops.REN_2016);
            assertThat(List.of(bangkok.getStartDate(), bangkok.getEndDate(), bangkok.getTimeZone()))
                    .containsExactly(LocalDate.of(2016, 11, 8), LocalDate.of(2016, 11, 9), "Asia/Bangkok");
            assertThat(participants.registrations(seoul.getId())).isEmpty();
            assertThat(participants.registrations(bangkok.getId())).isEmpty();
        });
    }

    @Test
    void loadingAgainDuplicatesNothing() {
        Map<String, Integer> before = counts();

        loader.run(new DefaultApplicationArguments());
        loader.run(new DefaultApplicationArguments());

        assertThat(counts()).isEqualTo(before);
        assertThat(before.get("events")).isGreaterThanOrEqualTo(6);
        assertThat(seeds.findById(DemoDataLoader.WORKSHOPS_SEED)).isPresent();
    }

    private Map<String, Integer> counts() {
        return system.call(() -> Map.of(
                "events", workshops.list(EventFilter.ANY).size(),
                "people", participants.searchPeople(null).size(),
                "organisations", workshops.organisations().size(),
                "registrations", workshops.list(EventFilter.ANY).stream()
                        .mapToInt(summary -> participants.registrations(summary.id()).size()).sum(),
                "seeds", (int) seeds.count()));
    }

    private WorkshopEvent event(String title) {
        List<EventSummary> matching = workshops.list(EventFilter.ANY).stream()
                .filter(summary -> summary.title().equals(title)).toList();
        assertThat(matching).as(title).hasSize(1);
        return workshops.get(matching.getFirst().id());
    }
}
