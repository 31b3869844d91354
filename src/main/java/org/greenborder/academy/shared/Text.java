package org.greenborder.academy.shared;

import java.util.Locale;

/** Small text rules every feature applies the same way to what users type. */
public final class Text {

    private Text() {
    }

    /** Stripped text, or null for nothing typed. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A case-insensitive "contains" pattern for a JPQL {@code like ... escape '!'}, or null for no filter. Typed
     * text is matched literally: '%' and '_' are not wildcards for the person searching.
     */
    public static String containsPattern(String typed) {
        String text = blankToNull(typed);
        return text == null ? null
                : "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
