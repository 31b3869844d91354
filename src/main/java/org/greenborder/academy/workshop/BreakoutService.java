package org.greenborder.academy.workshop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenborder.academy.shared.ConcurrentEditException;
import org.greenborder.academy.shared.Constraints;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.greenborder.academy.shared.Text;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Breakout groups of a session: themes and lettered scope questions, members, rapporteur, notes, report back. */
@Service
public class BreakoutService {

    private final BreakoutGroupRepository groups;
    private final AgendaSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final WorkshopAccess access;

    private final Constraints constraints;

    BreakoutService(BreakoutGroupRepository groups, AgendaSessionRepository sessions, RegistrationRepository registrations,
                    WorkshopAccess access, Constraints constraints) {
        this.constraints = constraints;
        this.groups = groups;
        this.sessions = sessions;
        this.registrations = registrations;
        this.access = access;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<BreakoutGroup> groups(long sessionId) {
        viewableSession(sessionId);
        return groups.findBySessionIdOrderByPositionAscIdAsc(sessionId);
    }

    /** Every breakout session's groups, keyed by session id, in agenda order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, List<BreakoutGroup>> groupsOfEvent(long eventId) {
        access.viewable(eventId);
        List<Long> sessionIds = sessions.findByEventIdOrderByDayAscStartTimeAscIdAsc(eventId).stream()
                .map(AgendaSession::getId).toList();
        Map<Long, List<BreakoutGroup>> result = new LinkedHashMap<>();
        sessionIds.forEach(id -> result.put(id, new ArrayList<>()));
        if (!sessionIds.isEmpty()) {
            groups.findBySessionIdInOrderBySessionIdAscPositionAscIdAsc(sessionIds)
                    .forEach(group -> result.get(group.getSessionId()).add(group));
        }
        result.values().removeIf(List::isEmpty);
        return result;
    }

    /** Adds a group (no id) or saves the theme, label, questions and rapporteur of an edited one. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public BreakoutGroup save(long sessionId, BreakoutGroup edited) {
        AgendaSession session = editableSession(sessionId);
        if (session.getKind() != SessionKind.BREAKOUT) {
            throw new RuleViolationException("Groups belong to breakout sessions; change the session's kind first");
        }
        constraints.check(edited);
        if (edited.getRapporteur() != null) {
            requireRegisteredFor(session.getEventId(), Set.of(edited.getRapporteur().getId()));
            boolean member = edited.getId() != null && groupOf(sessionId, edited.getId()).getMembers().stream()
                    .anyMatch(registration -> registration.getId().equals(edited.getRapporteur().getId()));
            if (!member) {
                throw new RuleViolationException("The rapporteur must be a member of the group");
            }
        }
        BreakoutGroup target;
        if (edited.getId() == null) {
            target = edited;
            target.setSessionId(sessionId);
            target.setPosition(groups.findBySessionIdOrderByPositionAscIdAsc(sessionId).size());
            target.setQuestions(List.copyOf(edited.getQuestions()));
        } else {
            target = groupOf(sessionId, edited.getId());
            checkVersion(target, edited.getVersion());
            target.setLabel(edited.getLabel());
            target.setTheme(edited.getTheme());
            target.setRapporteur(edited.getRapporteur());
            target.setReportBack(edited.getReportBack());
            target.setQuestions(mergeQuestions(target.getQuestions(), edited.getQuestions()));
        }
        target.setLabel(target.getLabel().strip());
        return flush(target);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public void delete(long sessionId, long groupId) {
        editableSession(sessionId);
        groups.delete(groupOf(sessionId, groupId));
    }

    /** Puts exactly these registrations in the group; someone moved here leaves the session's other groups. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public BreakoutGroup setMembers(long sessionId, long groupId, Set<Long> registrationIds, long expectedVersion) {
        AgendaSession session = editableSession(sessionId);
        BreakoutGroup group = groupOf(sessionId, groupId);
        checkVersion(group, expectedVersion);
        Map<Long, Registration> byId = requireRegisteredFor(session.getEventId(), registrationIds);
        if (registrationIds.stream().map(byId::get).anyMatch(registration -> registration.getStatus() != RegistrationStatus.CONFIRMED)) {
            throw new RuleViolationException("Only confirmed participants can be placed in a group");
        }
        for (BreakoutGroup other : groups.findBySessionIdOrderByPositionAscIdAsc(sessionId)) {
            if (!other.getId().equals(groupId)) {
                other.getMembers().removeIf(member -> registrationIds.contains(member.getId()));
                if (other.getRapporteur() != null && registrationIds.contains(other.getRapporteur().getId())) {
                    other.setRapporteur(null);
                }
            }
        }
        group.setMembers(registrationIds.stream().map(byId::get).collect(Collectors.toCollection(LinkedHashSet::new)));
        if (group.getRapporteur() != null && !registrationIds.contains(group.getRapporteur().getId())) {
            group.setRapporteur(null);
        }
        return flush(group);
    }

    /**
     * Places the confirmed participants and observers who are in none of the session's groups (or, with
     * {@code reshuffle}, everyone) so that sizes, countries and agencies are balanced.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public List<BreakoutGroup> autoAssign(long sessionId, boolean reshuffle) {
        AgendaSession session = editableSession(sessionId);
        List<BreakoutGroup> sessionGroups = groups.findBySessionIdOrderByPositionAscIdAsc(sessionId);
        if (sessionGroups.isEmpty()) {
            throw new RuleViolationException("Add the groups first");
        }
        List<Registration> eligible = registrations.findByEvent(session.getEventId()).stream()
                .filter(registration -> registration.getStatus() == RegistrationStatus.CONFIRMED && registration.takesPlace())
                .toList();
        if (reshuffle) {
            sessionGroups.forEach(group -> {
                group.getMembers().clear();
                group.setRapporteur(null);
            });
        }
        // whoever withdrew, sent apologies or was declined since being placed no longer holds a place
        sessionGroups.forEach(group -> {
            group.getMembers().removeIf(member -> member.getStatus() != RegistrationStatus.CONFIRMED);
            if (group.getRapporteur() != null && group.getRapporteur().getStatus() != RegistrationStatus.CONFIRMED) {
                group.setRapporteur(null);
            }
        });
        Set<Long> placed = sessionGroups.stream().flatMap(group -> group.getMembers().stream())
                .map(Registration::getId).collect(Collectors.toSet());
        List<Registration> unplaced = eligible.stream().filter(registration -> !placed.contains(registration.getId())).toList();
        List<List<Registration>> existing = sessionGroups.stream().map(group -> List.copyOf(group.getMembers())).toList();
        List<List<Registration>> additions = GroupAssignment.assign(sessionGroups.size(), existing, unplaced,
                registration -> registration.getPerson().getCountry(),
                registration -> registration.getPerson().getAgencyType());
        for (int g = 0; g < sessionGroups.size(); g++) {
            sessionGroups.get(g).getMembers().addAll(additions.get(g));
        }
        groups.flush();
        return sessionGroups;
    }

    /**
     * Notes per scope question and the report back, written during the session by the event's organisers or by
     * the group's rapporteur.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public BreakoutGroup saveNotes(long groupId, Map<Long, String> notesByQuestion, String reportBack, long expectedVersion) {
        BreakoutGroup group = groups.findById(groupId).orElseThrow(() -> new NotFoundException("Group " + groupId));
        AgendaSession session = viewableSession(group.getSessionId());
        if (!canTakeNotes(group, session)) {
            throw new AccessDeniedException("Only the organisers and the group's rapporteur can take its notes");
        }
        checkVersion(group, expectedVersion);
        for (ScopeQuestion question : group.getQuestions()) {
            if (notesByQuestion.containsKey(question.getId())) {
                question.setNotes(Text.blankToNull(notesByQuestion.get(question.getId())));
            }
        }
        if (reportBack != null && reportBack.length() > BreakoutGroup.REPORT_MAX
                || notesByQuestion.values().stream().anyMatch(notes -> notes != null && notes.length() > ScopeQuestion.NOTES_MAX)) {
            throw new RuleViolationException("Notes are limited to " + ScopeQuestion.NOTES_MAX + " characters per question");
        }
        group.setReportBack(Text.blankToNull(reportBack));
        return flush(group);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canTakeNotes(long groupId) {
        BreakoutGroup group = groups.findById(groupId).orElseThrow(() -> new NotFoundException("Group " + groupId));
        return canTakeNotes(group, viewableSession(group.getSessionId()));
    }

    private boolean canTakeNotes(BreakoutGroup group, AgendaSession session) {
        WorkshopEvent event = access.viewable(session.getEventId());
        return access.canEdit(event) || group.getRapporteur() != null
                && Objects.equals(group.getRapporteur().getPerson().getUsername(), access.username());
    }

    private static List<ScopeQuestion> mergeQuestions(List<ScopeQuestion> stored, List<ScopeQuestion> edited) {
        Map<Long, ScopeQuestion> storedById = new HashMap<>();
        stored.forEach(question -> storedById.put(question.getId(), question));
        List<ScopeQuestion> result = new ArrayList<>();
        for (ScopeQuestion question : edited) {
            ScopeQuestion kept = question.getId() == null ? null : storedById.get(question.getId());
            if (kept == null) {
                result.add(new ScopeQuestion(question.getLetter(), question.getText()));
            } else {
                kept.setLetter(question.getLetter());
                kept.setText(question.getText());
                result.add(kept);
            }
        }
        return result;
    }

    private Map<Long, Registration> requireRegisteredFor(Long eventId, Set<Long> registrationIds) {
        Map<Long, Registration> byId = registrations.findByEvent(eventId).stream()
                .collect(Collectors.toMap(Registration::getId, registration -> registration));
        if (!byId.keySet().containsAll(registrationIds)) {
            throw new RuleViolationException("Group members must be registered for this event");
        }
        return byId;
    }

    private AgendaSession viewableSession(long sessionId) {
        AgendaSession session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("Session " + sessionId));
        access.viewable(session.getEventId());
        return session;
    }

    private AgendaSession editableSession(long sessionId) {
        AgendaSession session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("Session " + sessionId));
        access.editable(session.getEventId());
        return session;
    }

    private BreakoutGroup groupOf(long sessionId, long groupId) {
        return groups.findById(groupId).filter(found -> found.getSessionId() == sessionId)
                .orElseThrow(() -> new NotFoundException("Group " + groupId));
    }

    private static void checkVersion(BreakoutGroup group, long expectedVersion) {
        if (group.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(group.getLabel());
        }
    }

    private BreakoutGroup flush(BreakoutGroup group) {
        try {
            return groups.saveAndFlush(group);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException(group.getLabel());
        }
    }

}
