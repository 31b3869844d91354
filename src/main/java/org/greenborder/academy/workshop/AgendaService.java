package org.greenborder.academy.workshop;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenborder.academy.audit.AuditAction;
import org.greenborder.academy.audit.Audited;
import org.greenborder.academy.shared.ConcurrentEditException;
import org.greenborder.academy.shared.Constraints;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An event's agenda: days and sessions in the venue's time zone, with speakers and remote contributions. */
@Service
public class AgendaService {

    private final AgendaSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final WorkshopAccess access;

    private final Constraints constraints;
    private final ApplicationEventPublisher events;

    AgendaService(AgendaSessionRepository sessions, RegistrationRepository registrations, WorkshopAccess access,
                  Constraints constraints, ApplicationEventPublisher events) {
        this.events = events;
        this.constraints = constraints;
        this.sessions = sessions;
        this.registrations = registrations;
        this.access = access;
    }

    /** The agenda in order: by day, then start time. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AgendaSession> agenda(long eventId) {
        access.viewable(eventId);
        return sessions.findByEventIdOrderByDayAscStartTimeAscIdAsc(eventId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AgendaSession session(long sessionId) {
        AgendaSession session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("Session " + sessionId));
        access.viewable(session.getEventId());
        return session;
    }

    /** Adds a session (no id) or saves an edited one; refuses edits of an outdated copy. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public AgendaSession save(long eventId, AgendaSession edited) {
        WorkshopEvent event = access.editable(eventId);
        constraints.check(edited);
        if (!event.covers(edited.getDay())) {
            throw new RuleViolationException("The session's day must fall within the event, " + event.getStartDate()
                    + " to " + event.getEndDate());
        }
        Set<Long> eventRegistrations = registrations.findByEvent(eventId).stream().map(Registration::getId).collect(Collectors.toSet());
        if (!edited.getSpeakers().stream().map(Registration::getId).allMatch(eventRegistrations::contains)) {
            throw new RuleViolationException("Speakers must be registered for this event");
        }
        AgendaSession target;
        String before = null;
        if (edited.getId() == null) {
            target = edited;
            target.setEventId(eventId);
        } else {
            target = sessions.findById(edited.getId())
                    .filter(found -> found.getEventId() == eventId)
                    .orElseThrow(() -> new NotFoundException("Session " + edited.getId()));
            if (target.getVersion() != edited.getVersion()) {
                throw new ConcurrentEditException("The session '" + target.getTitle() + "'");
            }
            before = audited(target);
            target.setDay(edited.getDay());
            target.setStartTime(edited.getStartTime());
            target.setEndTime(edited.getEndTime());
            target.setKind(edited.getKind());
            target.setTitle(edited.getTitle());
            target.setRoom(edited.getRoom());
            target.setScope(edited.getScope());
            target.setAssumptions(edited.getAssumptions());
            target.setExpectedGoals(edited.getExpectedGoals());
            target.setSpeakers(edited.getSpeakers());
            target.setContributions(mergeContributions(target.getContributions(), edited.getContributions()));
        }
        target.setTitle(target.getTitle().strip());
        try {
            AgendaSession saved = sessions.saveAndFlush(target);
            String after = audited(saved);
            if (before == null) {
                events.publishEvent(Audited.of(AuditAction.AGENDA_SESSION_ADDED, WorkshopService.auditTarget(event), after));
            } else if (!before.equals(after)) {
                events.publishEvent(Audited.of(AuditAction.AGENDA_SESSION_EDITED, WorkshopService.auditTarget(event),
                        "session " + saved.getId() + " was: " + before + "; now: " + after));
            }
            return saved;
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("The session '" + target.getTitle() + "'");
        }
    }

    /** When, what and who of a session as the audit trail shows it (not its longer texts). */
    private static String audited(AgendaSession session) {
        return session.getDay() + " " + session.getStartTime() + "–" + session.getEndTime() + " " + session.getKind()
                + " \"" + session.getTitle() + "\", room " + session.getRoom() + ", speakers "
                + session.getSpeakers().stream().map(speaker -> String.valueOf(speaker.getId())).sorted().toList();
    }

    /** Keeps the stored rows of contributions that were edited (a detached copy must not be persisted again). */
    private static List<RemoteContribution> mergeContributions(List<RemoteContribution> stored, List<RemoteContribution> edited) {
        java.util.Map<Long, RemoteContribution> storedById = new java.util.HashMap<>();
        stored.forEach(contribution -> storedById.put(contribution.getId(), contribution));
        List<RemoteContribution> result = new java.util.ArrayList<>();
        for (RemoteContribution contribution : edited) {
            RemoteContribution kept = contribution.getId() == null ? null : storedById.get(contribution.getId());
            if (kept == null) {
                RemoteContribution fresh = new RemoteContribution(contribution.getKind(), contribution.getTitle(),
                        contribution.getPresenter(), contribution.getOrganisation());
                fresh.setLink(contribution.getLink());
                result.add(fresh);
            } else {
                kept.setKind(contribution.getKind());
                kept.setTitle(contribution.getTitle());
                kept.setPresenter(contribution.getPresenter());
                kept.setOrganisation(contribution.getOrganisation());
                kept.setLink(contribution.getLink());
                result.add(kept);
            }
        }
        return result;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public void delete(long eventId, long sessionId) {
        WorkshopEvent event = access.editable(eventId);
        AgendaSession session = sessions.findById(sessionId)
                .filter(found -> found.getEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("Session " + sessionId));
        sessions.delete(session);
        events.publishEvent(Audited.of(AuditAction.AGENDA_SESSION_DELETED, WorkshopService.auditTarget(event),
                "session " + sessionId + ": " + audited(session)));
    }
}
