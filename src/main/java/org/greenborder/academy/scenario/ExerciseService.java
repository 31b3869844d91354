package org.greenborder.academy.scenario;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.greenborder.academy.scenario.ScenarioDefinition.Ending;
import org.greenborder.academy.security.CurrentUser;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.greenborder.academy.workshop.AgendaSession;
import org.greenborder.academy.workshop.BreakoutGroup;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scenarios as workshop exercises: organisers attach a scenario to a session and start it live; participants
 * join (each their own attempt, or one shared attempt per breakout group); the live board follows them.
 * Organiser rights and participation come from the workshop module, checked on every call.
 */
@Service
public class ExerciseService {

    private final ExerciseRepository exercises;
    private final AttemptRepository attempts;
    private final ScenarioCatalogue catalogue;
    private final ScenarioService scenarios;
    private final WorkshopLinks workshops;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExerciseService(ExerciseRepository exercises, AttemptRepository attempts, ScenarioCatalogue catalogue, ScenarioService scenarios,
                    WorkshopLinks workshops, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.exercises = exercises;
        this.attempts = attempts;
        this.catalogue = catalogue;
        this.scenarios = scenarios;
        this.workshops = workshops;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The event's exercises: all of them for its organisers, the live ones for participants. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ExerciseSummary> exercises(long eventId) {
        workshops.checkVisible(eventId);
        boolean organiser = workshops.organises(eventId);
        List<AgendaSession> sessions = workshops.sessions(eventId);
        return exercises.findByEventIdOrderByIdAsc(eventId).stream()
                .filter(exercise -> organiser || exercise.getStatus() == ExerciseStatus.LIVE)
                .map(exercise -> summary(exercise, sessions)).toList();
    }

