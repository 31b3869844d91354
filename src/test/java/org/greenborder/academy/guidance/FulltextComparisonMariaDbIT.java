package org.greenborder.academy.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.support.ExternalResources;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The judged queries against the database's own full-text search (InnoDB FULLTEXT, natural language mode) on
 * the same documents, next to the Lucene search, both on MariaDB. The figures go to
 * target/relevance-mariadb.properties and docs/search.md.
 */
@SpringBootTest
@ActiveProfiles("mysql")
class FulltextComparisonMariaDbIT {

    @BeforeAll
    static void startFromAnEmptySchema() {
        ExternalResources.requireEmptyMySqlSchema();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ExternalResources.useMySql(registry, false);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GuidanceService guidance;
    @Autowired
    SystemIdentity system;

    @Test
    void theJudgedQueriesAreMeasuredOnBothEngines() throws IOException {
        List<RelevanceEvaluation.Judged> judged = RelevanceTest.judgedQueries();
        jdbc.execute("ALTER TABLE guidance_document ADD FULLTEXT INDEX ft_guidance_compare (title, markdown)");
        try {
            RelevanceEvaluation fulltext = RelevanceEvaluation.evaluate(judged, (query, limit) -> jdbc.queryForList("""
                    SELECT slug FROM guidance_document
                    WHERE status = 'PUBLISHED' AND MATCH(title, markdown) AGAINST (? IN NATURAL LANGUAGE MODE)
                    ORDER BY MATCH(title, markdown) AGAINST (? IN NATURAL LANGUAGE MODE) DESC, slug
                    LIMIT ?""", String.class, query, query, limit));
            RelevanceEvaluation lucene = RelevanceEvaluation.evaluate(judged, (query, limit) ->
                    system.call(() -> guidance.search(new SearchRequest(query, null, null, null, null, limit, 0)))
                            .hits().stream().map(SearchResults.Hit::id).toList());

            Properties figures = new Properties();
            figures.setProperty("queries", String.valueOf(judged.size()));
            put(figures, "fulltext", fulltext);
            put(figures, "lucene", lucene);
            Files.createDirectories(Path.of("target"));
            try (var out = Files.newBufferedWriter(Path.of("target/relevance-mariadb.properties"))) {
                figures.store(out, "Judged queries on MariaDB: InnoDB FULLTEXT and Lucene, same documents");
            }
            System.out.println("Relevance on MariaDB: " + figures);

            // a measurement, not a race: both must rank sensibly; the figures go to docs/search.md
            assertThat(judged).hasSizeGreaterThanOrEqualTo(40);
            assertThat(fulltext.ndcg10()).isGreaterThan(0.5);
            assertThat(lucene.ndcg10()).isGreaterThan(0.5);
        } finally {
            jdbc.execute("ALTER TABLE guidance_document DROP INDEX ft_guidance_compare");
        }
    }

    private static void put(Properties figures, String engine, RelevanceEvaluation result) {
        figures.setProperty(engine + ".ndcg10", String.format(Locale.ROOT, "%.4f", result.ndcg10()));
        figures.setProperty(engine + ".mrr10", String.format(Locale.ROOT, "%.4f", result.mrr10()));
        figures.setProperty(engine + ".p5", String.format(Locale.ROOT, "%.4f", result.precision5()));
    }
}
