package org.greenborder.academy.scenario;

import java.time.Instant;
import java.util.List;
import org.greenborder.academy.scenario.ScenarioDefinition.ActionKind;
import org.greenborder.academy.scenario.ScenarioDefinition.DecisionKind;
import org.greenborder.academy.scenario.ScenarioDefinition.DocumentKind;
import org.greenborder.academy.scenario.ScenarioDefinition.Field;
import org.greenborder.academy.scenario.ScenarioDefinition.IntelligenceKind;
import org.greenborder.academy.scenario.ScenarioDefinition.Label;
import org.greenborder.academy.scenario.ScenarioDefinition.Table;
import org.greenborder.academy.scenario.ScenarioDefinition.Verdict;

/**
 * Everything a trainee's screen shows of an attempt, with this attempt's variant filled in. Text marked Markdown
 * is raw Markdown (the view renders it safely); everything else is plain text.
 */
public record AttemptView(long id, String scenarioId, String title, AttemptStatus status, String owner, int stepCount,
                          Instant startedAt, Instant deadlineAt, Briefing briefing, Stage stage, List<Document> documents,
                          List<Intelligence> intelligence, List<Inspection> inspections, List<Flag> notebook,
                          List<LegalBasis> legalBases, Budget budget, Review review) {

    public boolean open() {
        return status == AttemptStatus.IN_PROGRESS;
    }

    public record Briefing(String post, String port, String date, String markdown, List<String> learningObjectives) {
    }

    /** The current stage; null once the attempt is closed. */
    public record Stage(String id, String title, String markdown, List<ActionOption> actions, String prompt,
                        List<DecisionOption> options) {
    }

    public record ActionOption(String id, ActionKind kind, String label, int minutes, int delayHours, boolean affordable) {
    }

    public record DecisionOption(String id, DecisionKind kind, String label, boolean closesCase) {
    }

    public record Document(String id, DocumentKind kind, String title, List<Field> fields, Table table, String notes, Label label) {
    }

    public record Intelligence(String id, IntelligenceKind kind, String title, String markdown) {
    }

    /** An inspection taken, in order, with what it revealed (Markdown). */
    public record Inspection(String id, ActionKind kind, String label, int minutes, int delayHours, String revealedMarkdown) {
    }

    public record Flag(String id, String text, boolean noted) {
    }

    public record LegalBasis(String id, String text) {
    }

    public record Budget(int minutes, int minutesUsed, int delayHours, int delayUsed) {
        public int minutesLeft() {
            return minutes - minutesUsed;
        }

        public int delayLeft() {
            return delayHours - delayUsed;
        }
    }

    /** After the attempt closed: the score, every red flag and inspection judged, the ending. */
    public record Review(Scoring.Score score, List<FlagReview> flags, List<InspectionReview> inspections, String endingTitle,
                         Verdict verdict, String endingMarkdown, String legalBasis, boolean legalBasisAccepted,
                         List<String> acceptedBases, List<String> path, boolean timedOut) {
    }

    public enum FlagOutcome { FOUND, MISSED, NOT_SEEN, FALSE_FLAG, AVOIDED }

    public record FlagReview(String text, boolean genuine, FlagOutcome outcome, int points, String explanationMarkdown,
                             List<String> guidance) {
    }

    public record InspectionReview(String label, boolean warranted, int minutes, int delayHours) {
    }
}
