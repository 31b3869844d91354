package org.greenborder.academy.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.greenborder.academy.scenario.ScenarioDefinition.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scenario folder as shipped: every file valid (through the same command authors run), the catalogue the
 * issue asks for, and the JSON Schema for editors in step with the checker.
 */
class ScenarioFilesTest {

    private static final Path FOLDER = Path.of("scenarios");

    private record Run(int exit, String out, String err) {
    }

    private static Run validate(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ScenarioValidation.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyScenarioInTheRepositoryIsValid() {
        Run run = validate("validate-scenarios", "scenarios");
        assertThat(run.out()).endsWith("0 invalid" + System.lineSeparator());
        assertThat(run.exit()).as(run.out()).isZero();
    }

    @Test
    void theCatalogueHasWhatTrainersAskedFor() throws IOException {
        List<ScenarioDefinition> all;
        try (Stream<Path> files = Files.list(FOLDER)) {
            all = files.filter(ScenarioFiles::isScenarioFile).sorted()
                    .map(file -> ScenarioReader.read(file.toString(), read(file)).definition()).toList();
        }
        assertThat(all).hasSizeGreaterThanOrEqualTo(12);
        assertThat(all).filteredOn(s -> s.mode() == Mode.GROUP).isNotEmpty();
        // at least three branch over several stages, with routes that depend on what was found
        assertThat(all).filteredOn(s -> s.stages().size() >= 3 && s.stages().stream().flatMap(stage -> stage.decision().options().stream())
                .anyMatch(option -> option.next().size() > 1)).hasSizeGreaterThanOrEqualTo(3);
        // one clean, legitimate shipment: releasing it is the correct ending, holding it costs points
        assertThat(all).anySatisfy(s -> {
            assertThat(s.endings()).anySatisfy(ending -> assertThat(ending.heldLegitimate()).isTrue());
            assertThat(s.scoring().heldLegitimate()).isPositive();
        });
        // every genuine red flag teaches something and links to the library
        assertThat(all).flatMap(ScenarioDefinition::redFlags).filteredOn(ScenarioDefinition.RedFlag::genuine)
                .allSatisfy(flag -> assertThat(flag.guidance()).as(flag.id()).isNotEmpty());
    }

    @Test
    void theCommandPrintsFileLineColumnAndFailsOnAnyInvalidFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("small.yaml"), ScenarioTexts.VALID);
        Files.writeString(dir.resolve("typo.yaml"), ScenarioTexts.VALID.replace("id: small", "id: typo").replace("minutes: 10\n", "minuts: 10\n"));
        Files.writeString(dir.resolve("_draft.yaml"), "not: [even valid");
        Run run = validate("validate-scenarios", "--content", "content/guidance", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains(dir.resolve("typo.yaml") + ":7:1: unknown field 'minuts' in the scenario")
                .contains(dir.resolve("typo.yaml") + ":1:1: the scenario needs the field 'minutes'")
                .doesNotContain("small.yaml:").doesNotContain("_draft")
                .contains("2 scenario file(s) checked, 1 valid, 1 invalid");

        Files.delete(dir.resolve("typo.yaml"));
        assertThat(validate("validate-scenarios", dir.toString()).exit()).isZero();
        assertThat(validate("validate-scenarios").exit()).isEqualTo(2);
        assertThat(validate("validate-scenarios", dir.resolve("missing").toString()).exit()).isEqualTo(2);
    }

    @Test
    void guidanceLinksMustExistInTheLibrary(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("small.yaml"), ScenarioTexts.VALID.replace("guidance: [hs-codes-hcfc]", "guidance: [hs-codes-hcfcs]"));
        Run run = validate("validate-scenarios", "--content", "content/guidance", dir.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("small.yaml:58:16: red flag 'price' links to the guidance document 'hs-codes-hcfcs', which the library does not have");
    }

    @Test
    void theSchemaForEditorsListsExactlyTheFieldsTheCheckerKnows() throws IOException {
        JsonNode defs = JsonMapper.builder().build().readTree(Files.readString(FOLDER.resolve("schema.json"))).get("$defs");
        Set<String> defined = new TreeSet<>();
        defs.propertyNames().forEach(defined::add);
        assertThat(defined).isEqualTo(new TreeSet<>(ScenarioReader.FIELDS.keySet()));
        ScenarioReader.FIELDS.forEach((name, fields) -> {
            Set<String> inSchema = new TreeSet<>();
            defs.get(name).get("properties").propertyNames().forEach(inSchema::add);
            assertThat(inSchema).as("schema.json $defs." + name).isEqualTo(new TreeSet<>(fields));
            assertThat(defs.get(name).get("additionalProperties").asBoolean(true)).as(name + " forbids unknown fields").isFalse();
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
