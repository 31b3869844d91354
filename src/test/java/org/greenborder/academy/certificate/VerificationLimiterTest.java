package org.greenborder.academy.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.greenborder.academy.support.MutableClock;
import org.junit.jupiter.api.Test;

class VerificationLimiterTest {

    final MutableClock clock = MutableClock.at(Instant.parse("2026-11-22T08:00:00Z"));
    final VerificationLimiter limiter = new VerificationLimiter(new CertificateProperties("https://academy.example.org", 5, 3), clock);

    @Test
    void lookupsBeyondTheMinuteLimitWaitForTheNextMinute() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire("10.0.0.1");
        }
        assertThatThrownBy(() -> limiter.acquire("10.0.0.1")).isInstanceOf(VerificationLimitException.class)
                .satisfies(e -> assertThat(((VerificationLimitException) e).retryAfterSeconds()).isBetween(1L, 60L));
        limiter.acquire("10.0.0.2");
        clock.advance(Duration.ofSeconds(61));
        limiter.acquire("10.0.0.1");
    }

    @Test
    void tooManyUnknownCodesBlockTheAddressForTheRestOfTheHour() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("10.0.0.3");
            limiter.unknown("10.0.0.3");
        }
        clock.advance(Duration.ofMinutes(5));
        assertThatThrownBy(() -> limiter.acquire("10.0.0.3")).isInstanceOf(VerificationLimitException.class)
                .hasMessageContaining("minute");
        clock.advance(Duration.ofMinutes(56));
        limiter.acquire("10.0.0.3");
    }
}
