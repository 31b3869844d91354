package org.greenborder.academy.guidance;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HS codes and Basel codes in text and in queries. HS codes are written many ways (2903.71, 290371,
 * 2903.71.00, 2903 71): all become the bare digits of heading and subheading (290371), so any spelling finds
 * any other, and a shorter prefix ("2903.7") finds the family. Basel codes (A1181, B3011, Y49) are kept whole
 * and lower-cased, so A1181 never matches A1180.
 */
final class Codes {

    /** 4 digits, then optionally 2 more (a dot or space between), then optionally 2–4 national digits. */
    private static final Pattern HS = Pattern.compile("(?<![\\d.])(\\d{4})(?:[. ]?(\\d{1,2}))?(?:[. ]?(\\d{2,4}))?(?![\\d])");
    private static final Pattern BASEL = Pattern.compile("(?i)\\b([ABY]\\d{1,4})\\b");
    private static final Pattern HS_QUERY = Pattern.compile("^(\\d{4})(?:[. ]?(\\d{1,2}))?(?:[. ]?(\\d{2,4}))?$");

    private Codes() {
    }

    /** Every code in the text, normalised, in order of appearance. Years (1900–2099 alone) are not HS codes. */
    static Set<String> find(String text) {
        Set<String> codes = new LinkedHashSet<>();
        if (text == null) {
            return codes;
        }
        Matcher hs = HS.matcher(text);
        while (hs.find()) {
            if (hs.group(2) == null && isYear(hs.group(1))) {
                continue;
            }
            if (hs.group(2) != null && hs.group(2).length() == 2) {
                codes.add(hs.group(1) + hs.group(2));
            } else if (hs.group(2) == null) {
                codes.add(hs.group(1));
            }
        }
        Matcher basel = BASEL.matcher(text);
        while (basel.find()) {
            codes.add(basel.group(1).toLowerCase(Locale.ROOT));
        }
        return codes;
    }

    /**
     * The query term as a normalised code, if it is one: "2903.71.00" → "290371", "2903.7" → "29037" (a family
     * prefix), "A1181" → "a1181"; null otherwise.
     */
    static String normaliseQueryTerm(String term) {
        String trimmed = term.strip();
        Matcher hs = HS_QUERY.matcher(trimmed);
        if (hs.matches()) {
            if (hs.group(2) == null) {
                return isYear(hs.group(1)) ? null : hs.group(1);
            }
            return hs.group(1) + hs.group(2);
        }
        Matcher basel = BASEL.matcher(trimmed);
        if (basel.matches()) {
            return basel.group(1).toLowerCase(Locale.ROOT);
        }
        return null;
    }

    private static boolean isYear(String fourDigits) {
        int value = Integer.parseInt(fourDigits);
        return value >= 1900 && value <= 2099;
    }
}
