package org.greenborder.academy.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scenario as written in its YAML file (see scenarios/README.md). Text may hold {@code ${variable}} or
 * {@code ${variable.field}} placeholders, filled per attempt by {@link Variants}.
 */
public record ScenarioDefinition(
        String id, String title, int version, String language, List<String> conventions, Difficulty difficulty,
        int minutes, Integer timeLimitMinutes, Mode mode, List<String> topics, List<String> learningObjectives,
        Briefing briefing, Map<String, Variable> variables, Budget budget, List<Document> documents,
        List<Intelligence> intelligence, List<RedFlag> redFlags, List<LegalBasis> legalBases, List<Stage> stages,
        List<Ending> endings, Rubric scoring) {

    public enum Difficulty { BEGINNER, INTERMEDIATE, ADVANCED }

    public enum Mode { INDIVIDUAL, GROUP }

    public record Briefing(String post, String port, String date, String text) {
    }

    /** How a variable's value is drawn for an attempt. */
    public sealed interface Variable {
    }

    public record Choice(List<Object> options) implements Variable {
    }

    public record IntegerRange(int min, int max, int step, boolean grouped) implements Variable {
    }

    public record DateRange(LocalDate from, LocalDate to, String format) implements Variable {
    }

    public record Product(String of, double times, int decimals, boolean grouped) implements Variable {
    }

    public record CodePattern(String pattern) implements Variable {
    }

    public record Container(List<String> owners, boolean validCheckDigit) implements Variable {
    }

    public record Budget(int minutes, int delayHours) {
    }

    public enum DocumentKind {
        COMMERCIAL_INVOICE, PACKING_LIST, BILL_OF_LADING, CUSTOMS_DECLARATION, LICENCE, BASEL_NOTIFICATION,
        BASEL_CONSENT, MOVEMENT_DOCUMENT, SAFETY_DATA_SHEET, CYLINDER_LABEL, MANIFEST, CERTIFICATE, LETTER, REPORT,
        PHOTO
    }

    public record Document(String id, DocumentKind kind, String title, List<Field> fields, Table table, String notes,
                           Label label) {
    }

    public record Field(String label, String value) {
    }

    public record Table(List<String> columns, List<List<String>> rows) {
    }

    /** A cylinder or drum label, drawn as an image. */
    public record Label(String product, String chemicalName, String formula, String un, String netWeight,
                        Boolean refillable, String colour, List<String> markings) {
    }

    public enum IntelligenceKind { ALERT, RISK_PROFILE, HISTORY, MESSAGE }

    public record Intelligence(String id, IntelligenceKind kind, String title, String text) {
    }

    /**
     * Something a trainee may note as suspicious: genuine ones earn points, distractors cost points.
     * {@code visibleAfter} names actions or stages; until one of them is reached the flag is not offered.
     */
    public record RedFlag(String id, String text, boolean genuine, int points, String explanation,
                          List<String> guidance, List<String> visibleAfter) {
    }

    public record LegalBasis(String id, String text) {
    }

    public enum ActionKind {
        DOCUMENT_CHECK, DATABASE_CHECK, CHECK_DIGIT, SCANNER, PHYSICAL_EXAMINATION, IDENTIFIER, LABORATORY,
        REQUEST_INFORMATION, CONSULT
    }

    /** An inspection: it costs officer time and delays the trade, and reveals evidence (text and documents). */
    public record Action(String id, ActionKind kind, String label, int minutes, int delayHours, String reveals,
                         List<String> documents, boolean warranted) {
    }

    public record Stage(String id, String title, String text, List<String> documents, List<String> intelligence,
                        List<Action> actions, Decision decision) {
    }

    public record Decision(String prompt, List<Option> options) {
    }

    public enum DecisionKind { RELEASE, REQUEST_DOCUMENTS, DETAIN, SEIZE, REFUSE_AND_RETURN, REFER }

    public record Option(String id, DecisionKind kind, String label, List<Route> next) {

        /** Every route of this option leads to an ending: the decision closes the case and asks for its basis. */
        public boolean closes(ScenarioDefinition scenario) {
            return next.stream().allMatch(route -> scenario.ending(route.target()).isPresent());
        }
    }

    /** Where an option leads; the first route whose condition holds is taken, the last has none. */
    public record Route(Condition when, String target) {
    }

    /** All of {@code found} noted, and at least {@code minPoints} of red-flag points so far. */
    public record Condition(List<String> found, Integer minPoints) {
    }

    public enum Verdict { CORRECT, ACCEPTABLE, WRONG }

    public record Ending(String id, String title, Verdict verdict, int points, List<String> legalBasis,
                         boolean heldLegitimate, String text) {
    }

    public record Rubric(int passMark, int falseFlag, int unnecessaryAction, int legalBasis, int heldLegitimate,
                         int timePoints, int withinMinutes) {
    }

    public Optional<Stage> stage(String stageId) {
        return stages.stream().filter(stage -> stage.id().equals(stageId)).findFirst();
    }

    public Optional<Ending> ending(String endingId) {
        return endings.stream().filter(ending -> ending.id().equals(endingId)).findFirst();
    }

    public Optional<Document> document(String documentId) {
        return documents.stream().filter(document -> document.id().equals(documentId)).findFirst();
    }

    public Optional<RedFlag> redFlag(String flagId) {
        return redFlags.stream().filter(flag -> flag.id().equals(flagId)).findFirst();
    }

    public Optional<Intelligence> intelligenceItem(String itemId) {
        return intelligence.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }

    public Optional<Action> action(String actionId) {
        return stages.stream().flatMap(stage -> stage.actions().stream()).filter(action -> action.id().equals(actionId)).findFirst();
    }

    /** The points a perfect attempt earns: every genuine flag, the best ending, its legal basis, the time bonus. */
    public int maximumPoints() {
        int flags = redFlags.stream().filter(RedFlag::genuine).mapToInt(RedFlag::points).sum();
        int best = endings.stream().mapToInt(ending -> ending.points() + (ending.legalBasis().isEmpty() ? 0 : scoring.legalBasis()))
                .max().orElse(0);
        return flags + best + scoring.timePoints();
    }
}
