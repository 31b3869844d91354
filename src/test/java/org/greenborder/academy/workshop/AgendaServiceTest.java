package org.greenborder.academy.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The agenda stays inside the event's dates, in order, with speakers who are registered. */
@WithMockUser(username = "agenda-admin", roles = "ADMIN")
class AgendaServiceTest extends WorkshopTestBase {

    @Test
    void theAgendaIsInDayAndTimeOrder() {
        WorkshopEvent event = publishedEvent(null);
        session(event, START.plusDays(1), "09:00", "10:00", SessionKind.PLENARY, "Day two");
        session(event, START, "14:00", "15:00", SessionKind.PLENARY, "Afternoon");
        session(event, START, "09:00", "10:00", SessionKind.PLENARY, "Morning");

        assertThat(agenda.agenda(event.getId())).extracting(AgendaSession::getTitle).containsExactly("Morning", "Afternoon", "Day two");
    }

    @Test
    void aSessionMustFallWithinTheEvent() {
        WorkshopEvent event = publishedEvent(null);

        assertThatThrownBy(() -> session(event, START.minusDays(1), "09:00", "10:00", SessionKind.PLENARY, "Too early"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining(START.toString());
        assertThatThrownBy(() -> session(event, START.plusDays(3), "09:00", "10:00", SessionKind.PLENARY, "Too late"))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> session(event, START, "10:00", "09:00", SessionKind.PLENARY, "Backwards"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("must end after it starts");
        assertThat(agenda.agenda(event.getId())).isEmpty();
    }

    @Test
    void theEventsDatesCannotLeaveSessionsOutside() {
        WorkshopEvent event = publishedEvent(null);
        session(event, START.plusDays(2), "09:00", "10:00", SessionKind.PLENARY, "Closing");
        WorkshopEvent shorter = workshops.get(event.getId());
        shorter.setEndDate(START.plusDays(1));

        assertThatThrownBy(() -> workshops.update(shorter)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("1 session(s) outside");
        assertThat(workshops.get(event.getId()).getEndDate()).isEqualTo(START.plusDays(2));
    }

    @Test
    void speakersMustBeRegisteredForTheEvent() {
        WorkshopEvent event = publishedEvent(null);
        Registration expert = approve(nominate(event, person("Dr Expert"), EventRole.RESOURCE_PERSON));
        Registration elsewhere = confirmed(publishedEvent(null), person("Someone Else"));
        AgendaSession session = session(event, START, "09:00", "10:00", SessionKind.PLENARY, "Opening");

        AgendaSession withStranger = agenda.session(session.getId());
        withStranger.setSpeakers(Set.of(elsewhere));
        assertThatThrownBy(() -> agenda.save(event.getId(), withStranger)).isInstanceOf(RuleViolationException.class);

        AgendaSession withExpert = agenda.session(session.getId());
        withExpert.setSpeakers(Set.of(expert));
        withExpert.setStartTime(LocalTime.of(9, 30));
        agenda.save(event.getId(), withExpert);
        assertThat(agenda.session(session.getId()).getSpeakers()).extracting(Registration::getId).containsExactly(expert.getId());
    }

    @Test
    void remoteContributionsSurviveLaterEdits() {
        WorkshopEvent event = publishedEvent(null);
        Organisation unep = workshops.organisation(unique("UNEP OzonAction"), null, null);
        AgendaSession session = session(event, START, "09:00", "10:00", SessionKind.PLENARY, "Opening");
        AgendaSession withVideos = agenda.session(session.getId());
        withVideos.setContributions(List.of(
                new RemoteContribution(ContributionKind.VIDEO_PRESENTATION, "Welcome from Paris", "J. Smith", unep),
                new RemoteContribution(ContributionKind.LIVE_LINK, "Questions from Bangkok", null, unep)));
        agenda.save(event.getId(), withVideos);

        AgendaSession edited = agenda.session(session.getId());
        edited.setTitle("Opening and welcome");
        edited.getContributions().getFirst().setTitle("Welcome from Paris (recorded)");
        List<RemoteContribution> reordered = new ArrayList<>(edited.getContributions());
        java.util.Collections.reverse(reordered);
        edited.setContributions(reordered);
        agenda.save(event.getId(), edited);

        AgendaSession stored = agenda.session(session.getId());
        assertThat(stored.getTitle()).isEqualTo("Opening and welcome");
        assertThat(stored.getContributions()).extracting(RemoteContribution::getTitle)
                .containsExactly("Questions from Bangkok", "Welcome from Paris (recorded)");

        AgendaSession fewer = agenda.session(session.getId());
        fewer.setContributions(List.of(fewer.getContributions().getLast()));
        agenda.save(event.getId(), fewer);
        assertThat(agenda.session(session.getId()).getContributions()).extracting(RemoteContribution::getTitle)
                .containsExactly("Welcome from Paris (recorded)");
    }

    @Test
    void aSessionOfAnotherEventIsNotFound() {
        WorkshopEvent event = publishedEvent(null);
        WorkshopEvent other = publishedEvent(null);
        AgendaSession session = session(other, START, "09:00", "10:00", SessionKind.PLENARY, "Elsewhere");

        AgendaSession edited = agenda.session(session.getId());
        edited.setTitle("Moved");
        assertThatThrownBy(() -> agenda.save(event.getId(), edited)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> agenda.delete(event.getId(), session.getId())).isInstanceOf(NotFoundException.class);
        assertThat(agenda.session(session.getId()).getTitle()).isEqualTo("Elsewhere");
    }
}
