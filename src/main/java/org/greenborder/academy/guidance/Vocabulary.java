package org.greenborder.academy.guidance;

import java.util.List;

/** The controlled values of a document's front matter. */
public final class Vocabulary {

    public static final List<String> CONVENTIONS = List.of("Basel", "Montreal", "Rotterdam", "Stockholm");
    public static final List<String> DOCUMENT_TYPES = List.of("guide", "checklist", "case-study", "legal-summary", "code-sheet", "glossary");
    public static final List<String> AUDIENCES = List.of("customs", "competent-authority", "ozone-unit", "police", "port-authority", "trainer");

    private Vocabulary() {
    }

    public static String label(String value) {
        return switch (value) {
            case "case-study" -> "Case study";
            case "legal-summary" -> "Legal summary";
            case "code-sheet" -> "Code sheet";
            case "competent-authority" -> "Competent authority";
            case "ozone-unit" -> "National ozone unit";
            case "port-authority" -> "Port authority";
            default -> value.isEmpty() ? value : Character.toUpperCase(value.charAt(0)) + value.substring(1);
        };
    }
}
