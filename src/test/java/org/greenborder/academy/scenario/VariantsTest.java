package org.greenborder.academy.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VariantsTest {

    private final ScenarioDefinition scenario = ScenarioTexts.valid();

    @Test
    void theSameSeedGivesTheSameShipment() {
        assertThat(Variants.draw(scenario, 42L).values()).isEqualTo(Variants.draw(scenario, 42L).values());
        assertThat(Variants.draw(scenario, 42L).fill("${importer.name}: ${cylinders} cylinders in ${container}"))
                .isEqualTo(Variants.draw(scenario, 42L).fill("${importer.name}: ${cylinders} cylinders in ${container}"));
    }

    @Test
    void neighboursGetDifferentButEquivalentShipments() {
        Set<Map<String, Object>> seen = new HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            Map<String, Object> values = Variants.draw(scenario, seed).values();
            seen.add(values);
            int cylinders = Integer.parseInt((String) values.get("cylinders"));
            assertThat(cylinders).isBetween(100, 200);
            assertThat(cylinders % 10).isZero();
            assertThat(values.get("netKg")).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", cylinders * 13.6));
            assertThat((String) values.get("bigKg")).matches("\\d{2},\\d{3}").isEqualTo(String.format(java.util.Locale.ROOT, "%,d", cylinders * 136));
            assertThat((String) values.get("invoiceNo")).matches("INV-\\d{4}-[A-Z]{2}");
            assertThat((String) values.get("arrival")).matches("2025-03-\\d\\d");
            assertThat(ContainerNumber.isValid((String) values.get("container"))).isTrue();
            assertThat((String) values.get("wrongContainer")).startsWith("TGHU").hasSize(11);
            assertThat(ContainerNumber.isValid((String) values.get("wrongContainer"))).isFalse();
        }
        assertThat(seen).hasSizeGreaterThan(40);
    }

    @Test
    void isoCheckDigitsAreComputedAsTheStandardDoes() {
        // the example of ISO 6346 itself, and two real-looking numbers computed by hand
        assertThat(ContainerNumber.checkDigit("CSQU305438")).isEqualTo(3);
        assertThat(ContainerNumber.isValid("CSQU3054383")).isTrue();
        assertThat(ContainerNumber.isValid("CSQU3054384")).isFalse();
        assertThat(ContainerNumber.isValid("MSKU 907032-3")).isTrue();
    }
    @Test
    void anIntegerRangeAcrossTheWholeIntRangeDraws() {
        // found by ScenarioHostileTest: max - min overflowed an int and nextInt threw "bound must be positive"
        ScenarioReader.Result wide = ScenarioReader.read("small.yaml",
                ScenarioTexts.with("{min: 100, max: 200, step: 10}", "{min: -2147483648, max: 2147483647}"));
        assertThat(wide.problems()).isEmpty();
        for (long seed = 0; seed < 20; seed++) {
            long value = Long.parseLong((String) Variants.draw(wide.definition(), seed).values().get("cylinders"));
            assertThat(value).isBetween((long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE);
        }
    }
}
