package org.greenborder.academy.guidance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A guidance file: YAML front matter between two "---" lines, then Markdown. Parsing never throws for bad
 * content; it lists what is wrong, so one broken file cannot stop the import of the others.
 */
final class FrontMatter {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    record Parsed(String slug, String title, Set<String> conventions, Set<String> topics, Set<String> audience,
                  String type, String language, List<String> sources, LocalDate lastReviewed, String markdown) {
    }

    /** Either a parsed document or the reasons it is not one. */
    record Result(Parsed document, List<String> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    private FrontMatter() {
    }

    static Result parse(String text) {
        List<String> problems = new ArrayList<>();
        String normalised = text.replace("\r\n", "\n").replace("\uFEFF", "");
        if (!normalised.startsWith("---\n")) {
            return new Result(null, List.of("The file does not start with a front matter block (a line '---')"));
        }
        int end = normalised.indexOf("\n---", 4);
        if (end < 0) {
            return new Result(null, List.of("The front matter block is not closed with a line '---'"));
        }
        String yaml = normalised.substring(4, end);
        int bodyStart = normalised.indexOf('\n', end + 4);
        String markdown = bodyStart < 0 ? "" : normalised.substring(bodyStart + 1).strip();
        Map<?, ?> fields;
        try {
            Object value = YAML.readValue(yaml, Object.class);
            if (!(value instanceof Map<?, ?> map)) {
                return new Result(null, List.of("The front matter is not a set of 'key: value' lines"));
            }
            fields = map;
        } catch (JacksonException e) {
            return new Result(null, List.of("The front matter is not valid YAML: " + e.getOriginalMessage()));
        }
        String slug = string(fields, "id", problems, true);
        if (slug != null && !slug.matches(GuidanceDocument.SLUG_PATTERN)) {
            problems.add("id '" + slug + "' must be 2–80 lower-case letters, digits and hyphens");
        }
        String title = string(fields, "title", problems, true);
        if (title != null && title.length() > GuidanceDocument.TITLE_MAX) {
            problems.add("title is longer than " + GuidanceDocument.TITLE_MAX + " characters");
        }
        Set<String> conventions = list(fields, "conventions", problems, true);
        for (String convention : conventions) {
            if (!Vocabulary.CONVENTIONS.contains(convention)) {
                problems.add("convention '" + convention + "' is not one of " + Vocabulary.CONVENTIONS);
            }
        }
        Set<String> topics = new LinkedHashSet<>();
        for (String topic : list(fields, "topics", problems, false)) {
            topics.add(topic.toLowerCase(Locale.ROOT));
            if (topic.length() > 60) {
                problems.add("topic '" + topic + "' is longer than 60 characters");
            }
        }
        Set<String> audience = list(fields, "audience", problems, false);
        for (String value : audience) {
            if (!Vocabulary.AUDIENCES.contains(value)) {
                problems.add("audience '" + value + "' is not one of " + Vocabulary.AUDIENCES);
            }
        }
        String type = string(fields, "type", problems, true);
        if (type != null && !Vocabulary.DOCUMENT_TYPES.contains(type)) {
            problems.add("type '" + type + "' is not one of " + Vocabulary.DOCUMENT_TYPES);
        }
        String language = string(fields, "language", problems, false);
        List<String> sources = new ArrayList<>(list(fields, "sources", problems, false));
        if (String.join("\n", sources).length() > GuidanceDocument.SOURCES_MAX) {
            problems.add("sources are longer than " + GuidanceDocument.SOURCES_MAX + " characters");
        }
        LocalDate lastReviewed = null;
        Object reviewed = fields.get("last_reviewed");
        if (reviewed != null) {
            try {
                lastReviewed = LocalDate.parse(reviewed.toString().strip());
            } catch (DateTimeParseException e) {
                problems.add("last_reviewed '" + reviewed + "' is not a date like 2026-11-01");
            }
        }
        if (markdown.isBlank()) {
            problems.add("the document has no text after the front matter");
        }
        if (markdown.length() > GuidanceDocument.MARKDOWN_MAX) {
            problems.add("the text is longer than " + GuidanceDocument.MARKDOWN_MAX + " characters");
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new Parsed(slug, title, conventions, topics, audience, type,
                language == null ? "en" : language, sources, lastReviewed, markdown), List.of());
    }

    private static String string(Map<?, ?> fields, String key, List<String> problems, boolean required) {
        Object value = fields.get(key);
        if (value == null || value.toString().isBlank()) {
            if (required) {
                problems.add(key + " is missing");
            }
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            problems.add(key + " must be a single value");
            return null;
        }
        return value.toString().strip();
    }

    private static Set<String> list(Map<?, ?> fields, String key, List<String> problems, boolean required) {
        Object value = fields.get(key);
        Set<String> result = new LinkedHashSet<>();
        if (value instanceof List<?> items) {
            for (Object item : items) {
                if (item != null && !item.toString().isBlank()) {
                    result.add(item.toString().strip());
                }
            }
        } else if (value != null && !value.toString().isBlank()) {
            result.add(value.toString().strip());
        }
        if (required && result.isEmpty()) {
            problems.add(key + " is missing");
        }
        return result;
    }
}
