package org.greenborder.academy.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CountryCodeTest {

    @Test
    void normalisesToUpperCase() {
        assertThat(CountryCode.of(" la ").value()).isEqualTo("LA");
        assertThat(CountryCode.of("vn").displayName()).isEqualTo("Viet Nam");
        assertThat(CountryCode.of("LA").displayName()).isEqualTo("Lao PDR");
        assertThat(CountryCode.of("KH").displayName()).isEqualTo("Cambodia");
    }

    @Test
    void acceptsTheRegionsCustomsTerritories() {
        assertThat(CountryCode.of("HK").displayName()).isEqualTo("Hong Kong SAR, China");
        assertThat(CountryCode.of("TL").displayName()).isEqualTo("Timor-Leste");
    }

    @Test
    void rejectsUnknownCodes() {
        assertThatIllegalArgumentException().isThrownBy(() -> CountryCode.of("XX"));
        assertThatIllegalArgumentException().isThrownBy(() -> CountryCode.of("LAO"));
        assertThatIllegalArgumentException().isThrownBy(() -> CountryCode.of(null));
    }
}
