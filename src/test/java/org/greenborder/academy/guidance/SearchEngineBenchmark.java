package org.greenborder.academy.guidance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.greenborder.academy.Application;
import org.greenborder.academy.security.SystemIdentity;
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
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same judged queries, first page of ten, on three engines over the same documents in MariaDB:
 * <ul>
 * <li>{@code service}: the library's search as users get it (Hibernate Search over Lucene: synonyms, codes, typo
 * tolerance, facets, highlighting);</li>
 * <li>{@code lucene}: bare Lucene on the very same index files, a boolean query of the analysed words on title and
 * body, ids only: the floor that the service's features are added to;</li>
 * <li>{@code fulltext}: InnoDB FULLTEXT in natural language mode on title and text, ids only.</li>
 * </ul>
 * Needs MariaDB (or MySQL) with an empty database the user may alter: {@code -Dgba.bench.mysql-url}, default
 * {@code jdbc:mysql://127.0.0.1:3306/greenborder_bench}, user and password greenborder.
 * {@code ./mvnw -Pbenchmark -DskipTests test-compile exec:exec -Djmh.args="SearchEngineBenchmark"}
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
@Threads(1)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 8)
public class SearchEngineBenchmark {

    @Param({"real", "10000"})
    public String corpus;

    @Param({"service", "lucene", "fulltext"})
    public String engine;

    private ConfigurableApplicationContext context;
    private GuidanceService guidance;
    private SystemIdentity system;
    private JdbcTemplate jdbc;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private Analyzer analyzer;
    private List<String> queries;
    private int next;
    private Path dataDir;

    @Setup(Level.Trial)
    public void start() throws IOException {
        dataDir = Files.createTempDirectory("gba-engines-");
        String url = System.getProperty("gba.bench.mysql-url", "jdbc:mysql://127.0.0.1:3306/greenborder_bench")
                + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC";
        context = new SpringApplicationBuilder(Application.class).profiles("mysql").run(
                "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--logging.level.org.flywaydb=ERROR", "--logging.level.org.apache.lucene.internal.vectorization=ERROR",
                "--gba.demo-data.enabled=false", "--gba.guidance.import-on-start=false", "--gba.data-dir=" + dataDir,
                "--spring.datasource.url=" + url, "--spring.flyway.clean-disabled=false",
                // the test classpath's config keeps the index in the heap and counts statements: not here
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
                "--spring.jpa.properties.hibernate.generate_statistics=false",
                "--spring.jpa.properties.hibernate.search.backend.directory.root=" + dataDir.resolve("index"));
        guidance = context.getBean(GuidanceService.class);
        system = context.getBean(SystemIdentity.class);
        jdbc = context.getBean(JdbcTemplate.class);
        GuidanceImporter importer = context.getBean(GuidanceImporter.class);
        List<ContentFile> real = importer.readFiles();
        List<ContentFile> files = "real".equals(corpus) ? real : GeneratedCorpus.of(real, Integer.parseInt(corpus), 20261101L);
        jdbc.execute("ALTER TABLE guidance_document DROP INDEX IF EXISTS ft_guidance_bench"); // a trial that crashed
        jdbc.execute("DELETE FROM guidance_document");
        ImportSummary summary = importer.importFiles(files);
        if (summary.created() != files.size()) {
            throw new IllegalStateException("Corpus not imported cleanly: " + summary);
        }
        context.getBean(GuidanceStartup.class).mergeIndexSegments();
        if ("fulltext".equals(engine)) {
            jdbc.execute("ALTER TABLE guidance_document ADD FULLTEXT INDEX ft_guidance_bench (title, markdown)");
        }
        // the index's own analysis (without the query-time synonyms), so that bare Lucene finds the indexed terms
        analyzer = org.hibernate.search.mapper.orm.Search.mapping(context.getBean(jakarta.persistence.EntityManagerFactory.class))
                .backend().unwrap(org.hibernate.search.backend.lucene.LuceneBackend.class)
                .analyzer(GuidanceAnalysis.TEXT).orElseThrow();
        Path indexDir;
        try (Stream<Path> paths = Files.walk(dataDir)) {
            indexDir = paths.filter(path -> path.getFileName().toString().startsWith("segments_")).map(Path::getParent)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no Lucene index under " + dataDir));
        }
        reader = DirectoryReader.open(FSDirectory.open(indexDir));
        searcher = new IndexSearcher(reader);
        queries = RelevanceTest.judgedQueries().stream().map(RelevanceEvaluation.Judged::query).toList();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        reader.close();
        if ("fulltext".equals(engine)) {
            jdbc.execute("ALTER TABLE guidance_document DROP INDEX ft_guidance_bench");
        }
        jdbc.execute("DELETE FROM guidance_document");
        context.close();
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Benchmark
    public Object search() throws IOException {
        String query = queries.get(next);
        next = next + 1 == queries.size() ? 0 : next + 1;
        return switch (engine) {
            case "service" -> system.call(() -> guidance.search(new SearchRequest(query, null, null, null, null, 10, 0)));
            case "lucene" -> lucene(query);
            case "fulltext" -> jdbc.queryForList("""
                    SELECT id FROM guidance_document
                    WHERE status = 'PUBLISHED' AND MATCH(title, markdown) AGAINST (? IN NATURAL LANGUAGE MODE)
                    ORDER BY MATCH(title, markdown) AGAINST (? IN NATURAL LANGUAGE MODE) DESC LIMIT 10""", Long.class, query, query);
            default -> throw new IllegalArgumentException(engine);
        };
    }

    private TopDocs lucene(String text) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words(text)) {
            query.add(new BoostQuery(new TermQuery(new Term("title", word)), 1.5f), BooleanClause.Occur.SHOULD);
            query.add(new TermQuery(new Term("body", word)), BooleanClause.Occur.SHOULD);
        }
        Query built = query.build();
        return searcher.search(built, 10);
    }

    private List<String> words(String text) throws IOException {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        }
        return words;
    }
}
