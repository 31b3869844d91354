package org.greenborder.academy.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Elasticsearch analysers get the same synonym lists as the Lucene ones, from inside the application. */
class GuidanceElasticsearchAnalysisTest {

    @Test
    void everySynonymGroupIsSentInline() {
        assertThat(GuidanceElasticsearchAnalysis.synonymLines())
                .hasSizeGreaterThan(50)
                .allSatisfy(line -> assertThat(line).contains(",").doesNotContain("=>"))
                .anySatisfy(line -> assertThat(line).startsWith("r-22,"))
                .anySatisfy(line -> assertThat(line).startsWith("tbm,"));
    }
}
