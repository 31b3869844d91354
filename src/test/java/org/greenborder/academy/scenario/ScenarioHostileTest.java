package org.greenborder.academy.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.greenborder.academy.scenario.ScenarioDefinition.Option;
import org.greenborder.academy.scenario.ScenarioDefinition.Route;
import org.greenborder.academy.scenario.ScenarioDefinition.Stage;
import org.greenborder.academy.shared.ContentFiles;
import org.greenborder.academy.support.Hostile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenario reader on hostile files, generated from a fixed seed: the shipped scenarios with their bytes, lines
 * and values damaged, and random documents. Whatever comes in, no exception escapes; the answer is either a valid
 * scenario that still holds the checker's promises, or problems that each say what is wrong and where.
 */
class ScenarioHostileTest {

    static final long SEED = 20261204L;

    static List<Path> files;
    static int validSeen;
    static List<byte[]> originals;

    @BeforeAll
    static void shippedScenarios() throws IOException {
        try (Stream<Path> paths = Files.list(Path.of("scenarios"))) {
            files = paths.filter(ScenarioFiles::isScenarioFile).sorted().toList();
        }
        originals = new ArrayList<>();
        for (Path file : files) {
            originals.add(Files.readAllBytes(file));
        }
        assertThat(files).hasSizeGreaterThan(5);
    }

