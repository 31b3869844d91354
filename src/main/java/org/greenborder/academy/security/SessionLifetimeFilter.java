package org.greenborder.academy.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that is older than the absolute lifetime, however active it has been (ASVS 7.3.2; NIST SP 800-63B
 * asks for re-authentication at least every 12 hours at AAL2). It runs before Spring Security reads the session, so
 * the request goes on as a stranger's: a page is sent to the sign-in page, and Vaadin's client, finding its session
 * gone, reloads to it.
 */
final class SessionLifetimeFilter extends OncePerRequestFilter {

    static final Duration MAX_LIFETIME = Duration.ofHours(12);

    private final Clock clock;
    private final Duration maxLifetime;

    SessionLifetimeFilter(Clock clock, Duration maxLifetime) {
        this.clock = clock;
        this.maxLifetime = maxLifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                if (clock.millis() - session.getCreationTime() > maxLifetime.toMillis()) {
                    session.invalidate();
                }
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile: nothing to do
            }
        }
        chain.doFilter(request, response);
    }
}
