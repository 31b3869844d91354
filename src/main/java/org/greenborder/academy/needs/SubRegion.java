package org.greenborder.academy.needs;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.greenborder.academy.shared.CountryCode;

/**
 * The sub-regions UNEP's Asia-Pacific office reports by. Country lists follow the UN M49 groupings (Eastern Asia
 * as "North-East Asia", Hong Kong and Macao with China; Iran left with West Asia, as UNEP's regional office does).
 */
public enum SubRegion {
    SOUTH_EAST_ASIA("South-East Asia", "BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"),
    SOUTH_ASIA("South Asia", "AF", "BD", "BT", "IN", "MV", "NP", "PK", "LK"),
    NORTH_EAST_ASIA("North-East Asia", "CN", "HK", "MO", "JP", "KP", "KR", "MN"),
    PACIFIC("Pacific", "AU", "NZ", "FJ", "PG", "SB", "VU", "WS", "TO", "KI", "TV", "NR", "FM", "MH", "PW", "CK", "NU");

    private final String label;
    private final Set<CountryCode> countries;

    SubRegion(String label, String... codes) {
        this.label = label;
        this.countries = Stream.of(codes).map(CountryCode::of).collect(Collectors.toUnmodifiableSet());
    }

    public String label() {
        return label;
    }

    public Set<CountryCode> countries() {
        return countries;
    }

    public boolean contains(CountryCode country) {
        return countries.contains(country);
    }

    public static Optional<SubRegion> of(CountryCode country) {
        return Arrays.stream(values()).filter(region -> region.contains(country)).findFirst();
    }
}
