package org.greenborder.academy.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    /** Everyday names people type that differ from both the UN and the JDK names. */
    private static final Map<String, String> ALIASES = Map.of(
            "laos", "LA", "vietnam", "VN", "south korea", "KR", "korea", "KR", "brunei", "BN",
            "hong kong", "HK", "burma", "MM", "east timor", "TL", "lao people's democratic republic", "LA");

    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    /** The country whose English name (UN or JDK form, or a common alias) is the given text, ignoring case. */
    public static Optional<CountryCode> byName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        if (ALIASES.containsKey(wanted)) {
            return Optional.of(of(ALIASES.get(wanted)));
        }
        return all().stream()
                .filter(code -> code.displayName().toLowerCase(Locale.ROOT).equals(wanted)
                        || Locale.of("", code.value).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /** Every code, sorted by display name, for pickers. */
    public static List<CountryCode> all() {
        return ALL;
    }

    private static final List<CountryCode> ALL = ISO_CODES.stream().map(CountryCode::new)
            .sorted(Comparator.comparing(CountryCode::displayName)).toList();

    /** The English short name as UN documents write it ("Viet Nam", "Lao PDR"), else the JDK's. */
    public String displayName() {
        return UN_SHORT_NAMES.getOrDefault(value, Locale.of("", value).getDisplayCountry(Locale.ENGLISH));
    }

    @Override
    public int compareTo(CountryCode other) {
        return value.compareTo(other.value);
    }

    /** JSON carries the bare code ("LA"), as the APIs document it. */
    @com.fasterxml.jackson.annotation.JsonValue
    @Override
    public String toString() {
        return value;
    }
}