    /** A session an exercise can be attached to. */
    public record SessionChoice(long id, String label) {
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional(readOnly = true)
    public List<SessionChoice> sessionChoices(long eventId) {
        requireOrganiser(eventId);
        return workshops.sessions(eventId).stream().filter(s -> s.getKind() != org.greenborder.academy.workshop.SessionKind.BREAK)
                .map(s -> new SessionChoice(s.getId(), s.getTitle()
                + (s.getDay() == null ? "" : " (" + s.getDay() + (s.getStartTime() == null ? "" : " " + s.getStartTime()) + ")"))).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public boolean organises(long eventId) {
        return workshops.organises(eventId);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public ExerciseSummary attach(long eventId, long sessionId, String scenarioId, boolean groupMode) {
        requireOrganiser(eventId);
        List<AgendaSession> sessions = workshops.sessions(eventId);
        if (sessions.stream().noneMatch(session -> session.getId().equals(sessionId))) {
            throw new RuleViolationException("Choose a session of this workshop's agenda.");
        }
        if (catalogue.offered(scenarioId).isEmpty()) {
            throw new RuleViolationException("No scenario '" + scenarioId + "' is on offer.");
        }
        if (groupMode && workshops.groups(sessionId).isEmpty()) {
            throw new RuleViolationException("This session has no breakout groups: add groups to it first, or run the exercise for everyone.");
        }
        Exercise exercise = exercises.save(new Exercise(eventId, sessionId, scenarioId, groupMode, currentUser.username()));
        return summary(exercise, sessions);
    }

    /** Starts the exercise live: participants with an account are told at once and can join. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public ExerciseSummary start(long exerciseId) {
        Exercise exercise = exercises.lockById(exerciseId).orElseThrow(() -> new NotFoundException("Exercise " + exerciseId));
        requireOrganiser(exercise.getEventId());
        if (exercise.getStatus() != ExerciseStatus.READY) {
            throw new RuleViolationException("This exercise has already been started.");
        }
        exercise.start(Instant.now(clock));
        String title = catalogue.offered(exercise.getScenarioId()).map(loaded -> loaded.definition().title()).orElse(exercise.getScenarioId());
        events.publishEvent(new ExerciseStarted(exercise.getId(), exercise.getEventId(), title,
                workshops.participantAccounts(exercise.getEventId())));
        return summary(exercise, workshops.sessions(exercise.getEventId()));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public ExerciseSummary close(long exerciseId) {
        Exercise exercise = exercises.lockById(exerciseId).orElseThrow(() -> new NotFoundException("Exercise " + exerciseId));
        requireOrganiser(exercise.getEventId());
        exercise.close(Instant.now(clock));
        return summary(exercise, workshops.sessions(exercise.getEventId()));
    }

    /**
     * The caller's attempt in a live exercise: their own, or their breakout group's shared one (the first member
     * to join starts it). Joining again returns the same attempt.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long join(long exerciseId) {
        Exercise exercise = exercises.lockById(exerciseId).orElseThrow(() -> new NotFoundException("Exercise " + exerciseId));
        // before anything about the exercise is said: an outsider must not learn that the id exists, or its state
        workshops.checkVisible(exercise.getEventId());
        if (exercise.getStatus() != ExerciseStatus.LIVE) {
            throw new RuleViolationException(exercise.getStatus() == ExerciseStatus.READY
                    ? "This exercise has not been started yet." : "This exercise is closed.");
        }
        if (workshops.myRegistration(exercise.getEventId()).isEmpty()) {
            throw new AccessDeniedException("Only participants of this workshop can join its exercises.");
        }
        String me = currentUser.username();
        List<Attempt> existing = attempts.findByExerciseIdOrderByStartedAtAsc(exerciseId);
        Long groupId = null;
        if (exercise.isGroupMode()) {
            BreakoutGroup group = workshops.groupOf(exercise.getSessionId(), me)
                    .orElseThrow(() -> new RuleViolationException("You are in no breakout group of this session; ask the organisers to add you."));
            groupId = group.getId();
            Long wanted = groupId;
            Optional<Attempt> shared = existing.stream().filter(a -> wanted.equals(a.getGroupId())).findFirst();
            if (shared.isPresent()) {
                return shared.get().getId();
            }
        } else {
            Optional<Attempt> mine = existing.stream().filter(a -> a.getOwnerUsername().equals(me)).findFirst();
            if (mine.isPresent()) {
                return mine.get().getId();
            }
        }
        // one seed per exercise: the whole room works the same shipment, so the debrief can discuss it together
        long id = scenarios.start(exercise.getScenarioId(), exercise.getId() * 7919L + exercise.getStartedAt().getEpochSecond());
        Attempt attempt = attempts.findById(id).orElseThrow();
        attempt.setExercise(exercise.getId(), exercise.getEventId(), groupId);
        return id;
    }

    /** Live exercises of the workshops the caller takes part in. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ExerciseSummary> myLiveExercises() {
        List<Long> myEventIds = workshops.myEventIds();
        if (myEventIds.isEmpty()) {
            return List.of();
        }
        return exercises.findByEventIdInAndStatus(myEventIds, ExerciseStatus.LIVE).stream()
                .filter(exercise -> workshops.myRegistration(exercise.getEventId()).isPresent())
                .map(exercise -> summary(exercise, workshops.sessions(exercise.getEventId()))).toList();
    }

    /** Who is at which stage, and the scores as they arrive. Organisers of the event only. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional(readOnly = true)
    public List<BoardRow> board(long exerciseId) {
        Exercise exercise = exercises.findById(exerciseId).orElseThrow(() -> new NotFoundException("Exercise " + exerciseId));
        requireOrganiser(exercise.getEventId());
        List<BreakoutGroup> groups = exercise.isGroupMode() ? workshops.groups(exercise.getSessionId()) : List.of();
        List<BoardRow> rows = new ArrayList<>();
        for (Attempt attempt : attempts.findByExerciseIdOrderByStartedAtAsc(exerciseId)) {
            ScenarioDefinition definition = catalogue.version(attempt.getScenarioVersionId());
            String stage = attempt.getStatus() == AttemptStatus.IN_PROGRESS
                    ? definition.stage(attempt.getStageId()).map(ScenarioDefinition.Stage::title).orElse("")
                    : attempt.getEndingId() == null ? "Time ran out" : definition.ending(attempt.getEndingId()).map(Ending::title).orElse("");
            String who = attempt.getGroupId() == null ? attempt.getOwnerUsername() : groups.stream()
                    .filter(group -> group.getId().equals(attempt.getGroupId())).map(group -> "Group " + group.getLabel())
                    .findFirst().orElse("Group");
            rows.add(new BoardRow(attempt.getId(), who, attempt.getCountry(), stage, attempt.getStepCount(), attempt.getStatus(),
                    attempt.getPercent(), attempt.getPassed()));
        }
        rows.sort(Comparator.comparing(BoardRow::who));
        return rows;
    }

    private void requireOrganiser(long eventId) {
        if (!workshops.organises(eventId)) {
            throw new AccessDeniedException("Only the organisers of this workshop can run its exercises.");
        }
    }

    private ExerciseSummary summary(Exercise exercise, List<AgendaSession> sessions) {
        String session = sessions.stream().filter(s -> s.getId().equals(exercise.getSessionId())).map(AgendaSession::getTitle)
                .findFirst().orElse("");
        String title = catalogue.offered(exercise.getScenarioId()).map(loaded -> loaded.definition().title()).orElse(exercise.getScenarioId());
        return new ExerciseSummary(exercise.getId(), exercise.getEventId(), exercise.getSessionId(), session, exercise.getScenarioId(),
                title, exercise.isGroupMode(), exercise.getStatus(), exercise.getStartedAt());
    }
}
