package org.greenborder.academy.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenborder.academy.workshop.AgendaService;
import org.greenborder.academy.workshop.AgendaSession;
import org.greenborder.academy.workshop.BreakoutGroup;
import org.greenborder.academy.workshop.BreakoutService;
import org.greenborder.academy.workshop.ParticipantService;
import org.greenborder.academy.workshop.Registration;
import org.greenborder.academy.workshop.WorkshopService;
import org.springframework.stereotype.Component;

/**
 * What training needs to know of a workshop, through the workshop module's services (so their access rules
 * apply to the caller): who organises it, who takes part with an account, and the breakout groups of a session.
 */
@Component
class WorkshopLinks {

    private final WorkshopService workshops;
    private final AgendaService agenda;
    private final BreakoutService breakouts;
    private final ParticipantService participants;

    WorkshopLinks(WorkshopService workshops, AgendaService agenda, BreakoutService breakouts, ParticipantService participants) {
        this.workshops = workshops;
        this.agenda = agenda;
        this.breakouts = breakouts;
        this.participants = participants;
    }

    /** The caller's kind of agency, from the workshop person linked to their account. */
    Optional<String> myAgencyType() {
        return participants.myPerson().map(person -> person.getAgencyType()).filter(Objects::nonNull).map(type -> type.label());
    }

    List<Long> myEventIds() {
        return workshops.mine().stream().map(event -> event.getId()).toList();
    }

    boolean organises(long eventId) {
        return workshops.canEdit(eventId);
    }

    /** Refuses (not found / access denied) unless the caller may see the event. */
    void checkVisible(long eventId) {
        workshops.get(eventId);
    }

    List<AgendaSession> sessions(long eventId) {
        return agenda.agenda(eventId);
    }

    /** User names of the people who take part and have an account. */
    Set<String> participantAccounts(long eventId) {
        return participants.registrations(eventId).stream().filter(Registration::takesPlace)
                .map(registration -> registration.getPerson().getUsername()).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    Optional<Registration> myRegistration(long eventId) {
        return participants.myRegistration(eventId).filter(Registration::takesPlace);
    }

    List<BreakoutGroup> groups(long sessionId) {
        return breakouts.groups(sessionId);
    }

    Optional<BreakoutGroup> groupOf(long sessionId, String username) {
        return groups(sessionId).stream().filter(group -> group.getMembers().stream()
                .anyMatch(member -> username.equals(member.getPerson().getUsername()))).findFirst();
    }
}
