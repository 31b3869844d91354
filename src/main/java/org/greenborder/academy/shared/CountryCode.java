package org.greenborder.academy.shared;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-2 country code (or a code the region uses for a customs territory, such as HK for
 * Hong Kong SAR). Always upper case.
 */
public record CountryCode(String value) implements Comparable<CountryCode> {

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    /**
     * The short names used in UN documents (UNTERM), where they differ from the JDK's English names, for the
     * countries and territories this platform's users work in and with.
     */
    private static final Map<String, String> UN_SHORT_NAMES = Map.ofEntries(
            Map.entry("BN", "Brunei Darussalam"),
            Map.entry("BO", "Bolivia (Plurinational State of)"),
            Map.entry("CZ", "Czechia"),
            Map.entry("FM", "Micronesia (Federated States of)"),
            Map.entry("HK", "Hong Kong SAR, China"),
            Map.entry("IR", "Iran (Islamic Republic of)"),
            Map.entry("KP", "Democratic People's Republic of Korea"),
            Map.entry("KR", "Republic of Korea"),
            Map.entry("LA", "Lao PDR"),
            Map.entry("MM", "Myanmar"),
            Map.entry("MO", "Macao SAR, China"),
            Map.entry("RU", "Russian Federation"),
            Map.entry("SY", "Syrian Arab Republic"),
            Map.entry("TL", "Timor-Leste"),
            Map.entry("TR", "Türkiye"),
            Map.entry("TZ", "United Republic of Tanzania"),
            Map.entry("VN", "Viet Nam"));

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

    /** The English short name as UN documents write it ("Viet Nam", "Lao PDR"), else the JDK's. */
    public String displayName() {
        return UN_SHORT_NAMES.getOrDefault(value, Locale.of("", value).getDisplayCountry(Locale.ENGLISH));
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
