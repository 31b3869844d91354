package org.greenborder.academy.guidance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analysers of {@link GuidanceAnalysis} for an Elasticsearch/OpenSearch backend (profile "elasticsearch"),
 * component for component, so that the same mapping ranks the same way on either backend. The synonym lists are
 * sent inline (the search cluster cannot read files inside this application).
 */
public class GuidanceElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("gba_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("gba_synonyms").type("synonym_graph").param("synonyms", synonymLines().toArray(String[]::new))
                .param("lenient", true);
        context.tokenFilter("gba_code_prefixes").type("edge_ngram").param("min_gram", 2).param("max_gram", 8)
                .param("preserve_original", true);
        context.analyzer(GuidanceAnalysis.TEXT).custom().tokenizer("standard")
                .tokenFilters("lowercase", "gba_possessive", "stop", "asciifolding", "kstem");
        context.analyzer(GuidanceAnalysis.TEXT_QUERY).custom().tokenizer("standard")
                .tokenFilters("lowercase", "gba_possessive", "stop", "asciifolding", "gba_synonyms", "kstem");
        context.analyzer(GuidanceAnalysis.CODES).custom().tokenizer("whitespace")
                .tokenFilters("lowercase", "gba_code_prefixes");
        context.analyzer(GuidanceAnalysis.EXACT).custom().tokenizer("whitespace").tokenFilters("lowercase");
    }

    static List<String> synonymLines() {
        List<String> lines = new ArrayList<>();
        for (String resource : GuidanceAnalysis.SYNONYMS.split(",")) {
            try (InputStream in = GuidanceElasticsearchAnalysis.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Synonym list missing from the application: " + resource);
                }
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(lines::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }
}
