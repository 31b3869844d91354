package org.greenborder.academy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.greenborder.academy.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** However busy, a session ends 12 hours after it began. */
class SessionLifetimeFilterTest {

    @Test
    void aSessionOlderThanTwelveHoursIsEndedAndTheRequestGoesOn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MutableClock clock = MutableClock.at(Instant.ofEpochMilli(session.getCreationTime()));
        SessionLifetimeFilter filter = new SessionLifetimeFilter(clock, SessionLifetimeFilter.MAX_LIFETIME);

        clock.advance(Duration.ofHours(11).plusMinutes(59));
        MockFilterChain early = new MockFilterChain();
        filter.doFilter(request(session), new MockHttpServletResponse(), early);
        assertThat(session.isInvalid()).isFalse();
        assertThat(early.getRequest()).isNotNull();

        clock.advance(Duration.ofMinutes(2));
        MockFilterChain late = new MockFilterChain();
        filter.doFilter(request(session), new MockHttpServletResponse(), late);
        assertThat(session.isInvalid()).isTrue();
        assertThat(late.getRequest()).as("the request goes on, as a stranger's").isNotNull();
    }

    private static MockHttpServletRequest request(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/account");
        request.setSession(session);
        return request;
    }
}
