package org.greenborder.academy.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.greenborder.academy.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application as an operator runs it, in a process of its own on a data folder, killed with SIGKILL
 * ({@code kill -9}) and started again on the same folder; between two runs the index files are damaged. Search is
 * checked over HTTP as a client sees it. Needs no external server, so it always runs in {@code ./mvnw verify}.
 */
class SearchIndexRecoveryIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final String WARNING = "Guidance search index: ";

    @TempDir
    Path folder;

    @Test
    void afterKillMinus9TheIndexIsUsedAsItWasAndItsStaleWriteLockDoesNotBlockWrites() throws Exception {
        Path content = contentWith("kill-one", "Quokkafirst note");
        long published;
        try (RunningApp app = RunningApp.start(folder, content, "first")) {
            assertThat(app.search("quokkafirst")).containsExactly("kill-one");
            published = app.total("");
            assertThat(index().resolve("write.lock")).exists();
            app.kill();
        }
        // the killed process could not remove its lock file; only the OS lock it held died with it
        assertThat(index().resolve("write.lock")).exists();
        addDocument(content, "kill-two", "Quokkasecond note");

        try (RunningApp app = RunningApp.start(folder, content, "second")) {
            assertThat(app.search("quokkafirst")).containsExactly("kill-one");
            // imported at this start, so written into the index behind the stale write.lock
            assertThat(app.search("quokkasecond")).containsExactly("kill-two");
            assertThat(app.total("")).isEqualTo(published + 1);
            assertThat(app.log()).as("the index was whole after kill -9: no repair").doesNotContain(WARNING)
                    .doesNotContain("LockObtainFailedException");
        }
    }

    @Test
    void damagedIndexFilesAreFoundAtStartAndTheIndexIsRebuilt() throws Exception {
        Path content = contentWith("damage-one", "Quokkathird note");
        long published;
        try (RunningApp app = RunningApp.start(folder, content, "first")) {
            published = app.total("");
            app.kill();
        }

        Path largest = indexFiles().max(Comparator.comparingLong(SearchIndexRecoveryIT::size)).orElseThrow();
        try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
            file.setLength(file.length() / 2);
        }
        try (RunningApp app = RunningApp.start(folder, content, "truncated")) {
            assertThat(app.log()).contains(WARNING + "it cannot be read").contains("dropping it and rebuilding it");
            assertSearchWorks(app, published);
            app.kill();
        }

        // the commit point (segments_N) now names a file that is gone
        Path deleted = indexFiles().filter(file -> file.getFileName().toString().endsWith(".si")).findFirst().orElseThrow();
        Files.delete(deleted);
        try (RunningApp app = RunningApp.start(folder, content, "deleted")) {
            assertThat(app.log()).contains(WARNING + "it cannot be read").contains(deleted.getFileName().toString());
            assertSearchWorks(app, published);
        }
    }

    private static void assertSearchWorks(RunningApp app, long published) {
        assertThat(app.total("")).isEqualTo(published);
        assertThat(app.search("quokkathird")).containsExactly("damage-one");
        assertThat(app.search("2903.71")).contains("hs-codes-hcfc");
    }

    private Path index() {
        return folder.resolve("data/index/guidance");
    }

    /** The segment files, not the commit point or the lock. */
    private Stream<Path> indexFiles() throws IOException {
        try (Stream<Path> files = Files.list(index())) {
            return files.filter(file -> !file.getFileName().toString().startsWith("segments")
                    && !file.getFileName().toString().equals("write.lock")).sorted().toList().stream();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the project's content/ with one more document, which only this test's words find. */
    private Path contentWith(String id, String title) throws IOException {
        Path content = folder.resolve("content");
        Path source = Path.of("content/guidance");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = content.resolve("guidance").resolve(source.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        addDocument(content, id, title);
        return content;
    }

    private static void addDocument(Path content, String id, String title) throws IOException {
        Files.writeString(content.resolve("guidance/" + id + ".md"), """
                ---
                id: %s
                title: "%s"
                conventions: [Montreal]
                topics: [faults]
                audience: [customs]
                type: guide
                language: en
                sources:
                  - "Test source"
                last_reviewed: 2026-11-01
                ---
                # %s

                Written by the fault test.
                """.formatted(id, title, title));
    }

    /** One run of the application in a child JVM, with its output in a file; never left running. */
    private static final class RunningApp implements AutoCloseable {

        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private static final String TRAINEE = "Basic " + Base64.getEncoder().encodeToString("trainee:ozone-layer-1987".getBytes(StandardCharsets.UTF_8));

        private final Process process;
        private final Path log;
        private final int port;

        private RunningApp(Process process, Path log, int port) {
            this.process = process;
            this.log = log;
            this.port = port;
        }

        /** Starts the application as an operator would (environment variables, demo data) and waits until it is ready. */
        static RunningApp start(Path folder, Path content, String name) throws IOException, InterruptedException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path log = folder.resolve(name + ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp", classpath(), Application.class.getName()));
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(key -> key.startsWith("GBA_") || key.startsWith("SPRING_")
                    || key.startsWith("MYSQL_") || key.equals("PORT"));
            builder.environment().put("GBA_DATA_DIR", folder.resolve("data").toString());
            builder.environment().put("GBA_CONTENT_DIR", content.toString());
            builder.environment().put("PORT", Integer.toString(port));
            RunningApp app = new RunningApp(builder.start(), log, port);
            try {
                app.awaitReady();
                return app;
            } catch (RuntimeException | Error | InterruptedException e) {
                app.close();
                throw e;
            }
        }

        /**
         * The test's class path without the test classes: their configuration (an in-memory database per context)
         * would replace the embedded default that an operator runs. Surefire and failsafe put the real class path
         * in surefire.test.class.path when java.class.path is only their launcher jar.
         */
        private static String classpath() {
            String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            return Stream.of(path.split(java.io.File.pathSeparator))
                    .filter(entry -> !entry.replace('\\', '/').endsWith("/test-classes")
                            && !entry.replace('\\', '/').endsWith("/test-classes/"))
                    .reduce((a, b) -> a + java.io.File.pathSeparator + b).orElseThrow();
        }

        /** Readiness is UP only after the start-up runners, the index check among them, have finished. */
        private void awaitReady() throws InterruptedException {
            Instant deadline = Instant.now().plus(START_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new AssertionError("The application stopped during start (exit " + process.exitValue() + "):\n" + tail());
                }
                try {
                    HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // the port opens part-way through the start
                }
                Thread.sleep(500);
            }
            throw new AssertionError("The application was not ready within " + START_TIMEOUT + ":\n" + tail());
        }

        List<String> search(String query) {
            List<String> ids = new ArrayList<>();
            searchJson(query).get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
            return ids;
        }

        long total(String query) {
            return searchJson(query).get("total").asLong();
        }

        private JsonNode searchJson(String query) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/api/guidance/search?limit=20&q="
                                + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                        .header("Authorization", TRAINEE).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as("search for '%s': %s", query, response.body()).isEqualTo(200);
                return JsonMapper.builder().build().readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** SIGKILL, as {@code kill -9}: no shutdown hook, no index writer closed, no lock released by the JVM. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new AssertionError("The application did not die within 30 s of SIGKILL");
            }
        }

        String log() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String tail() {
            String text = log();
            return text.substring(Math.max(0, text.length() - 6000));
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        @Override
        public void close() throws InterruptedException {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            }
            // what the operator would see of this run, for whoever reads the test's output
            log().lines().filter(line -> line.contains(WARNING) || line.contains("Started Application"))
                    .forEach(line -> System.out.println(log.getFileName() + ": " + line));
        }
    }
}
