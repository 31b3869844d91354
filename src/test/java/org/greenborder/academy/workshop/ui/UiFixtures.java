package org.greenborder.academy.workshop.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.workshop.AgencyType;
import org.greenborder.academy.workshop.AgendaService;
import org.greenborder.academy.workshop.AgendaSession;
import org.greenborder.academy.workshop.BreakoutGroup;
import org.greenborder.academy.workshop.BreakoutService;
import org.greenborder.academy.workshop.EventRole;
import org.greenborder.academy.workshop.EventStatus;
import org.greenborder.academy.workshop.EventType;
import org.greenborder.academy.workshop.ParticipantService;
import org.greenborder.academy.workshop.Person;
import org.greenborder.academy.workshop.Registration;
import org.greenborder.academy.workshop.ScopeQuestion;
import org.greenborder.academy.workshop.SessionKind;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.greenborder.academy.workshop.WorkshopService;
import org.springframework.stereotype.Component;

/** Builds events for the view tests through the same services the views use, edited by the demo organiser. */
@Component
class UiFixtures {

    final WorkshopService workshops;
    final AgendaService agenda;
    final BreakoutService breakouts;
    final ParticipantService participants;
    final SystemIdentity system;

    UiFixtures(WorkshopService workshops, AgendaService agenda, BreakoutService breakouts, ParticipantService participants,
               SystemIdentity system) {
        this.workshops = workshops;
        this.agenda = agenda;
        this.breakouts = breakouts;
        this.participants = participants;
        this.system = system;
    }

    WorkshopEvent event(String title, EventStatus status) {
        return system.call(() -> {
            WorkshopEvent event = new WorkshopEvent();
            event.setType(EventType.NATIONAL_TRAINING);
            event.setTitle(title);
            event.setStartDate(LocalDate.of(2027, 3, 2));
            event.setEndDate(LocalDate.of(2027, 3, 3));
            event.setVenueCity("Savannakhet");
            event.setVenueCountry(CountryCode.of("LA"));
            event.setTimeZone("Asia/Vientiane");
            event.setStatus(status);
            WorkshopEvent created = workshops.create(event);
            created.setEditors(Set.of("organiser"));
            return workshops.update(created);
        });
    }

    AgendaSession session(WorkshopEvent event, String title, SessionKind kind, int hour) {
        return system.call(() -> {
            AgendaSession session = new AgendaSession();
            session.setDay(event.getStartDate());
            session.setStartTime(LocalTime.of(hour, 0));
            session.setEndTime(LocalTime.of(hour + 1, 0));
            session.setKind(kind);
            session.setTitle(title);
            return agenda.save(event.getId(), session);
        });
    }

    BreakoutGroup group(AgendaSession session, String label, String theme, String... questions) {
        return system.call(() -> {
            BreakoutGroup group = new BreakoutGroup(label, theme);
            group.setQuestions(java.util.Arrays.stream(questions).map(text -> new ScopeQuestion(null, text)).toList());
            return breakouts.save(session.getId(), group);
        });
    }

    Registration participant(WorkshopEvent event, String name, String country, AgencyType agency, String username) {
        return system.call(() -> {
            Person person = new Person(name, CountryCode.of(country), agency, null);
            person.setEmail(UUID.randomUUID() + "@example.org");
            person.setUsername(username);
            Person saved = participants.savePerson(person);
            Registration registration = participants.nominate(event.getId(), saved.getId(), EventRole.PARTICIPANT, null);
            return participants.approve(registration.getId());
        });
    }
}
