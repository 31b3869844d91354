package org.greenborder.academy.guidance;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.projection.ProjectionCollector;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.greenborder.academy.shared.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * Turns what an officer types into a Lucene query. Words go through the English analysis with synonyms and
 * acronyms (title weighs most, then headings and topics, then the body), with a typo-tolerant pass for longer
 * words; codes are recognised and matched on the codes field (HS codes by prefix, Basel codes whole); quoted
 * phrases stay phrases.
 */
@Component
class GuidanceSearch {

    static final Map<String, String> FACET_FIELDS = Map.of(
            "conventions", "conventions", "topics", "topics", "types", "type", "audiences", "audience");

    private final EntityManager entityManager;
    private final SpellingSuggestions spelling;

    GuidanceSearch(EntityManager entityManager, SpellingSuggestions spelling) {
        this.entityManager = entityManager;
        this.spelling = spelling;
    }

    SearchResults search(SearchRequest request) {
        SearchSession session = Search.session(entityManager);
        Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        FACET_FIELDS.keySet().stream().sorted().forEach(name -> keys.put(name, AggregationKey.of(name)));
        var query = session.search(GuidanceDocument.class)
                .select(f -> f.composite()
                        .from(f.field("slug", String.class).toProjection(), f.field("title", String.class).toProjection(),
                                f.score().toProjection(),
                                f.field("conventions", String.class).collector(ProjectionCollector.list()).toProjection(),
                                f.field("topics", String.class).collector(ProjectionCollector.list()).toProjection(),
                                f.field("type", String.class).toProjection())
                        .asArray(GuidanceSearch::hit))
                .where(f -> f.bool(b -> {
                    b.filter(f.match().field("status").matching(DocumentStatus.PUBLISHED));
                    filter(b, f, "conventions", request.conventions());
                    filter(b, f, "topics", request.topics());
                    filter(b, f, "type", request.types());
                    filter(b, f, "audience", request.audiences());
                    if (request.query().isEmpty()) {
                        b.must(f.matchAll());
                    } else {
                        b.must(textQuery(f, request.query()));
                    }
                }));
        for (Map.Entry<String, AggregationKey<Map<String, Long>>> key : keys.entrySet()) {
            // facet counts ignore the facet's own filter, so the other values of that facet stay selectable
            query = query.aggregation(key.getValue(), f -> f.terms().field(FACET_FIELDS.get(key.getKey()), String.class)
                    .maxTermCount(50));
        }
        var finalQuery = query;
        SearchResult<SearchResults.Hit> result = refusingHugeQueries(() -> finalQuery.fetch(request.offset(), request.limit()));
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        keys.forEach((name, key) -> facets.put(name, result.aggregation(key)));
        List<SearchResults.Hit> hits = withSnippets(session, result.hits(), request.query());
        return new SearchResults(result.total().hitCount(), hits, facets, null);
    }

    /**
     * Second step: the snippets of one page of hits. Highlighting is most of a search's cost, and typo-tolerant
     * clauses make it several times dearer (the highlighter runs their automata over every hit's terms), so the
     * page's documents are highlighted with a plain query instead, in which words missing from the library are
     * replaced by their closest known spelling: "transboundery" still lights up "transboundary".
     */
    private List<SearchResults.Hit> withSnippets(SearchSession session, List<SearchResults.Hit> hits, String text) {
        if (hits.isEmpty()) {
            return hits;
        }
        String words = highlightWords(text);
        List<String> slugs = hits.stream().map(SearchResults.Hit::id).toList();
        Map<String, String> snippets = new java.util.HashMap<>();
        session.search(GuidanceDocument.class)
                .select(f -> f.composite().from(f.field("slug", String.class), f.highlight("body"))
                        .as((slug, body) -> new String[]{slug, snippet(body)}))
                .where(f -> f.bool(b -> {
                    b.filter(f.terms().field("slug").matchingAny(slugs));
                    if (!words.isEmpty()) {
                        b.should(f.simpleQueryString().field("body").matching(words).defaultOperator(BooleanOperator.OR));
                    }
                }))
                .highlighter(h -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(2).noMatchSize(SNIPPET_WITHOUT_MATCH + 60))
                .fetchHits(slugs.size())
                .forEach(pair -> snippets.put(pair[0], pair[1]));
        return hits.stream().map(hit -> hit.withSnippet(
                snippets.getOrDefault(hit.id(), "").isEmpty() ? hit.title() : snippets.get(hit.id()))).toList();
    }

