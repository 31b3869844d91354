package org.greenborder.academy.guidance;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * "Did you mean": the words of the published documents with their frequencies, and for a word that is not
 * among them the most frequent one within one or two edits. Rebuilt lazily after every change to the library.
 */
@Component
class SpellingSuggestions {

    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

    private final GuidanceDocumentRepository documents;
    private volatile Map<String, Integer> vocabulary;

    SpellingSuggestions(GuidanceDocumentRepository documents) {
        this.documents = documents;
    }

    void invalidate() {
        vocabulary = null;
    }

    /** The query with unknown words replaced by their closest known word, or null if nothing would change. */
    String suggest(String query) {
        Map<String, Integer> words = vocabulary();
        StringBuilder result = new StringBuilder();
        boolean changed = false;
        Matcher matcher = WORD.matcher(query);
        int last = 0;
        while (matcher.find()) {
            result.append(query, last, matcher.start());
            String word = matcher.group().toLowerCase(Locale.ROOT);
            String replacement = words.containsKey(word) ? null : closest(word, words);
            if (replacement != null) {
                result.append(replacement);
                changed = true;
            } else {
                result.append(matcher.group());
            }
            last = matcher.end();
        }
        result.append(query.substring(last));
        return changed ? result.toString() : null;
    }

    /** Known words starting with the prefix, most frequent first. */
    List<String> complete(String prefix, int limit) {
        String wanted = prefix.toLowerCase(Locale.ROOT);
        return vocabulary().entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(wanted) && !entry.getKey().equals(wanted))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    private static String closest(String word, Map<String, Integer> words) {
        int allowed = word.length() <= 4 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestFrequency = 0;
        for (Map.Entry<String, Integer> candidate : words.entrySet()) {
            if (Math.abs(candidate.getKey().length() - word.length()) > allowed) {
                continue;
            }
            int distance = distance(word, candidate.getKey(), allowed);
            if (distance <= allowed && (distance < bestDistance || distance == bestDistance && candidate.getValue() > bestFrequency)) {
                best = candidate.getKey();
                bestDistance = distance;
                bestFrequency = candidate.getValue();
            }
        }
        return best;
    }

    /** Damerau-Levenshtein (optimal string alignment) distance, giving up above the limit. */
    static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }

    private Map<String, Integer> vocabulary() {
        Map<String, Integer> current = vocabulary;
        if (current == null) {
            Map<String, Integer> built = new HashMap<>();
            for (GuidanceDocument document : documents.findByStatus(DocumentStatus.PUBLISHED)) {
                Matcher matcher = WORD.matcher(document.getTitle() + " " + MarkdownText.plainText(document.getMarkdown()));
                while (matcher.find()) {
                    built.merge(matcher.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
            vocabulary = current = Map.copyOf(built);
        }
        return current;
    }
}
