package org.greenborder.academy.guidance;

import java.util.List;
import java.util.Map;

/**
 * Hits with highlighted snippets (HTML-escaped text with {@code <mark>} around matches), facet counts per
 * facet name (conventions, topics, types, audiences), and a "did you mean" when nothing was found.
 */
public record SearchResults(long total, List<Hit> hits, Map<String, Map<String, Long>> facets, String didYouMean) {

    public record Hit(String id, String title, String snippet, float score, List<String> conventions, List<String> topics,
                      String type) {

        Hit withSnippet(String text) {
            return new Hit(id, title, text, score, conventions, topics, type);
        }
    }
}