    /** The query's words, with codes left out (they are not highlighted) and unknown words spelt as the library does. */
    private String highlightWords(String text) {
        StringBuilder words = new StringBuilder();
        for (String token : QueryText.tokens(text)) {
            if (Codes.normaliseQueryTerm(token) == null) {
                words.append(token).append(' ');
            }
        }
        String plain = words.toString().strip();
        String corrected = plain.isEmpty() ? null : spelling.suggest(plain);
        return corrected == null ? plain : plain + " " + corrected;
    }

    /**
     * A query whose words, synonyms and wildcards still make more clauses than Lucene allows (1024) is the typist's
     * to shorten: a message where they are, not a 500.
     */
    private static <T> T refusingHugeQueries(java.util.function.Supplier<T> fetch) {
        try {
            return fetch.get();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof org.apache.lucene.search.IndexSearcher.TooManyClauses) {
                    throw new RuleViolationException("The search is too wide: use fewer words and wildcards (*)");
                }
            }
            throw e;
        }
    }

    /** Titles and ids of published documents whose title contains all the typed words' beginnings. */
    List<String[]> titlesStartingWith(String prefix, int limit) {
        SearchSession session = Search.session(entityManager);
        List<String> words = java.util.Arrays.stream(prefix.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+")).limit(QueryText.MAX_TOKENS).map(QueryText::cut).toList();
        return session.search(GuidanceDocument.class)
                .select(f -> f.composite().from(f.field("slug", String.class), f.field("title", String.class))
                        .as((slug, title) -> new String[]{slug, title}))
                .where(f -> f.bool(b -> {
                    b.filter(f.match().field("status").matching(DocumentStatus.PUBLISHED));
                    for (String word : words) {
                        if (!word.isBlank()) {
                            b.must(f.wildcard().field("title").matching(escapeWildcard(word) + "*"));
                        }
                    }
                }))
                .fetchHits(limit);
    }

    @SuppressWarnings("unchecked")
    private static SearchResults.Hit hit(Object[] values) {
        return new SearchResults.Hit((String) values[0], (String) values[1], "", (Float) values[2],
                (List<String>) values[3], (List<String>) values[4], (String) values[5]);
    }

    private SearchPredicate textQuery(SearchPredicateFactory f, String text) {
        List<String> codes = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        for (String token : QueryText.tokens(text)) {
            String code = Codes.normaliseQueryTerm(token);
            if (code != null) {
                codes.add(code);
            } else {
                words.append(token).append(' ');
            }
        }
        String wordQuery = words.toString().strip();
        return f.bool(b -> {
            if (!wordQuery.isEmpty()) {
                b.should(f.simpleQueryString()
                        .field("title").boost(1.5f)
                        .field("headings").boost(1.2f)
                        .field("topics_text").boost(1.2f)
                        .field("body")
                        .matching(wordQuery)
                        .defaultOperator(BooleanOperator.OR));
                for (String word : QueryText.fuzzyCandidates(wordQuery)) {
                    b.should(f.match().field("title").boost(0.6f).field("body").boost(0.3f)
                            .matching(word).fuzzy(1, 1).analyzer(GuidanceAnalysis.TEXT));
                }
            }
            for (String code : codes) {
                b.should(f.match().field("codes").matching(code).analyzer(GuidanceAnalysis.EXACT).boost(6f));
            }
            b.minimumShouldMatchNumber(1);
        }).toPredicate();
    }

    private static void filter(org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep<?, ?> b,
                               SearchPredicateFactory f, String field, Set<String> values) {
        if (!values.isEmpty()) {
            b.filter(f.bool(any -> values.forEach(value -> any.should(f.match().field(field).matching(value)))));
        }
    }

    static final int SNIPPET_WITHOUT_MATCH = 240;

    /**
     * The highlighted passages, or "" for none (the hit then shows its title). When the body has no match (a code
     * or title match), the highlighter returns the body's beginning, which is cut here at a word, without leaving
     * half an HTML entity.
     */
    static String snippet(List<String> body) {
        if (body.isEmpty()) {
            return "";
        }
        String joined = String.join(" … ", body);
        if (joined.contains("<mark>") || joined.length() <= SNIPPET_WITHOUT_MATCH) {
            return joined;
        }
        String cut = joined.substring(0, SNIPPET_WITHOUT_MATCH);
        int space = cut.lastIndexOf(' ');
        cut = (space > SNIPPET_WITHOUT_MATCH / 2 ? cut.substring(0, space) : cut).replaceAll("&[a-zA-Z0-9#]*$", "");
        return cut + " …";
    }

    private static String escapeWildcard(String word) {
        return word.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
    }
}
