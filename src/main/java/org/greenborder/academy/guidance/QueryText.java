package org.greenborder.academy.guidance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splitting what was typed into words, keeping quoted phrases together. */
final class QueryText {

    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "from", "what", "which", "when", "how",
            "who", "does", "into", "this", "that", "code", "codes");

    /**
     * The longest word searched, in code points; the rest of a longer one is ignored. No word or code is longer,
     * and Lucene refuses the automaton of a prefix, wildcard or fuzzy term past about 1000 UTF-8 bytes.
     */
    static final int MAX_WORD = 100;

    /** The most words searched; the rest are ignored. Each word is several clauses, and Lucene allows 1024. */
    static final int MAX_TOKENS = 24;

    private QueryText() {
    }

    static String cut(String word) {
        return word.codePointCount(0, word.length()) <= MAX_WORD ? word : word.substring(0, word.offsetByCodePoints(0, MAX_WORD));
    }

    /** Whitespace-separated tokens; a quoted phrase stays one token, quotes included. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inQuote = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                inQuote = !inQuote;
                current.append(c);
            } else if (Character.isWhitespace(c) && !inQuote) {
                if (!current.isEmpty()) {
                    tokens.add(cut(current.toString()));
                    current.setLength(0);
                }
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            tokens.add(cut(current.toString()));
        }
        return tokens.size() <= MAX_TOKENS ? tokens : List.copyOf(tokens.subList(0, MAX_TOKENS));
    }

    /** Words long enough, and plain enough, to be worth a typo-tolerant match. */
    static List<String> fuzzyCandidates(String wordQuery) {
        List<String> words = new ArrayList<>();
        for (String token : tokens(wordQuery)) {
            if (token.startsWith("\"")) {
                continue;
            }
            String word = token.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
            if (word.length() >= 5 && word.equals(token.toLowerCase(Locale.ROOT)) && !STOP.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
