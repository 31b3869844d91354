package org.greenborder.academy.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops a sign-in attempt before its password is checked while {@link LoginThrottle} says to wait: the form gets
 * the sign-in page back with the seconds to wait, an HTTP Basic call gets 429 with Retry-After.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final boolean form;

    private LoginThrottleFilter(LoginThrottle throttle, boolean form) {
        this.throttle = throttle;
        this.form = form;
    }

    /** For the sign-in form: POST /login with a user name. */
    static LoginThrottleFilter forForm(LoginThrottle throttle) {
        return new LoginThrottleFilter(throttle, true);
    }

    /** For HTTP Basic: any request carrying Basic credentials. */
    static LoginThrottleFilter forBasic(LoginThrottle throttle) {
        return new LoginThrottleFilter(throttle, false);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = form ? formUsername(request) : basicUsername(request);
        if (username != null) {
            Duration wait = throttle.waitBeforeNextAttempt(username, request.getRemoteAddr());
            if (!wait.isZero()) {
                long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
                if (form) {
                    response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN_PATH + "?error&wait=" + seconds);
                } else {
                    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                    JsonError.write(response, 429, "too_many_attempts", "Too many failed sign-ins: try again in " + seconds + " s");
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String formUsername(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())
                || !(request.getContextPath() + SecurityConfiguration.LOGIN_PATH).equals(request.getRequestURI())) {
            return null;
        }
        return request.getParameter("username");
    }

    private static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException malformed) {
            return null; // Spring's Basic filter answers malformed headers itself
        }
    }
}
