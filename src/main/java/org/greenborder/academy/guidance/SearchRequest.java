package org.greenborder.academy.guidance;

import java.util.Set;

/** A search of the library: the words typed, the facet filters chosen (empty = any) and the page wanted. */
public record SearchRequest(String query, Set<String> conventions, Set<String> topics, Set<String> types,
                            Set<String> audiences, int limit, int offset) {

    public static final int MAX_LIMIT = 100;
    /** The furthest page start: no one pages that deep, and offset + limit past Integer.MAX_VALUE broke the search. */
    public static final int MAX_OFFSET = 10_000;
    /** The longest query searched; the rest is ignored. */
    public static final int MAX_QUERY = 500;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        conventions = conventions == null ? Set.of() : Set.copyOf(conventions);
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        types = types == null ? Set.of() : Set.copyOf(types);
        audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
        offset = Math.max(0, Math.min(offset, MAX_OFFSET));
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Set.of(), Set.of(), Set.of(), Set.of(), 10, 0);
    }
}
