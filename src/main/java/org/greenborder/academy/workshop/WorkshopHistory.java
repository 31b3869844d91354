package org.greenborder.academy.workshop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenborder.academy.shared.CapacityTheme;
import org.greenborder.academy.shared.Convention;
import org.greenborder.academy.shared.CountryCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the workshops delivered, for the regional needs picture: every event with its themes and conventions, and
 * who from which country and agency took part. An officer counts as trained by an event that has ended when the
 * registration was confirmed and, where attendance was taken, when they were present or late at least once.
 */
@Service
public class WorkshopHistory {

    private final WorkshopEventRepository events;
    private final RegistrationRepository registrations;
    private final AgendaSessionRepository sessions;
    private final AttendanceRepository attendance;
    private final OutcomeRepository outcomes;
    private final PersonRepository people;
    private final Clock clock;

    WorkshopHistory(WorkshopEventRepository events, RegistrationRepository registrations, AgendaSessionRepository sessions,
                    AttendanceRepository attendance, OutcomeRepository outcomes, PersonRepository people, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.sessions = sessions;
        this.attendance = attendance;
        this.outcomes = outcomes;
        this.people = people;
        this.clock = clock;
    }

    /** A past or planned event as the needs picture sees it. */
    public record Event(long id, String title, EventType type, EventStatus status, LocalDate startDate, LocalDate endDate,
                        String venueCity, CountryCode venueCountry, Set<CapacityTheme> themes, Set<Convention> conventions,
                        boolean ended, List<Participant> participants) {
    }

    /** {@code trained}: a confirmed participant or observer who attended an event that has ended. */
    public record Participant(long personId, String username, String fullName, CountryCode country, AgencyType agency,
                              EventRole role, boolean trained) {
    }

    /** An action item or recommendation, with its event. */
    public record Action(long id, long eventId, String eventTitle, LocalDate eventStart, OutcomeKind kind, String text,
                         CapacityTheme theme, OwnerType ownerType, CountryCode ownerCountry, String owner, LocalDate dueDate,
                         OutcomeStatus status, boolean overdue) {
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'ORGANISER')")
    @Transactional(readOnly = true)
    public List<Event> events() {
        LocalDate today = LocalDate.now(clock);
        List<AgendaSession> allSessions = sessions.findAll();
        Set<Long> countable = allSessions.stream().filter(AgendaSession::takesAttendance)
                .map(AgendaSession::getId).collect(Collectors.toSet());
        Set<Long> eventsWithAttendance = new HashSet<>();
        Set<Long> attendedRegistrations = new HashSet<>();
        Map<Long, Long> eventOfSession = allSessions.stream()
                .collect(Collectors.toMap(AgendaSession::getId, AgendaSession::getEventId));
        for (Attendance mark : attendance.findAll()) {
            if (!countable.contains(mark.getSessionId())) {
                continue;
            }
            eventsWithAttendance.add(eventOfSession.get(mark.getSessionId()));
            if (mark.getStatus() == AttendanceStatus.PRESENT || mark.getStatus() == AttendanceStatus.LATE) {
                attendedRegistrations.add(mark.getRegistrationId());
            }
        }
        Map<Long, List<Registration>> byEvent = new HashMap<>();
        for (Registration registration : registrations.findAll()) {
            byEvent.computeIfAbsent(registration.getEventId(), id -> new ArrayList<>()).add(registration);
        }
        List<Event> result = new ArrayList<>();
        for (WorkshopEvent event : events.findAll()) {
            boolean ended = event.getStatus() == EventStatus.CLOSED || event.getEndDate().isBefore(today);
            boolean attendanceTaken = eventsWithAttendance.contains(event.getId());
            List<Participant> participants = byEvent.getOrDefault(event.getId(), List.of()).stream()
                    .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED)
                    .map(r -> {
                        Person person = r.getPerson();
                        boolean learner = r.getRole() == EventRole.PARTICIPANT || r.getRole() == EventRole.OBSERVER;
                        boolean present = !attendanceTaken || attendedRegistrations.contains(r.getId());
                        return new Participant(person.getId(), person.getUsername(), person.getFullName(),
                                person.getCountry(), person.getAgencyType(), r.getRole(), ended && learner && present);
                    })
                    .toList();
            result.add(new Event(event.getId(), event.getTitle(), event.getType(), event.getStatus(), event.getStartDate(),
                    event.getEndDate(), event.getVenueCity(), event.getVenueCountry(), Set.copyOf(event.getNeeds()),
                    Set.copyOf(event.getConventions()), ended, participants));
        }
        result.sort(Comparator.comparing(Event::startDate).thenComparing(Event::id));
        return result;
    }

    /** Every action item and recommendation of every event. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'ORGANISER')")
    @Transactional(readOnly = true)
    public List<Action> actions() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, WorkshopEvent> eventsById = events.findAll().stream()
                .collect(Collectors.toMap(WorkshopEvent::getId, e -> e));
        return outcomes.findAll().stream()
                .filter(o -> eventsById.containsKey(o.getEventId()))
                .map(o -> {
                    WorkshopEvent event = eventsById.get(o.getEventId());
                    return new Action(o.getId(), event.getId(), event.getTitle(), event.getStartDate(), o.getKind(),
                            o.getText(), o.getTheme(), o.getOwnerType(), o.getOwnerCountry(), o.ownerName(), o.getDueDate(),
                            o.getStatus(), o.isOverdue(today));
                })
                .sorted(Comparator.comparing(Action::eventStart).thenComparing(Action::id))
                .toList();
    }

    /** The countries of the given people, for figures that only know a person's id (certificates). */
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'ORGANISER')")
    @Transactional(readOnly = true)
    public Map<Long, CountryCode> countriesOfPeople() {
        Map<Long, CountryCode> result = new HashMap<>();
        for (Person person : people.findAll()) {
            if (person.getCountry() != null) {
                result.put(person.getId(), person.getCountry());
            }
        }
        return result;
    }
}