    record Input(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name + " " + Hostile.show(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    @Test
    void damagedBytesOfTheShippedScenariosAreProblemsNeverCrashes() {
        Hostile.seed(SEED, 300).check(random -> {
            int which = random.nextInt(files.size());
            return new Input(files.get(which).getFileName().toString(), Hostile.mutateBytes(random, originals.get(which)));
        }, ScenarioHostileTest::readsSafely);
    }

    @Test
    void damagedLinesAndValuesOfTheShippedScenariosAreProblemsNeverCrashes() {
        Hostile.seed(SEED + 1, 300).check(random -> {
            int which = random.nextInt(files.size());
            List<String> lines = new String(originals.get(which), StandardCharsets.UTF_8).lines().toList();
            List<String> mutated = Hostile.mutateLines(random, lines, r -> hostileLine(r, lines));
            return new Input(files.get(which).getFileName().toString(), (String.join("\n", mutated) + "\n").getBytes(StandardCharsets.UTF_8));
        }, ScenarioHostileTest::readsSafely);
    }

    static final java.util.regex.Pattern FREE_TEXT = java.util.regex.Pattern.compile(
            "^(\\s*(?:- )?(?:title|text|label|prompt|explanation|post|port|notes|product|value): )(?![|>]).*$");

    @Test
    void hostileTextInTheShippedScenariosIsReadAsTextAndKeepsTheCheckersPromises() {
        validSeen = 0;
        Hostile.seed(SEED + 3, 150).check(random -> {
            int which = random.nextInt(files.size());
            List<String> lines = new ArrayList<>(new String(originals.get(which), StandardCharsets.UTF_8).lines().toList());
            for (int i = 0; i < lines.size(); i++) {
                java.util.regex.Matcher free = FREE_TEXT.matcher(lines.get(i));
                if (free.matches() && random.nextInt(4) == 0) {
                    lines.set(i, free.group(1) + quoted(Hostile.text(random, 80)));
                }
            }
            return new Input(files.get(which).getFileName().toString(), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }, ScenarioHostileTest::readsSafely);
        assertThat(validSeen).as("most stay valid, and their promises are checked").isGreaterThan(75);
    }

    @Test
    void randomDocumentsAreProblemsNeverCrashes() {
        Hostile.seed(SEED + 2, 300).check(random -> new Input("random.yaml",
                randomDocument(random, 0).getBytes(StandardCharsets.UTF_8)), ScenarioHostileTest::readsSafely);
    }

    /** Inputs that once broke the reader, or that are known attacks on YAML readers, kept as fixed cases. */
    static List<Input> knownHostileFiles() {
        String valid = ScenarioTexts.VALID;
        return Stream.of(
                        new Input("deep-flow.yaml", ("id: deep-flow\ntitle: " + "[".repeat(200_000) + "\n").getBytes(StandardCharsets.UTF_8)),
                        new Input("deep-block.yaml", deepBlock(5_000).getBytes(StandardCharsets.UTF_8)),
                        new Input("deep-mapping.yaml", ("a: " + "{b: ".repeat(100_000)).getBytes(StandardCharsets.UTF_8)),
                        new Input("small.yaml", ScenarioTexts.with("to: 2025-03-31}}", "to: 2025-03-31, format: \"HH:mm\"}}").getBytes(StandardCharsets.UTF_8)),
                        new Input("small.yaml", ScenarioTexts.with("to: 2025-03-31}}", "to: 2025-03-31, format: \"VV\"}}").getBytes(StandardCharsets.UTF_8)),
                        new Input("small.yaml", ScenarioTexts.with("to: 2025-03-31}}", "to: 2025-03-31, format: \"'\"}}").getBytes(StandardCharsets.UTF_8)),
                        new Input("small.yaml", ScenarioTexts.with("minutes: 10\n", "minutes: !!java.lang.Runtime 10\n")
                                .getBytes(StandardCharsets.UTF_8)),
                        new Input("small.yaml", ("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
                                + "[\"http://127.0.0.1/\"]]]]\n").getBytes(StandardCharsets.UTF_8)),
                        new Input("small.yaml", ("id: &a small\ntitle: *a\nversion: *b\n").getBytes(StandardCharsets.UTF_8)),
                        new Input("small.yaml", ("a: &a [*a]\n").getBytes(StandardCharsets.UTF_8)),
                        new Input("small.yaml", ScenarioTexts.with("topics: [hs-codes]", "topics: &t [hs-codes, *t]").getBytes(StandardCharsets.UTF_8)),
                        new Input("small.yaml", ScenarioTexts.with("topics: [hs-codes]", "topics: &t {a: *t}").getBytes(StandardCharsets.UTF_8)),
                        new Input("small.yaml", ("? &k [a, *k]\n: x\n").getBytes(StandardCharsets.UTF_8)),
                        new Input("small.yaml", ScenarioTexts.with("{min: 100, max: 200, step: 10}", "{min: -2147483648, max: 2147483647}")
                                .getBytes(StandardCharsets.UTF_8)),
                        new Input("small.yaml", ScenarioTexts.with("times: 13.6, decimals: 1", "times: 1e308, decimals: 2000000000")
                                .getBytes(StandardCharsets.UTF_8)),
                        new Input("small.yaml", ScenarioTexts.with("times: 13.6, decimals: 1", "times: NaN, decimals: 1")
                                .getBytes(StandardCharsets.UTF_8)),
                        new Input("small.yaml", ScenarioTexts.with("{from: 2025-03-01, to: 2025-03-31}", "{from: -999999999-01-01, to: +999999999-12-31}")
                                .getBytes(StandardCharsets.UTF_8)),
                        new Input("small.yaml", ("\uFEFF" + valid).getBytes(StandardCharsets.UTF_8)),
                        new Input("small.yaml", valid.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)),
                        new Input("small.yaml", valid.replace("title: Small", "title: \u0000Small").getBytes(StandardCharsets.UTF_8)),
                        new Input("small.yaml", ("%YAML 9.9\n---\n" + valid).getBytes(StandardCharsets.UTF_8)),
                        new Input("small.yaml", (valid + "\n---\n" + valid).getBytes(StandardCharsets.UTF_8)),
                        new Input("small.yaml", ("id: small\ntitle: \"" + "x".repeat(400_000) + "\"\n").getBytes(StandardCharsets.UTF_8)),
                        new Input("small.yaml", ("id: small\nminutes: " + "9".repeat(5_000) + "\n").getBytes(StandardCharsets.UTF_8)),
                        new Input("small.yaml", new byte[]{(byte) 0xFF, (byte) 0xFE, 'i', 0, 'd', 0, ':', 0}),
                        new Input("small.yaml", new byte[]{0, 0, 0, 0}))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("knownHostileFiles")
    void knownHostileFilesAreProblemsNeverCrashes(Input input) {
        readsSafely(input);
    }

    // ---- the property -------------------------------------------------------------------------------------------

    /** Read as the catalogue reads a file: strict UTF-8 first; and the text as a lenient editor would have saved it. */
    static void readsSafely(Input input) {
        try {
            assertAnswered(input.name(), ContentFiles.utf8(input.bytes()));
        } catch (CharacterCodingException e) {
            // the catalogue reports "not UTF-8 text" for this file; the reader must survive the repaired text too
            assertAnswered(input.name(), new String(input.bytes(), StandardCharsets.UTF_8));
        }
    }

    static void assertAnswered(String name, String text) {
        ScenarioReader.Result result = ScenarioReader.read(name, text);
        if (result.valid()) {
            validSeen++;
            assertKeepsTheCheckersPromises(result.definition(), name, text);
            return;
        }
        assertThat(result.definition()).as("an invalid file gives no definition").isNull();
        assertThat(result.problems()).as("an invalid file says why").isNotEmpty();
        for (ScenarioProblem problem : result.problems()) {
            assertThat(problem.file()).isEqualTo(name);
            assertThat(problem.line()).as("line of %s", problem).isPositive();
            assertThat(problem.column()).as("column of %s", problem).isPositive();
            assertThat(problem.message()).as("message").isNotBlank();
            // the reader quotes what it found, so only what the file does not hold itself betrays an internal error
            Stream.of("Exception", "\tat ", "org.snakeyaml", "java.lang.").filter(internal -> !text.contains(internal))
                    .forEach(internal -> assertThat(problem.message()).as("message").doesNotContain(internal));
        }
    }

    /** What ScenarioChecks promises about a valid scenario, and what an attempt needs from it. */
    static void assertKeepsTheCheckersPromises(ScenarioDefinition scenario, String name, String text) {
        assertThat(scenario.stages()).isNotEmpty();
        assertThat(scenario.endings()).isNotEmpty();
        assertThat(scenario.maximumPoints()).isPositive();
        assertThat(scenario.scoring().passMark()).isBetween(1, 100);
        Set<String> ids = new HashSet<>();
        Stream.of(scenario.documents().stream().map(ScenarioDefinition.Document::id),
                        scenario.intelligence().stream().map(ScenarioDefinition.Intelligence::id),
                        scenario.redFlags().stream().map(ScenarioDefinition.RedFlag::id),
                        scenario.legalBases().stream().map(ScenarioDefinition.LegalBasis::id),
                        scenario.stages().stream().map(Stage::id),
                        scenario.stages().stream().flatMap(stage -> stage.actions().stream()).map(ScenarioDefinition.Action::id),
                        scenario.endings().stream().map(ScenarioDefinition.Ending::id))
                .flatMap(s -> s).forEach(id -> assertThat(ids.add(id)).as("id %s declared once", id).isTrue());
        for (Stage stage : scenario.stages()) {
            stage.documents().forEach(id -> assertThat(scenario.document(id)).as("document %s", id).isPresent());
            stage.intelligence().forEach(id -> assertThat(scenario.intelligenceItem(id)).as("intelligence %s", id).isPresent());
            assertThat(stage.decision().options()).hasSizeGreaterThanOrEqualTo(2);
            for (Option option : stage.decision().options()) {
                assertThat(option.next()).isNotEmpty();
                assertThat(option.next().getLast().when()).isNull();
                for (Route route : option.next()) {
                    assertThat(scenario.stage(route.target()).isPresent() || scenario.ending(route.target()).isPresent())
                            .as("route target %s", route.target()).isTrue();
                    if (route.when() != null) {
                        route.when().found().forEach(flag -> assertThat(scenario.redFlag(flag)).as("red flag %s", flag).isPresent());
                    }
                }
            }
        }
        for (long seed = 0; seed < 3; seed++) {
            Variants variants = Variants.draw(scenario, seed);
            assertThat(variants.values()).hasSameSizeAs(scenario.variables());
            variants.fill(scenario.briefing().text());
            scenario.stages().forEach(stage -> variants.fill(stage.text()));
        }
        assertThat(ScenarioReader.read(name, text).definition()).as("reading again gives the same").isEqualTo(scenario);
    }

    // ---- generators ---------------------------------------------------------------------------------------------

    static final List<String> KEYS = ScenarioReader.FIELDS.values().stream().flatMap(Set::stream).distinct().sorted().toList();

    static String hostileValue(SplittableRandom random) {
        return switch (random.nextInt(24)) {
            case 0 -> "[a, b, [c]]";
            case 1 -> "{x: 1, y: [2]}";
            case 2 -> "!!java.lang.Runtime []";
            case 3 -> "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]";
            case 4 -> "*nowhere";
            case 5 -> "&anchor " + Hostile.text(random, 10);
            case 6 -> "\"" + "x".repeat(random.nextInt(100_000)) + "\"";
            case 7 -> "[".repeat(random.nextInt(4) == 0 ? 100_000 : 1 + random.nextInt(300));
            case 8 -> "{a: ".repeat(1 + random.nextInt(300));
            case 9 -> Hostile.pick(random, List.of("-1", "0", "2147483648", "-2147483649", "99999999999999999999", "1e309", ".nan",
                    "NaN", "Infinity", "-.inf", "0x1F", "0o17", "1_000", "+5", "true", "yes", "~", "null", ""));
            case 10 -> "\"${" + Hostile.text(random, 6) + "}\"";
            case 11 -> "|\n  " + Hostile.text(random, 20);
            case 12 -> "!!binary " + "QUJD".repeat(random.nextInt(10));
            case 13 -> "\"\\u0000\\x7f\\uD800\"";
            case 14 -> Hostile.pick(random, List.of("HH", "VV", "'", "''", "yyyy-MM-dd'T'HH:mm", "[", "{", "ppp", "B", "e", "O", "X"));
            case 15 -> Hostile.pick(random, List.of("2025-02-30", "+999999999-12-31", "-999999999-01-01", "0000-00-00", "2025-13-01"));
            case 16 -> random.nextBoolean() ? "? complex\n: key" : "&r [x, {y: *r}]";
            case 17 -> "!custom " + Hostile.text(random, 8);
            case 18 -> "<<: *nowhere";
            case 19 -> "\"" + Hostile.text(random, 30).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            default -> Hostile.text(random, 20);
        };
    }

    /** A line as an author might have mistyped it, indented like a line of the same file. */
    static String hostileLine(SplittableRandom random, List<String> lines) {
        String model = Hostile.pick(random, lines);
        String indent = model.substring(0, model.length() - model.stripLeading().length());
        return switch (random.nextInt(9)) {
            case 6, 7, 8 -> {
                // only the text changes, so the file often stays valid and reaches the checks after reading
                int colon = model.indexOf(": ");
                yield colon < 0 || model.stripLeading().startsWith("- ") ? model
                        : model.substring(0, colon + 2) + quoted(Hostile.text(random, 60));
            }
            case 0 -> indent + Hostile.pick(random, KEYS) + ": " + hostileValue(random);
            case 1 -> indent + "- " + hostileValue(random);
            case 2 -> indent + Hostile.text(random, 40);
            case 3 -> {
                int colon = model.indexOf(':');
                yield colon < 0 ? model : model.substring(0, colon + 1) + " " + hostileValue(random);
            }
            case 4 -> "\t" + model;
            default -> indent + "- &a [x, x, x, x]\n" + indent + "- &b [*a, *a, *a, *a, *a]\n" + indent + "- [*b, *b, *b, *b, *b, *b]";
        };
    }

    /** The text as a YAML double-quoted scalar. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7F && c <= 0x9F || Character.isSurrogate(c) || c == '\uFEFF' || c >= '\uFFFE') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static String randomDocument(SplittableRandom random, int depth) {
        StringBuilder doc = new StringBuilder();
        if (random.nextInt(8) == 0) {
            doc.append(Hostile.pick(random, List.of("%YAML 1.2\n---\n", "---\n", "\uFEFF", "%TAG ! tag:evil.example,2000:\n---\n")));
        }
        int fields = random.nextInt(12);
        for (int i = 0; i < fields; i++) {
            String key = random.nextInt(5) == 0 ? Hostile.text(random, 8).replace(":", "").replace("\n", "") : Hostile.pick(random, KEYS);
            doc.append(key).append(": ");
            doc.append(random.nextInt(3) == 0 && depth < 4 ? "\n" + randomDocument(random, depth + 1).indent(2) : hostileValue(random) + "\n");
        }
        return doc.toString();
    }

    static String deepBlock(int depth) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            text.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        return text.toString();
    }
}
