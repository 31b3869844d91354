package org.greenborder.academy.guidance;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.greenborder.academy.Application;
import org.greenborder.academy.security.SystemIdentity;
import org.hibernate.search.mapper.orm.Search;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Speed of the guidance search at service level: {@link GuidanceService#search} as a signed-in user calls it
 * (method security, read-only transaction, Lucene query with facets and highlighting, spelling fallback), over
 * the real corpus and over a generated corpus of 10,000 documents ({@link GeneratedCorpus}); and the time to
 * rebuild the whole index with the mass indexer, as {@link GuidanceStartup} does.
 *
 * <p>The whole application is started once per fork, with an in-memory H2 and a Lucene index on disk in a
 * temporary folder (local-filesystem, as in production, so commits and file reads go through the file system
 * and its page cache). Run with {@code ./mvnw -Pbenchmark -DskipTests test-compile exec:exec}; figures in
 * docs/search.md. Never run by surefire (not named *Test).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
@Threads(1)
public class GuidanceSearchBenchmark {

    private static final long SEED = 20261101L;

    /** "real": the documents in content/guidance; a number: that many documents (real plus generated). */
    @Param({"real", "10000"})
    public String corpus;

    private ConfigurableApplicationContext context;
    private GuidanceService guidance;
    private SystemIdentity system;
    private EntityManagerFactory entityManagerFactory;
    private List<String> queries;
    private int next;
    private Path dataDir;

    @Setup(Level.Trial)
    public void start() throws IOException {
        dataDir = Files.createTempDirectory("gba-benchmark-");
        context = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.org.flywaydb=ERROR",
                "--logging.level.org.apache.lucene.internal.vectorization=ERROR",
                "--gba.demo-data.enabled=false",
                "--gba.guidance.import-on-start=false",
                "--gba.data-dir=" + dataDir,
                // resolved by Spring against gba.h2-options in application.properties
                "--spring.datasource.url=jdbc:h2:mem:bench-" + UUID.randomUUID() + ";${gba.h2-options};DB_CLOSE_DELAY=-1",
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
                "--spring.jpa.properties.hibernate.generate_statistics=false",
                "--spring.jpa.properties.hibernate.search.backend.directory.root=" + dataDir.resolve("index"));
        guidance = context.getBean(GuidanceService.class);
        system = context.getBean(SystemIdentity.class);
        entityManagerFactory = context.getBean(EntityManagerFactory.class);
        GuidanceImporter importer = context.getBean(GuidanceImporter.class);

        List<ContentFile> real = importer.readFiles();
        List<ContentFile> files = "real".equals(corpus) ? real : GeneratedCorpus.of(real, Integer.parseInt(corpus), SEED);
        long started = System.nanoTime();
        ImportSummary summary = importer.importFiles(files);
        long importMillis = (System.nanoTime() - started) / 1_000_000;
        context.getBean(SpellingSuggestions.class).invalidate();
        context.getBean(GuidanceStartup.class).mergeIndexSegments(); // as the start does after an import that changed something
        if (summary.skipped() > 0 || summary.created() != files.size()) {
            throw new IllegalStateException("Corpus not imported cleanly: " + summary);
        }
        long characters = files.stream().mapToLong(file -> file.text().length()).sum();

        queries = RelevanceTest.judgedQueries().stream().map(RelevanceEvaluation.Judged::query).toList();
        long totalHits = 0;
        int withoutHits = 0;
        for (String query : queries) {
            long total = search(query).total();
            totalHits += total;
            withoutHits += total == 0 ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%nCorpus %s: %d documents, %.1f MB of text, imported and indexed in %d ms (one run); "
                        + "%d judged queries, %.1f hits per query on average, %d without hits%n",
                corpus, files.size(), characters / 1e6, importMillis, queries.size(), totalHits / (double) queries.size(), withoutHits);
    }

    /**
     * After the search benchmark, with the JIT warm: the CPU time of the calling thread per search, over three
     * passes of the judged queries. Unlike the JMH figures it does not grow when other processes compete for the
     * cores (this machine is shared), so it tells what the search itself costs.
     */
    @TearDown(Level.Trial)
    public void stop(BenchmarkParams params) throws IOException {
        if (params.getBenchmark().endsWith(".search")) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            List<Long> cpu = new ArrayList<>();
            List<Long> wall = new ArrayList<>();
            for (int pass = 0; pass < 3; pass++) {
                for (String query : queries) {
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    long wallStart = System.nanoTime();
                    search(query);
                    wall.add(System.nanoTime() - wallStart);
                    cpu.add(threads.getCurrentThreadCpuTime() - cpuStart);
                }
            }
            System.out.printf(Locale.ROOT, "%nCorpus %s, after the measurement, %d searches: CPU time of the calling thread "
                            + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; wall time p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                    corpus, cpu.size(), percentile(cpu, 50), percentile(cpu, 95), percentile(cpu, 99),
                    percentile(wall, 50), percentile(wall, 95), percentile(wall, 99));
        }
        context.close();
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** The judged queries in turn, first page of ten, no facet filter: what the search box does. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 3, time = 10)
    public SearchResults search() {
        String query = queries.get(next);
        next = next + 1 == queries.size() ? 0 : next + 1;
        return search(query);
    }

    /** The whole index rebuilt from the database, configured as GuidanceStartup does it. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 3)
    public void rebuildIndex() throws InterruptedException {
        Search.mapping(entityManagerFactory).scope(GuidanceDocument.class).massIndexer()
                .threadsToLoadObjects(1).startAndWait();
    }

    private static double percentile(List<Long> nanos, int percent) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private SearchResults search(String query) {
        return system.call(() -> guidance.search(new SearchRequest(query, null, null, null, null, 10, 0)));
    }
}
