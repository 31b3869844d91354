package org.greenborder.academy.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What every move of a trainee costs the server besides the database: the attempt's state is rebuilt from its
 * stored moves (Engine.replay) and scored. Per scenario file, for a diligent attempt: every action of each stage
 * that the rules allow, every visible red flag noted, the first decision taken, until an ending. Also the cost of
 * reading and checking a scenario file, which the catalogue does once per version.
 * {@code ./mvnw -Pbenchmark -DskipTests test-compile exec:exec -Djmh.args="ScoringBenchmark"}
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx512m"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScoringBenchmark {

    @Param({"hcfc22-declared-as-hfc134a", "ewaste-declared-as-used-goods-2025", "blend-wrong-3827-subheading"})
    public String scenario;

    private String source;
    private ScenarioDefinition definition;
    private List<Engine.Move> moves;

    @Setup
    public void prepare() throws IOException {
        Path file = scenarios().resolve(scenario + ".yaml");
        source = Files.readString(file, StandardCharsets.UTF_8);
        definition = ScenarioReader.read(file.getFileName().toString(), source).definition();
        moves = diligentMoves(definition);
    }

    static Path scenarios() {
        for (Path candidate : List.of(Path.of("scenarios"), Path.of("../scenarios"))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("run from the project folder: no scenarios/ here");
    }

    /** Every allowed action, every visible flag, then the first option, stage after stage. */
    static List<Engine.Move> diligentMoves(ScenarioDefinition definition) {
        List<Engine.Move> moves = new ArrayList<>();
        Engine.State state = Engine.start(definition);
        for (int guard = 0; guard < 50 && !state.ended(); guard++) {
            ScenarioDefinition.Stage stage = definition.stage(state.stageId()).orElseThrow();
            for (ScenarioDefinition.Action action : stage.actions()) {
                Engine.Move move = new Engine.Move(StepKind.ACTION, action.id(), null);
                if (Engine.refusal(definition, state, move) == null) {
                    state = Engine.apply(definition, state, move);
                    moves.add(move);
                }
            }
            for (ScenarioDefinition.RedFlag flag : Engine.visibleFlags(definition, state)) {
                Engine.Move move = new Engine.Move(StepKind.FLAG, flag.id(), null);
                if (!state.flags().contains(flag.id()) && Engine.refusal(definition, state, move) == null) {
                    state = Engine.apply(definition, state, move);
                    moves.add(move);
                }
            }
            String legalBasis = definition.legalBases().isEmpty() ? null : definition.legalBases().getFirst().id();
            Engine.Move decision = new Engine.Move(StepKind.DECISION, stage.decision().options().getFirst().id(), legalBasis);
            if (Engine.refusal(definition, state, decision) != null) {
                decision = new Engine.Move(StepKind.DECISION, stage.decision().options().getFirst().id(), null);
            }
            state = Engine.apply(definition, state, decision);
            moves.add(decision);
        }
        return List.copyOf(moves);
    }

    @Benchmark
    public Scoring.Score replayAndScore() {
        Engine.State state = Engine.replay(definition, moves);
        return Scoring.score(definition, state, definition.ending(state.endingId()).orElse(null), state.legalBasisId(),
                Duration.ofMinutes(20));
    }

    @Benchmark
    public void readAndCheckFile(Blackhole hole) {
        hole.consume(ScenarioReader.read(scenario + ".yaml", source));
    }

    /** For a quick look without JMH: the moves of each diligent attempt. */
    public static void main(String[] args) throws IOException {
        try (Stream<Path> files = Files.list(scenarios())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                ScenarioDefinition d = ScenarioReader.read(file.getFileName().toString(), Files.readString(file)).definition();
                System.out.println(file.getFileName() + ": " + diligentMoves(d).size() + " moves");
            }
        }
    }
}
