package org.greenborder.academy.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One broken file per kind of error, each with the message and the position the author needs. */
class ScenarioReaderTest {

    @Test
    void theTestScenarioIsValid() {
        ScenarioReader.Result result = ScenarioReader.read("small.yaml", ScenarioTexts.VALID);
        assertThat(result.problems()).isEmpty();
        assertThat(result.definition().stages()).extracting(ScenarioDefinition.Stage::id).containsExactly("documents", "examination");
        assertThat(result.definition().maximumPoints()).isEqualTo(10 + 20 + 40 + 10 + 5);
    }

    record Broken(String name, String piece, String replacement, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Broken> brokenFiles() {
        return List.of(
                new Broken("YAML syntax", "title: Small test shipment\n", "title: [unclosed\n", "not valid YAML: expected ',' or ']'"),
                new Broken("unknown field", "minutes: 10\n", "minutes: 10\ndificulty: hard\n",
                        "small.yaml:8:1: unknown field 'dificulty' in the scenario"),
                new Broken("unknown field with a near name", "    kind: commercial-invoice\n", "    kind: commercial-invoice\n    Notes: x\n",
                        "unknown field 'Notes' in document (did you mean 'notes'?)"),
                new Broken("missing required field", "language: en\n", "", "the scenario needs the field 'language'"),
                new Broken("wrong type", "minutes: 10\n", "minutes: ten\n", "small.yaml:7:10: the scenario.minutes must be a whole number, not 'ten'"),
                new Broken("value outside its list", "difficulty: beginner", "difficulty: easy",
                        "small.yaml:6:13: the scenario.difficulty must be one of beginner, intermediate, advanced, not 'easy'"),
                new Broken("unknown convention", "conventions: [montreal]", "conventions: [kyoto]",
                        "small.yaml:5:15: convention 'kyoto' must be one of basel, montreal, rotterdam, stockholm"),
                new Broken("id differs from file name", "id: small\n", "id: other\n",
                        "small.yaml:1:5: the id 'other' must equal the file name without .yaml ('small')"),
                new Broken("id used twice", "  - id: colour\n", "  - id: price\n", "the id 'price' is used twice"),
                new Broken("broken reference to a stage", "next: examination\n", "next: examinaton\n",
                        "no stage or ending has the id 'examinaton'"),
                new Broken("reference of the wrong kind", "documents: [invoice]\n", "documents: [alert]\n",
                        "'alert' is a intelligence, but a document is expected here"),
                new Broken("unknown placeholder", "A declaration for ${cylinders}", "A declaration for ${cylindres}",
                        "the placeholder ${cylindres} names no variable"),
                new Broken("placeholder field that does not exist", "${importer.name}.", "${importer.nmae}.",
                        "the variable 'importer' has no field 'nmae'"),
                new Broken("unreachable ending", "goto: seized-blind", "goto: seized",
                        "ending 'seized-blind' cannot be reached"),
                new Broken("unreachable stage", "      next: examination\n", "      next: released\n",
                        "stage 'examination' cannot be reached from the first stage 'documents'"),
                new Broken("pass mark no correct ending can reach", "points: 15", "points: 150",
                        "impossible scoring: even a perfect attempt ending in a 'correct' ending stays below the pass mark of 60% (maximum 195 points)"),
                new Broken("no correct ending", "verdict: correct", "verdict: acceptable", "impossible scoring: no ending has verdict 'correct'"),
                new Broken("condition that can never hold", "- when: {found: [reads-r22]}", "- when: {minPoints: 50}",
                        "asks for 50 red-flag points, but all genuine flags together earn 30"),
                new Broken("inspections beyond the budget", "  minutes: 60\n  delayHours: 12", "  minutes: 10\n  delayHours: 12",
                        "the warranted inspections of stage 'examination' take 20 minutes, more than the budget of 10"),
                new Broken("genuine flag without points", "    points: 20\n", "    points: 0\n", "a genuine red flag must earn points"),
                new Broken("route without condition before the last", "- when: {found: [reads-r22]}\n              goto: seized",
                        "- goto: seized", "only the last route of 'next' may go without 'when'"),
                new Broken("document never shown", "documents: [label]\n", "documents: []\n", "document 'label' is never shown"),
                new Broken("table row of the wrong width", "- [\"R-134a\", \"${cylinders}\"]", "- [\"R-134a\"]",
                        "this row has 1 cells but the table has 2 columns"),
                new Broken("container owner that is not ISO 6346", "owners: [TGHU, MSKU]", "owners: [TGH1]",
                        "owner prefix 'TGH1' must be three capital letters and the category U, J or Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void eachKindOfErrorIsReportedWhereItIs(Broken broken) {
        ScenarioReader.Result result = ScenarioReader.read("small.yaml", ScenarioTexts.with(broken.piece(), broken.replacement()));
        assertThat(result.valid()).isFalse();
        assertThat(result.definition()).isNull();
        assertThat(result.problems()).map(ScenarioProblem::toString).anySatisfy(line -> assertThat(line).contains(broken.expected()));
        assertThat(result.problems()).allSatisfy(problem -> assertThat(problem.line()).isPositive());
    }

    @Test
    void anEmptyOrOversizedFileIsAProblemNotACrash() {
        assertThat(ScenarioReader.read("e.yaml", "").problems()).map(ScenarioProblem::message).containsExactly("the file is empty");
        assertThat(ScenarioReader.read("e.yaml", "# " + "x".repeat(ScenarioReader.MAX_FILE_CHARS)).problems())
                .map(ScenarioProblem::message).anySatisfy(message -> assertThat(message).contains("larger than"));
        assertThat(ScenarioReader.read("e.yaml", "- just\n- a list\n").problems()).map(ScenarioProblem::message)
                .containsExactly("the scenario must be a mapping of fields (name: value)");
    }

    @Test
    void aliasBombsAreRefused() {
        String bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n".repeat(1)
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
        assertThat(ScenarioReader.read("bomb.yaml", bomb).valid()).isFalse();
    }
    @Test
    void nestingDeeperThanAnyScenarioNeedsIsAProblemWhereItGoesTooDeepNotAStackOverflow() {
        ScenarioReader.Result result = ScenarioReader.read("deep.yaml", "id: deep\ntitle: " + "[".repeat(100) + "x" + "]".repeat(100) + "\n");
        assertThat(result.definition()).isNull();
        assertThat(result.problems()).map(ScenarioProblem::toString).containsExactly("deep.yaml:2:" + (7 + ScenarioReader.MAX_DEPTH)
                + ": nested more than " + ScenarioReader.MAX_DEPTH + " levels deep; a scenario needs far fewer");
        // found by ScenarioHostileTest: 200,000 brackets overflowed the composer's stack
        assertThat(ScenarioReader.read("deep.yaml", "id: deep\ntitle: " + "[".repeat(200_000)).problems()).hasSize(1);
        assertThat(ScenarioReader.read("deep.yaml", "a: " + "{b: ".repeat(100_000)).problems()).hasSize(1);
    }

    @Test
    void anAliasInsideWhatItNamesIsAProblemNotAStackOverflow() {
        // a tree without end: the checks after reading walked it until the stack overflowed
        ScenarioReader.Result result = ScenarioReader.read("small.yaml", ScenarioTexts.with("topics: [hs-codes]", "topics: &t [hs-codes, *t]"));
        assertThat(result.definition()).isNull();
        assertThat(result.problems()).map(ScenarioProblem::toString)
                .containsExactly("small.yaml:8:23: the alias *t is inside what it names, which never ends");
    }

    @Test
    void aDateFormatOfTimesIsAProblemNotACrash() {
        // "HH:mm" is a pattern, but a date has no hours: formatting threw DateTimeException out of the reader
        ScenarioReader.Result result = ScenarioReader.read("small.yaml",
                ScenarioTexts.with("to: 2025-03-31}}", "to: 2025-03-31, format: \"HH:mm\"}}"));
        assertThat(result.definition()).isNull();
        assertThat(result.problems()).map(ScenarioProblem::message)
                .anySatisfy(message -> assertThat(message).contains("'HH:mm' is not a date format (Unsupported field: HourOfDay)"));
    }
    @Test
    void aControlCharacterIsShownWhereItIs() {
        // SnakeYAML said only "special characters are not allowed", at 1:1, of a character most editors hide
        ScenarioReader.Result result = ScenarioReader.read("small.yaml", ScenarioTexts.with("title: Small test", "title: Small\u0007 test"));
        assertThat(result.problems()).map(ScenarioProblem::toString).containsExactly(
                "small.yaml:2:13: not valid YAML: the character U+0007 is not allowed in a YAML file (most editors do not show it: delete it)");
        assertThat(ScenarioReader.read("small.yaml", "id: small\r\ntitle: \"\uD83D\uDE00 \uFFFF\"").problems())
                .map(ScenarioProblem::toString).singleElement().asString().startsWith("small.yaml:2:11: not valid YAML: the character U+FFFF");
    }
}
