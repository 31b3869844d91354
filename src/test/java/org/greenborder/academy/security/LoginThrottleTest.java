package org.greenborder.academy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.greenborder.academy.support.MutableClock;
import org.junit.jupiter.api.Test;

/** The back-off of failed sign-ins, per account name and per client address. */
class LoginThrottleTest {

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-11-22T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    @Test
    void fourMistakesCostNothingThenEachFailureDoublesTheWait() {
        fail("khamphet", "10.0.0.1", 4);
        assertThat(throttle.waitBeforeNextAttempt("khamphet", "10.0.0.1")).isZero();

        fail("khamphet", "10.0.0.1", 1);
        assertThat(throttle.waitBeforeNextAttempt("khamphet", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
        fail("khamphet", "10.0.0.1", 1);
        assertThat(throttle.waitBeforeNextAttempt("khamphet", "10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
        fail("khamphet", "10.0.0.1", 3);
        assertThat(throttle.waitBeforeNextAttempt("khamphet", "10.0.0.1")).isEqualTo(Duration.ofSeconds(16));

        clock.advance(Duration.ofSeconds(10));
        assertThat(throttle.waitBeforeNextAttempt("khamphet", "10.0.0.1")).isEqualTo(Duration.ofSeconds(6));
        assertThat(throttle.waitBeforeNextAttempt("KHAMPHET ", "10.0.0.9")).as("the account, however it is typed")
                .isEqualTo(Duration.ofSeconds(6));
        assertThat(throttle.waitBeforeNextAttempt("someone-else", "10.0.0.1")).as("the room's other people").isZero();
    }

    @Test
    void theWaitIsCappedAtFifteenMinutesAndFailuresAgeOut() {
        fail("target", "203.0.113.7", 40);
        assertThat(throttle.waitBeforeNextAttempt("target", "198.51.100.1")).isEqualTo(LoginThrottle.MAX_WAIT);

        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        assertThat(throttle.waitBeforeNextAttempt("target", "198.51.100.1")).isZero();
    }

    @Test
    void aCorrectPasswordClearsTheAccountButNotTheAddress() {
        fail("organiser", "192.0.2.10", 6);
        throttle.succeeded("organiser");
        assertThat(throttle.waitBeforeNextAttempt("organiser", "192.0.2.99")).isZero();

        fail("a", "192.0.2.10", 2);
        for (int i = 0; i < 30; i++) {
            throttle.failed("name-" + i, "192.0.2.10"); // spraying many names from one address
        }
        assertThat(throttle.waitBeforeNextAttempt("fresh-name", "192.0.2.10")).isPositive();
        assertThat(throttle.waitBeforeNextAttempt("fresh-name", "192.0.2.11")).isZero();
    }
}
