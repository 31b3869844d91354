package org.greenborder.academy.scenario;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenborder.academy.scenario.ScenarioDefinition.Ending;
import org.greenborder.academy.scenario.ScenarioDefinition.RedFlag;
import org.greenborder.academy.security.CurrentUser;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.shared.ConcurrentEditException;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shipment inspection training: the catalogue, attempts and their moves, scoring and review, and the admins'
 * reload of the scenario folder. Every method that takes an attempt id checks that the caller may see it: its
 * owner, admins and analysts.
 */
@Service
public class ScenarioService {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final ScenarioCatalogue catalogue;
    private final AttemptRepository attempts;
    private final AttemptStepRepository steps;
    private final AttemptFlagRepository flagOutcomes;
    private final ExerciseRepository exercises;
    private final WorkshopLinks workshops;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScenarioService(ScenarioCatalogue catalogue, AttemptRepository attempts, AttemptStepRepository steps,
                    AttemptFlagRepository flagOutcomes, ExerciseRepository exercises, WorkshopLinks workshops,
                    CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.exercises = exercises;
        this.workshops = workshops;
        this.catalogue = catalogue;
        this.attempts = attempts;
        this.steps = steps;
        this.flagOutcomes = flagOutcomes;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public List<ScenarioSummary> catalogue() {
        return catalogue.offered().stream().map(loaded -> summary(loaded.definition())).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<ScenarioSummary> scenario(String scenarioId) {
        return catalogue.offered(scenarioId).map(loaded -> summary(loaded.definition()));
    }

    private static ScenarioSummary summary(ScenarioDefinition d) {
        return new ScenarioSummary(d.id(), d.title(), d.conventions(), YamlNodes.yamlName(d.difficulty()), d.minutes(),
                d.timeLimitMinutes(), d.mode() == ScenarioDefinition.Mode.GROUP, d.topics(), d.learningObjectives(),
                d.briefing().port(), d.briefing().date().contains("${") ? null : d.briefing().date());
    }

    /** A new attempt with a fresh seed: this trainee's own variant of the shipment. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long start(String scenarioId) {
        return start(scenarioId, SEEDS.nextLong());
    }

    /** A new attempt on a given seed: the same shipment as another attempt with that seed. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long start(String scenarioId, long seed) {
        ScenarioCatalogue.Loaded loaded = catalogue.offered(scenarioId)
                .orElseThrow(() -> new NotFoundException("Scenario " + scenarioId));
        ScenarioDefinition definition = loaded.definition();
        Instant now = Instant.now(clock);
        Instant deadline = definition.timeLimitMinutes() == null ? null : now.plus(Duration.ofMinutes(definition.timeLimitMinutes()));
        Attempt attempt = new Attempt(definition.id(), loaded.versionId(), currentUser.username(), seed,
                definition.stages().getFirst().id(), now, deadline);
        // where the trainee works, as their account says now: analytics group attempts by country and office
        String agencyType = workshops.myAgencyType().orElse(null);
        currentUser.account().ifPresent(account -> attempt.setContext(
                account.getCountry() == null ? null : account.getCountry().value(), truncate(account.getOrganisation(), 250), agencyType));
        return attempts.save(attempt).getId();
    }

    /** The caller's newest open attempt per scenario id, to continue rather than start again. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, Long> openAttempts() {
        Map<String, Long> open = new java.util.HashMap<>();
        attempts.findByOwnerUsernameOrderByStartedAtDesc(currentUser.username()).stream()
                .filter(attempt -> attempt.getStatus() == AttemptStatus.IN_PROGRESS)
                .forEach(attempt -> open.putIfAbsent(attempt.getScenarioId(), attempt.getId()));
        return open;
    }

    /** The attempt as its screen shows it; an attempt whose time limit has passed is closed and scored first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AttemptView attempt(long attemptId) {
        Attempt attempt = attempts.findById(attemptId).orElseThrow(() -> new NotFoundException("Attempt " + attemptId));
        checkCanView(attempt);
        if (attempt.getStatus() == AttemptStatus.IN_PROGRESS && expired(attempt)) {
            attempt = locked(attemptId);
            if (attempt.getStatus() == AttemptStatus.IN_PROGRESS) {
                timeOut(attempt);
            }
        }
        return view(attempt);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AttemptView inspect(long attemptId, String actionId) {
        return move(attemptId, new Engine.Move(StepKind.ACTION, actionId, null), null);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AttemptView note(long attemptId, String flagId, boolean noted) {
        return move(attemptId, new Engine.Move(noted ? StepKind.FLAG : StepKind.UNFLAG, flagId, null), null);
    }

    /**
     * The decision of the current stage. {@code expectedSteps} is the step count the caller's screen showed: if
     * anything happened since (another tab, another device, a double click), nothing is decided.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AttemptView decide(long attemptId, String optionId, String legalBasisId, int expectedSteps) {
        return move(attemptId, new Engine.Move(StepKind.DECISION, optionId, legalBasisId), expectedSteps);
    }

    private AttemptView move(long attemptId, Engine.Move move, Integer expectedSteps) {
        Attempt attempt = locked(attemptId);
        checkCanPlay(attempt);
        if (attempt.getStatus() == AttemptStatus.IN_PROGRESS && expired(attempt)) {
            timeOut(attempt);
        }
        if (attempt.getStatus() != AttemptStatus.IN_PROGRESS) {
            throw new RuleViolationException("This attempt is already closed" + (attempt.getStatus() == AttemptStatus.TIMED_OUT
                    ? " because its time ran out." : ": your decision was recorded before.") + " The review shows the result.");
        }
        if (expectedSteps != null && expectedSteps != attempt.getStepCount()) {
            throw new ConcurrentEditException("This attempt");
        }
        ScenarioDefinition definition = catalogue.version(attempt.getScenarioVersionId());
        Engine.State state = state(attempt, definition);
        boolean noting = move.kind() == StepKind.FLAG || move.kind() == StepKind.UNFLAG;
        if (noting && state.flags().contains(move.ref()) == (move.kind() == StepKind.FLAG)) {
            return view(attempt, definition, state); // already as wanted: another tab got there first
        }
        String refusal = Engine.refusal(definition, state, move);
        if (refusal != null) {
            throw new RuleViolationException(refusal);
        }
        Instant now = Instant.now(clock);
        steps.save(new AttemptStep(attempt.getId(), attempt.nextSeq(), move.kind(), move.ref(), move.detail(),
                currentUser.username(), now));
        Engine.State after = Engine.apply(definition, state, move);
        attempt.follow(after);
        events.publishEvent(new AttemptProgressed(attempt.getId(), attempt.getExerciseId()));
        if (after.ended()) {
            Ending ending = definition.ending(after.endingId()).orElseThrow();
            close(attempt, definition, after, ending, AttemptStatus.COMPLETED, now);
        }
        return view(attempt, definition, after);
    }

    private void timeOut(Attempt attempt) {
        ScenarioDefinition definition = catalogue.version(attempt.getScenarioVersionId());
        close(attempt, definition, state(attempt, definition), null, AttemptStatus.TIMED_OUT, attempt.getDeadlineAt());
        // no move was made, but the attempt changed: its other screens and its exercise board must hear of it
        events.publishEvent(new AttemptProgressed(attempt.getId(), attempt.getExerciseId()));
    }

    private void close(Attempt attempt, ScenarioDefinition definition, Engine.State state, Ending ending, AttemptStatus status, Instant at) {
        Scoring.Score score = Scoring.score(definition, state, ending, state.legalBasisId(), Duration.between(attempt.getStartedAt(), at));
        attempt.close(status, at, state.legalBasisId(), score);
        for (RedFlag flag : definition.redFlags()) {
            flagOutcomes.save(new AttemptFlag(attempt.getId(), flag.id(), flag.genuine(), outcome(flag, state)));
        }
        events.publishEvent(new AttemptCompleted(attempt.getId(), definition.id(), definition.title(), attempt.getOwnerUsername(),
                score.percent(), score.passed(), status == AttemptStatus.TIMED_OUT, at, attempt.getEventId()));
    }

    private boolean expired(Attempt attempt) {
        return attempt.getDeadlineAt() != null && !Instant.now(clock).isBefore(attempt.getDeadlineAt());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AttemptSummary> myAttempts() {
        return attempts.findByOwnerUsernameOrderByStartedAtDesc(currentUser.username()).stream().map(this::summary).toList();
    }

    /**
     * The trainee's best score in each of the scenarios they passed (closed attempts only); scenarios they have not
     * passed are missing from the answer. For certificates that require a set of scenarios.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER') or #username == authentication.name")
    @Transactional(readOnly = true)
    public Map<String, Integer> bestPassedPercents(String username, Collection<String> scenarioIds) {
        if (username == null || scenarioIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> best = new HashMap<>();
        for (Attempt attempt : attempts.findByOwnerUsernameAndScenarioIdInAndPassedTrue(username, scenarioIds)) {
            if (attempt.getPercent() != null) {
                best.merge(attempt.getScenarioId(), attempt.getPercent(), Math::max);
            }
        }
        return best;
    }

    private AttemptSummary summary(Attempt attempt) {
        ScenarioDefinition definition = catalogue.version(attempt.getScenarioVersionId());
        String ending = attempt.getEndingId() == null ? null : definition.ending(attempt.getEndingId()).map(Ending::title).orElse(null);
        return new AttemptSummary(attempt.getId(), attempt.getScenarioId(), definition.title(), attempt.getOwnerUsername(),
                attempt.getStatus(), attempt.getStartedAt(), attempt.getCompletedAt(), attempt.getPercent(), attempt.getPassed(), ending);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ReloadSummary reload() {
        return catalogue.load();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<ScenarioProblem> problems() {
        return catalogue.problems();
    }

    static AttemptView.FlagOutcome outcome(RedFlag flag, Engine.State state) {
        boolean noted = state.flags().contains(flag.id());
        return flag.genuine()
                ? (noted ? AttemptView.FlagOutcome.FOUND : Engine.isVisible(flag, state) ? AttemptView.FlagOutcome.MISSED : AttemptView.FlagOutcome.NOT_SEEN)
                : (noted ? AttemptView.FlagOutcome.FALSE_FLAG : AttemptView.FlagOutcome.AVOIDED);
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private Attempt locked(long attemptId) {
        return attempts.lockById(attemptId).orElseThrow(() -> new NotFoundException("Attempt " + attemptId));
    }

    private void checkCanView(Attempt attempt) {
        if (!attempt.getOwnerUsername().equals(currentUser.username()) && !currentUser.hasRole(Role.ADMIN)
                && !currentUser.hasRole(Role.ANALYST) && !playsInGroup(attempt)
                && !(attempt.getEventId() != null && currentUser.hasRole(Role.ORGANISER) && workshops.organises(attempt.getEventId()))) {
            // the same answer as for an id that does not exist: no probing for other people's attempts
            throw new NotFoundException("Attempt " + attempt.getId());
        }
    }

    private void checkCanPlay(Attempt attempt) {
        if (!attempt.getOwnerUsername().equals(currentUser.username()) && !playsInGroup(attempt)) {
            checkCanView(attempt);
            throw new AccessDeniedException("Only the trainee who started an attempt, or their breakout group, can play it.");
        }
    }

    /** A group attempt is played by every member of its breakout group. */
    private boolean playsInGroup(Attempt attempt) {
        if (attempt.getGroupId() == null || attempt.getExerciseId() == null || currentUser.username() == null) {
            return false;
        }
        Exercise exercise = exercises.findById(attempt.getExerciseId()).orElse(null);
        try {
            return exercise != null && workshops.groupOf(exercise.getSessionId(), currentUser.username())
                    .map(group -> group.getId().equals(attempt.getGroupId())).orElse(false);
        } catch (AccessDeniedException | NotFoundException e) {
            return false;
        }
    }

    private Engine.State state(Attempt attempt, ScenarioDefinition definition) {
        return Engine.replay(definition, steps.findByAttemptIdOrderBySeqAsc(attempt.getId()).stream().map(AttemptStep::toMove).toList());
    }

    private AttemptView view(Attempt attempt) {
        ScenarioDefinition definition = catalogue.version(attempt.getScenarioVersionId());
        return view(attempt, definition, state(attempt, definition));
    }

    private AttemptView view(Attempt attempt, ScenarioDefinition d, Engine.State state) {
        Variants v = Variants.draw(d, attempt.getSeed());
        var briefing = new AttemptView.Briefing(v.fill(d.briefing().post()), v.fill(d.briefing().port()), v.fill(d.briefing().date()),
                v.fill(d.briefing().text()), d.learningObjectives());
        boolean open = attempt.getStatus() == AttemptStatus.IN_PROGRESS;
        AttemptView.Stage stage = null;
        if (open && state.stageId() != null) {
            var s = d.stage(state.stageId()).orElseThrow();
            stage = new AttemptView.Stage(s.id(), v.fill(s.title()), v.fill(s.text()),
                    s.actions().stream().filter(a -> !state.actions().contains(a.id()))
                            .map(a -> new AttemptView.ActionOption(a.id(), a.kind(), v.fill(a.label()), a.minutes(), a.delayHours(),
                                    Engine.refusal(d, state, new Engine.Move(StepKind.ACTION, a.id(), null)) == null)).toList(),
                    v.fill(s.decision().prompt()),
                    s.decision().options().stream().map(o -> new AttemptView.DecisionOption(o.id(), o.kind(), v.fill(o.label()), o.closes(d))).toList());
        }
        var documents = Engine.visibleDocuments(d, state).stream().map(doc -> new AttemptView.Document(doc.id(), doc.kind(),
                v.fill(doc.title()), doc.fields().stream().map(f -> new ScenarioDefinition.Field(v.fill(f.label()), v.fill(f.value()))).toList(),
                doc.table() == null ? null : new ScenarioDefinition.Table(doc.table().columns().stream().map(v::fill).toList(),
                        doc.table().rows().stream().map(row -> row.stream().map(v::fill).toList()).toList()),
                v.fill(doc.notes()),
                doc.label() == null ? null : new ScenarioDefinition.Label(v.fill(doc.label().product()), v.fill(doc.label().chemicalName()),
                        v.fill(doc.label().formula()), v.fill(doc.label().un()), v.fill(doc.label().netWeight()), doc.label().refillable(),
                        doc.label().colour(), doc.label().markings().stream().map(v::fill).toList()))).toList();
        var intelligence = Engine.visibleIntelligence(d, state).stream()
                .map(i -> new AttemptView.Intelligence(i.id(), i.kind(), v.fill(i.title()), v.fill(i.text()))).toList();
        var inspections = state.actions().stream().map(id -> d.action(id).orElseThrow())
                .map(a -> new AttemptView.Inspection(a.id(), a.kind(), v.fill(a.label()), a.minutes(), a.delayHours(), v.fill(a.reveals()))).toList();
        var notebook = Engine.visibleFlags(d, state).stream()
                .map(f -> new AttemptView.Flag(f.id(), v.fill(f.text()), state.flags().contains(f.id()))).toList();
        var bases = d.legalBases().stream().map(b -> new AttemptView.LegalBasis(b.id(), v.fill(b.text()))).toList();
        var budget = new AttemptView.Budget(d.budget().minutes(), state.minutes(), d.budget().delayHours(), state.delayHours());
        AttemptView.Review review = open ? null : review(attempt, d, state, v);
        return new AttemptView(attempt.getId(), d.id(), d.title(), attempt.getStatus(), attempt.getOwnerUsername(), attempt.getStepCount(),
                attempt.getStartedAt(), attempt.getDeadlineAt(), briefing, stage, documents, intelligence, inspections, notebook, bases,
                budget, review);
    }

    private AttemptView.Review review(Attempt attempt, ScenarioDefinition d, Engine.State state, Variants v) {
        Ending ending = state.endingId() == null ? null : d.ending(state.endingId()).orElse(null);
        Scoring.Score score = Scoring.score(d, state, ending, state.legalBasisId(),
                Duration.between(attempt.getStartedAt(), attempt.getCompletedAt()));
        List<AttemptView.FlagReview> flags = new ArrayList<>();
        for (RedFlag flag : d.redFlags()) {
            boolean noted = state.flags().contains(flag.id());
            AttemptView.FlagOutcome outcome = outcome(flag, state);
            int points = flag.genuine() ? (noted ? flag.points() : 0) : (noted ? -d.scoring().falseFlag() : 0);
            flags.add(new AttemptView.FlagReview(v.fill(flag.text()), flag.genuine(), outcome, points, v.fill(flag.explanation()), flag.guidance()));
        }
        var inspections = state.actions().stream().map(id -> d.action(id).orElseThrow())
                .map(a -> new AttemptView.InspectionReview(v.fill(a.label()), a.warranted(), a.minutes(), a.delayHours())).toList();
        List<String> path = new ArrayList<>();
        for (String[] decision : state.decisions()) {
            d.stage(decision[0]).ifPresent(stage -> stage.decision().options().stream().filter(o -> o.id().equals(decision[1]))
                    .findFirst().ifPresent(o -> path.add(v.fill(stage.title()) + ": " + v.fill(o.label()))));
        }
        String basisText = state.legalBasisId() == null ? null : d.legalBases().stream()
                .filter(b -> b.id().equals(state.legalBasisId())).map(b -> v.fill(b.text())).findFirst().orElse(null);
        List<String> accepted = ending == null ? List.of() : d.legalBases().stream()
                .filter(b -> ending.legalBasis().contains(b.id())).map(b -> v.fill(b.text())).toList();
        return new AttemptView.Review(score, flags, inspections, ending == null ? "Time ran out" : v.fill(ending.title()),
                ending == null ? null : ending.verdict(),
                ending == null ? "The time limit passed before a decision closed the case. The attempt is scored as it stood." : v.fill(ending.text()),
                basisText, ending != null && state.legalBasisId() != null && ending.legalBasis().contains(state.legalBasisId()),
                accepted, path,
                attempt.getStatus() == AttemptStatus.TIMED_OUT);
    }
}
