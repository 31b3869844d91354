package org.greenborder.academy.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greenborder.academy.security.SystemIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Results over the demo training history, which was played through the real rules at start. */
@SpringBootTest
class TrainingAnalyticsTest {

    @Autowired
    TrainingAnalytics analytics;
    @Autowired
    ScenarioService scenarios;
    @Autowired
    SystemIdentity system;

    @Test
    void theDemoHistoryGivesFiguresForEveryScenarioAndCountry() {
        TrainingFigures all = system.call(() -> analytics.figures(null, null, null));
        assertThat(all.scenarios()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(all.countries()).contains("KH", "ID", "MY", "MM", "PH", "TH", "VN", "TL", "LA");
        // the 2014 delegates came from customs, environment ministries and ozone units, as their person records say
        assertThat(all.agencyTypes()).contains("Customs", "National ozone unit", "Competent authority / environment ministry");
        assertThat(system.call(() -> analytics.figures(null, "Customs", null)).scenarios()).hasSizeGreaterThanOrEqualTo(12);
        TrainingFigures.Scenario hcfc = all.scenarios().stream().filter(s -> s.id().equals("hcfc22-declared-as-hfc134a")).findFirst().orElseThrow();
        assertThat(hcfc.attempts()).isPositive();
        assertThat(hcfc.endings().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(hcfc.attempts());
        assertThat(hcfc.flags()).anySatisfy(flag -> {
            assertThat(flag.id()).isEqualTo("reads-r22");
            assertThat(flag.genuine()).isTrue();
            assertThat(flag.attempts()).isEqualTo(hcfc.attempts());
            assertThat(flag.rate()).isBetween(0, 100);
        });

        // other tests may add attempts by the demo trainee; the demo history alone has these three for Lao PDR
        TrainingFigures lao = system.call(() -> analytics.figures("LA", null, null));
        assertThat(lao.scenarios()).extracting(TrainingFigures.Scenario::id)
                .contains("hcfc22-declared-as-hfc134a", "container-check-digit-wrong", "clean-legitimate-refrigerant-shipment");
        assertThat(lao.scenarios().stream().mapToInt(TrainingFigures.Scenario::attempts).sum())
                .isLessThan(all.scenarios().stream().mapToInt(TrainingFigures.Scenario::attempts).sum());
    }

    @Test
    void anOfficeNarrowsToItsOwnAttempts() {
        String office = "Royal Malaysian Customs Department";
        // the one Malaysian customs delegate of the 2014 workshop; the other Malaysian came from the environment ministry
        TrainingFigures malaysia = system.call(() -> analytics.figures("MY", "Customs", null));
        assertThat(system.call(() -> analytics.figures("MY", null, null)).scenarios().stream().mapToInt(TrainingFigures.Scenario::attempts).sum())
                .isGreaterThan(malaysia.scenarios().stream().mapToInt(TrainingFigures.Scenario::attempts).sum());
        TrainingFigures customs = system.call(() -> analytics.figures(null, null, office));
        assertThat(customs.scenarios()).isNotEmpty();
        assertThat(customs.scenarios()).extracting(TrainingFigures.Scenario::attempts)
                .isEqualTo(malaysia.scenarios().stream().map(TrainingFigures.Scenario::attempts).toList());
        assertThat(system.call(() -> analytics.figures("VN", null, office)).scenarios()).isEmpty();
    }

    @Test
    @WithMockUser(username = "someone", roles = "TRAINEE")
    void traineesDoNotSeeEveryonesResults() {
        assertThatThrownBy(() -> analytics.figures(null, null, null)).isInstanceOf(AccessDeniedException.class);
    }
}
