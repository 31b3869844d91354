package org.greenborder.academy.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.greenborder.academy.Application;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.shared.CapacityTheme;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.support.ExternalResources;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A workshop planned in one run of the production profile is all there in the next run, on MariaDB. */
class WorkshopRestartMariaDbIT {

    @Test
    void everythingAnOrganiserEnteredSurvivesARestart() {
        ExternalResources.requireEmptyMySqlSchema();
        long eventId;
        try (ConfigurableApplicationContext first = start()) {
            eventId = first.getBean(SystemIdentity.class).call(() -> plan(first));
        }
        try (ConfigurableApplicationContext second = start()) {
            second.getBean(SystemIdentity.class).run(() -> {
                WorkshopEvent event = second.getBean(WorkshopService.class).get(eventId);
                assertThat(event.getTitle()).isEqualTo("Joint Meeting of Ozone Officers and Customs Officers");
                assertThat(event.getNeeds()).containsExactly(CapacityTheme.INFORMATION_SHARING);
                List<AgendaSession> agenda = second.getBean(AgendaService.class).agenda(eventId);
                assertThat(agenda).singleElement().satisfies(session -> assertThat(session.getContributions())
                        .extracting(RemoteContribution::getTitle).containsExactly("Project Sky-Hole Patching"));
                List<BreakoutGroup> groups = second.getBean(BreakoutService.class).groups(agenda.getFirst().getId());
                assertThat(groups).singleElement().satisfies(group -> {
                    assertThat(group.getQuestions()).extracting(ScopeQuestion::getLetter).containsExactly("a", "b");
                    assertThat(group.getMembers()).extracting(member -> member.getPerson().getLocalName()).containsExactly("ຄຳເພັດ ສີສະຫວາດ");
                });
                assertThat(second.getBean(AttendanceService.class).rates(eventId)).singleElement()
                        .satisfies(rate -> assertThat(rate.percent()).isEqualTo(100));
                assertThat(second.getBean(OutcomeService.class).outcomes(eventId)).extracting(Outcome::getText)
                        .containsExactly("Share seizure information through iPIC");
            });
        }
    }

    private static long plan(ConfigurableApplicationContext context) {
        WorkshopService workshops = context.getBean(WorkshopService.class);
        WorkshopEvent event = new WorkshopEvent();
        event.setType(EventType.JOINT_MEETING);
        event.setTitle("Joint Meeting of Ozone Officers and Customs Officers");
        event.setStartDate(LocalDate.of(2014, 4, 4));
        event.setEndDate(LocalDate.of(2014, 4, 4));
        event.setVenueCity("Vientiane");
        event.setVenueCountry(CountryCode.of("LA"));
        event.setTimeZone("Asia/Vientiane");
        event.setNeeds(Set.of(CapacityTheme.INFORMATION_SHARING));
        long eventId = workshops.create(event).getId();

        AgendaSession session = new AgendaSession();
        session.setDay(LocalDate.of(2014, 4, 4));
        session.setStartTime(LocalTime.of(9, 0));
        session.setEndTime(LocalTime.of(10, 0));
        session.setKind(SessionKind.BREAKOUT);
        session.setTitle("Working together on ODS trade");
        session.setContributions(List.of(new RemoteContribution(ContributionKind.VIDEO_PRESENTATION, "Project Sky-Hole Patching",
                null, workshops.organisation("WCO Regional Intelligence Liaison Office for Asia and the Pacific", "WCO RILO AP", null))));
        long sessionId = context.getBean(AgendaService.class).save(eventId, session).getId();
        BreakoutGroup group = new BreakoutGroup("Group A", "Ozone units and customs");
        group.setQuestions(List.of(new ScopeQuestion(null, "Licensing data"), new ScopeQuestion(null, "Joint inspections")));
        context.getBean(BreakoutService.class).save(sessionId, group);

        ParticipantService participants = context.getBean(ParticipantService.class);
        Person person = new Person("Khamphet Sisavath", CountryCode.of("LA"), AgencyType.CUSTOMS, null);
        person.setLocalName("ຄຳເພັດ ສີສະຫວາດ");
        Registration registration = participants.approve(
                participants.nominate(eventId, participants.savePerson(person).getId(), EventRole.PARTICIPANT, null).getId());
        context.getBean(BreakoutService.class).autoAssign(sessionId, false);
        context.getBean(AttendanceService.class).mark(sessionId, Set.of(registration.getId()), AttendanceStatus.PRESENT);

        Outcome outcome = new Outcome();
        outcome.setText("Share seizure information through iPIC");
        outcome.setTheme(CapacityTheme.INFORMATION_SHARING);
        context.getBean(OutcomeService.class).save(eventId, outcome);
        return eventId;
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class).profiles("mysql").run(
                "--server.port=0",
                "--spring.datasource.url=" + ExternalResources.MYSQL_URL,
                "--spring.datasource.username=" + ExternalResources.MYSQL_USER,
                "--spring.datasource.password=" + ExternalResources.MYSQL_PASSWORD,
                "--gba.demo-data.enabled=false",
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap");
    }
}
