package org.greenborder.academy.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.greenborder.academy.scenario.Engine.Move;
import org.junit.jupiter.api.Test;

/**
 * The rubric on the test scenario (ScenarioTexts): genuine flags price 10 and reads-r22 20, distractor colour
 * (false flag −5), scanner unwarranted (−4), endings seized 40 / seized-blind 15 / released 0, legal basis 10,
 * time bonus 5 within 30 minutes. Maximum 10 + 20 + 40 + 10 + 5 = 85; pass mark 60 %.
 */
class ScoringTest {

    private final ScenarioDefinition scenario = ScenarioTexts.valid();

    private Engine.State play(Move... moves) {
        return Engine.replay(scenario, List.of(moves));
    }

    private static Move flag(String id) {
        return new Move(StepKind.FLAG, id, null);
    }

    private static Move action(String id) {
        return new Move(StepKind.ACTION, id, null);
    }

    private static Move decide(String id, String basis) {
        return new Move(StepKind.DECISION, id, basis);
    }

    private Scoring.Score score(Engine.State state, Duration elapsed) {
        return Scoring.score(scenario, state, scenario.ending(state.endingId()).orElse(null), state.legalBasisId(), elapsed);
    }

    @Test
    void aPerfectAttemptScoresTheMaximum() {
        Engine.State state = play(flag("price"), decide("detain", null), action("identifier"), flag("reads-r22"), decide("seize", "licensing"));
        assertThat(state.endingId()).isEqualTo("seized");
        Scoring.Score score = score(state, Duration.ofMinutes(12));
        // 10 + 20 + 40 + 10 + 5 = 85 of 85
        assertThat(score.total()).isEqualTo(85);
        assertThat(score.maximum()).isEqualTo(85);
        assertThat(score.percent()).isEqualTo(100);
        assertThat(score.passed()).isTrue();
    }

    @Test
    void falseFlagsUnneededInspectionsAWrongBasisAndSlownessCost() {
        Engine.State state = play(action("scanner"), flag("colour"), decide("detain", null), action("identifier"),
                flag("reads-r22"), decide("seize", "basel"));
        Scoring.Score score = score(state, Duration.ofMinutes(31));
        // reads-r22 20, colour −5, scanner −4, seized 40, basis wrong 0, too slow 0 = 51 of 85 = 60 %
        assertThat(score.lines()).extracting(Scoring.Line::kind).containsExactly(Scoring.LineKind.RED_FLAG,
                Scoring.LineKind.FALSE_FLAG, Scoring.LineKind.UNNECESSARY_ACTION, Scoring.LineKind.DECISION);
        assertThat(score.total()).isEqualTo(51);
        assertThat(score.percent()).isEqualTo(60);
        assertThat(score.passed()).isTrue();
    }

    @Test
    void branchingFollowsWhatWasFound() {
        Engine.State blind = play(decide("detain", null), action("identifier"), decide("seize", "licensing"));
        assertThat(blind.endingId()).isEqualTo("seized-blind");
        // 15 + 10 + 5 = 30 of 85 = 35 %
        Scoring.Score score = score(blind, Duration.ofMinutes(5));
        assertThat(score.total()).isEqualTo(30);
        assertThat(score.percent()).isEqualTo(35);
        assertThat(score.passed()).isFalse();
    }

    @Test
    void aWrongDecisionNeverPassesWhateverThePoints() {
        Engine.State state = play(flag("price"), decide("detain", null), action("identifier"), flag("reads-r22"), decide("release", "licensing"));
        Scoring.Score score = score(state, Duration.ofMinutes(5));
        // 10 + 20 + 0 (released accepts no basis) + 5 = 35 of 85 = 41 %
        assertThat(score.total()).isEqualTo(35);
        assertThat(score.passed()).isFalse();
    }

    @Test
    void aNegativeTotalShowsAsZeroPercent() {
        Engine.State state = play(action("scanner"), flag("colour"), decide("release", "basel"));
        Scoring.Score score = score(state, Duration.ofMinutes(60));
        assertThat(score.total()).isEqualTo(-9);
        assertThat(score.percent()).isZero();
    }

    @Test
    void aTimedOutAttemptHasNoDecisionPoints() {
        Engine.State state = play(flag("price"));
        Scoring.Score score = Scoring.score(scenario, state, null, null, Duration.ofMinutes(90));
        assertThat(score.total()).isEqualTo(10);
        assertThat(score.passed()).isFalse();
    }

    @Test
    void movesThatBreakTheRulesAreRefused() {
        Engine.State start = Engine.start(scenario);
        assertThat(Engine.refusal(scenario, start, flag("reads-r22"))).contains("not in your notebook");
        assertThat(Engine.refusal(scenario, start, action("identifier"))).contains("not available at this stage");
        assertThat(Engine.refusal(scenario, start, decide("seize", "licensing"))).contains("not open at this stage");
        assertThat(Engine.refusal(scenario, start, decide("release", null))).contains("legal basis");
        assertThat(Engine.refusal(scenario, start, decide("detain", "licensing"))).contains("takes no legal basis");
        Engine.State scanned = Engine.apply(scenario, start, action("scanner"));
        assertThat(Engine.refusal(scenario, scanned, action("scanner"))).contains("already");
        Engine.State ended = play(decide("release", "licensing"));
        assertThat(Engine.refusal(scenario, ended, flag("price"))).contains("closed");
    }

    @Test
    void theBudgetLimitsInspections() {
        ScenarioDefinition tight = ScenarioReader.read("small.yaml", ScenarioTexts.with("  minutes: 60\n  delayHours: 12", "  minutes: 40\n  delayHours: 5")).definition();
        Engine.State scanned = Engine.apply(tight, Engine.start(tight), action("scanner"));
        Engine.State examination = Engine.apply(tight, scanned, decide("detain", null));
        // 30 of 40 minutes and 4 of 5 hours used: the identifier needs 20 minutes and 2 hours
        assertThat(Engine.refusal(tight, examination, action("identifier"))).startsWith("Not enough officer time left: it needs 20 minutes, 10 are left");
    }
}
