package org.greenborder.academy.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.greenborder.academy.security.SystemIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The judged query sets in content/judged/ against the real corpus: the figures may not fall below the stored
 * baseline (src/test/resources/guidance/relevance-baseline.properties). The figures are written to
 * target/relevance.properties for docs/search.md.
 */
@SpringBootTest
class RelevanceTest {

    private static final double TOLERANCE = 0.005;

    @Autowired
    GuidanceService guidance;
    @Autowired
    SystemIdentity system;

    @Test
    void rankingDoesNotFallBelowTheBaseline() throws IOException {
        List<RelevanceEvaluation.Judged> judged = judgedQueries();
        assertThat(judged).hasSizeGreaterThanOrEqualTo(40);
        RelevanceEvaluation result = RelevanceEvaluation.evaluate(judged, (query, limit) ->
                system.call(() -> guidance.search(new SearchRequest(query, null, null, null, null, limit, 0)))
                        .hits().stream().map(SearchResults.Hit::id).toList());

        Properties figures = new Properties();
        figures.setProperty("queries", String.valueOf(result.queries()));
        figures.setProperty("ndcg10", format(result.ndcg10()));
        figures.setProperty("mrr10", format(result.mrr10()));
        figures.setProperty("p5", format(result.precision5()));
        Files.createDirectories(Path.of("target"));
        try (var out = Files.newBufferedWriter(Path.of("target/relevance.properties"))) {
            figures.store(out, "Lucene relevance on the judged query sets");
        }
        System.out.println("Relevance (Lucene): " + figures);

        Properties baseline = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/guidance/relevance-baseline.properties")) {
            baseline.load(in);
        }
        assertThat(result.ndcg10()).as("nDCG@10").isGreaterThanOrEqualTo(Double.parseDouble(baseline.getProperty("ndcg10")) - TOLERANCE);
        assertThat(result.mrr10()).as("MRR@10").isGreaterThanOrEqualTo(Double.parseDouble(baseline.getProperty("mrr10")) - TOLERANCE);
        assertThat(result.precision5()).as("P@5").isGreaterThanOrEqualTo(Double.parseDouble(baseline.getProperty("p5")) - TOLERANCE);
    }

    @Test
    void theMeasuresAreComputedAsDefined() {
        Map<String, Integer> grades = Map.of("a", 3, "b", 1);
        assertThat(RelevanceEvaluation.ndcg(List.of("a", "b"), grades, 10)).isCloseTo(1.0, within(1e-9));
        assertThat(RelevanceEvaluation.ndcg(List.of("x", "a"), grades, 10)).isCloseTo((7 / Math.log(3) * Math.log(2)) / (7 + 1 / (Math.log(3) / Math.log(2))), within(1e-9));
        assertThat(RelevanceEvaluation.reciprocalRank(List.of("x", "b", "a"), grades, 10)).isEqualTo(1.0 / 3);
        assertThat(RelevanceEvaluation.precision(List.of("a", "x", "b", "y", "z"), grades, 5)).isEqualTo(0.4);
    }

    /** Every judged set shipped in content/judged/, as the application sees its content. */
    static List<RelevanceEvaluation.Judged> judgedQueries() throws IOException {
        List<RelevanceEvaluation.Judged> judged = new ArrayList<>();
        YAMLMapper yaml = YAMLMapper.builder().build();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:content/judged/*.yaml")) {
            try (InputStream in = resource.getInputStream()) {
                List<?> entries = yaml.readValue(in, List.class);
                for (Object entry : entries) {
                    Map<?, ?> map = (Map<?, ?>) entry;
                    Map<String, Integer> grades = new LinkedHashMap<>();
                    ((Map<?, ?>) map.get("relevant")).forEach((id, grade) -> grades.put(id.toString(), Integer.parseInt(grade.toString())));
                    judged.add(new RelevanceEvaluation.Judged(map.get("query").toString(), grades));
                }
            }
        }
        return judged;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
