package org.greenborder.academy.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.greenborder.academy.shared.ContentFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scenarios on offer: the files of the scenario folder (GBA_SCENARIO_DIR, or those shipped in the
 * application), read and checked at start and on an admin's reload. Valid files replace what was on offer;
 * invalid ones are recorded as problems and, if an earlier version of the same scenario was valid, that version
 * stays on offer. Every valid text is stored once ({@link ScenarioVersion}), so attempts replay on their own text.
 */
@Component
class ScenarioCatalogue {

    private static final Logger log = LoggerFactory.getLogger(ScenarioCatalogue.class);

    record Loaded(ScenarioDefinition definition, Long versionId, String sourcePath) {
    }

    private record SourceFile(String path, String text, String readError) {
    }

    private final ScenarioVersionRepository versions;
    private final StoredProblemRepository problems;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String scenarioDir;
    private volatile Map<String, Loaded> offered = Map.of();
    private final Map<Long, ScenarioDefinition> byVersion = new ConcurrentHashMap<>();

    ScenarioCatalogue(ScenarioVersionRepository versions, StoredProblemRepository problems, TransactionTemplate transaction,
                      Clock clock, @Value("${gba.scenarios.dir:}") String scenarioDir) {
        this.versions = versions;
        this.problems = problems;
        this.transaction = transaction;
        this.clock = clock;
        this.scenarioDir = scenarioDir;
    }

    synchronized ReloadSummary load() {
        return load(readFiles());
    }

    /** Loads exactly these texts (path to text), as if they were the whole folder. */
    synchronized ReloadSummary loadTexts(Map<String, String> files) {
        List<SourceFile> sources = new ArrayList<>();
        files.forEach((path, text) -> sources.add(new SourceFile(path, text, null)));
        return load(sources);
    }

    private ReloadSummary load(List<SourceFile> files) {
        Instant now = Instant.now(clock);
        List<ScenarioProblem> found = new ArrayList<>();
        Map<String, Loaded> next = new LinkedHashMap<>();
        Map<String, String> pathById = new LinkedHashMap<>();
        int invalid = 0;
        for (SourceFile file : files) {
            if (file.text() == null) {
                found.add(new ScenarioProblem(file.path(), 1, 1, file.readError()));
                invalid++;
                continue;
            }
            ScenarioReader.Result result = ScenarioReader.read(file.path(), file.text());
            if (!result.valid()) {
                found.addAll(result.problems());
                invalid++;
                Loaded earlier = offered.values().stream().filter(loaded -> loaded.sourcePath().equals(file.path())).findFirst().orElse(null);
                if (earlier != null && !next.containsKey(earlier.definition().id())) {
                    next.put(earlier.definition().id(), earlier);
                    pathById.put(earlier.definition().id(), file.path());
                }
                continue;
            }
            ScenarioDefinition definition = result.definition();
            String other = pathById.get(definition.id());
            if (other != null && !other.equals(file.path())) {
                found.add(new ScenarioProblem(file.path(), 1, 1, "the id '" + definition.id() + "' is already used by " + other));
                invalid++;
                continue;
            }
            String checksum = ContentFiles.sha256(file.text());
            Long versionId = transaction.execute(status -> versions.findByScenarioIdAndChecksum(definition.id(), checksum)
                    .orElseGet(() -> versions.save(new ScenarioVersion(definition.id(), checksum, file.text(), file.path(), now)))
                    .getId());
            byVersion.put(versionId, definition);
            next.put(definition.id(), new Loaded(definition, versionId, file.path()));
            pathById.put(definition.id(), file.path());
        }
        transaction.executeWithoutResult(status -> {
            problems.deleteAllInBatch();
            found.forEach(problem -> problems.save(new StoredProblem(problem, now)));
        });
        found.forEach(problem -> log.warn("Scenario problem: {}", problem));
        offered = Map.copyOf(next);
        log.info("Scenarios loaded: {} on offer, {} file(s) with problems", next.size(), invalid);
        return new ReloadSummary(next.size(), invalid);
    }

    List<Loaded> offered() {
        return offered.values().stream().sorted(Comparator.comparing(loaded -> loaded.definition().title())).toList();
    }

    Optional<Loaded> offered(String scenarioId) {
        return Optional.ofNullable(offered.get(scenarioId));
    }

    /** The definition an attempt was started on, read again from its stored text if it is no longer on offer. */
    ScenarioDefinition version(Long versionId) {
        return byVersion.computeIfAbsent(versionId, id -> {
            ScenarioVersion version = transaction.execute(status -> versions.findById(id).orElseThrow());
            ScenarioReader.Result result = ScenarioReader.read(version.getSourcePath(), version.getSource());
            if (result.definition() == null) {
                throw new IllegalStateException("stored scenario version " + id + " no longer reads: " + result.problems());
            }
            return result.definition();
        });
    }

    List<ScenarioProblem> problems() {
        return transaction.execute(status -> problems.findAllByOrderBySourcePathAscLineAscColumnAsc().stream()
                .map(StoredProblem::toProblem).toList());
    }

    private List<SourceFile> readFiles() {
        List<SourceFile> files = new ArrayList<>();
        if (scenarioDir != null && !scenarioDir.isBlank()) {
            Path root = Path.of(scenarioDir);
            if (!Files.isDirectory(root)) {
                log.warn("Scenario folder {} does not exist; no scenarios on offer", root.toAbsolutePath());
                return files;
            }
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.filter(ScenarioFiles::isScenarioFile).sorted().toList()) {
                    String relative = root.relativize(path).toString().replace('\\', '/');
                    try {
                        files.add(decode(relative, Files.readAllBytes(path)));
                    } catch (IOException e) {
                        files.add(new SourceFile(relative, null, "cannot read the file: " + e.getMessage()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return files;
        }
        try {
            for (String pattern : List.of("classpath*:scenarios/**/*.yaml", "classpath*:scenarios/**/*.yml")) {
                for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                    String url = resource.getURL().toString();
                    String path = url.substring(url.lastIndexOf("scenarios/") + "scenarios/".length());
                    String name = path.substring(path.lastIndexOf('/') + 1);
                    if (name.startsWith("_") || name.startsWith(".")) {
                        continue;
                    }
                    try (InputStream in = resource.getInputStream()) {
                        files.add(decode(path, in.readAllBytes()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparing(SourceFile::path));
        return files;
    }

    private static SourceFile decode(String path, byte[] bytes) {
        if (bytes.length > ScenarioReader.MAX_FILE_CHARS * 4L) {
            return new SourceFile(path, null, "the file is larger than " + ScenarioReader.MAX_FILE_CHARS / 1024 + " KB");
        }
        try {
            return new SourceFile(path, ContentFiles.utf8(bytes), null);
        } catch (CharacterCodingException e) {
            return new SourceFile(path, null, "the file is not UTF-8 text");
        }
    }

}
