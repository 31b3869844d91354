package org.greenborder.academy.shared;

import java.util.Locale;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-2 country code (or a code the region uses for a customs territory, such as HK for
 * Hong Kong SAR). Always upper case.
 */
public record CountryCode(String value) implements Comparable<CountryCode> {

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    public CountryCode {
        if (value == null) {
            throw new IllegalArgumentException("A country code is required");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!ISO_CODES.contains(value)) {
            throw new IllegalArgumentException("Unknown country code: " + value);
        }
    }

    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    public static boolean isValid(String value) {
        return value != null && ISO_CODES.contains(value.strip().toUpperCase(Locale.ROOT));
    }

    /** English short name, e.g. "Lao People's Democratic Republic" is shortened by the JDK to "Laos". */
    public String displayName() {
        return Locale.of("", value).getDisplayCountry(Locale.ENGLISH);
    }

    @Override
    public int compareTo(CountryCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
