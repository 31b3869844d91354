package org.greenborder.academy.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic on the API and the actuator is a second way in with the same password, so it asks for the same second
 * factor: accounts that need one send the code their app shows in {@code X-OTP}. A code works once, so a script
 * gets one call per 30 seconds with these accounts; trainees' calls are not affected.
 */
final class TwoFactorApiFilter extends OncePerRequestFilter {

    static final String HEADER = "X-OTP";

    private final TwoFactorPolicy policy;
    private final TwoFactorService twoFactor;
    private final SecurityContextHolderStrategy contextHolder;

    TwoFactorApiFilter(TwoFactorPolicy policy, TwoFactorService twoFactor, SecurityContextHolderStrategy contextHolder) {
        this.policy = policy;
        this.twoFactor = twoFactor;
        this.contextHolder = contextHolder;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !policy.requiredFor(authentication)) {
            chain.doFilter(request, response);
            return;
        }
        String username = authentication.getName();
        if (!twoFactor.enrolled(username)) {
            refuse(response, "second_factor_not_set_up", "This account needs a second factor: sign in to the web application "
                    + "once to set up an authenticator app, then send its code in the " + HEADER + " header");
            return;
        }
        String code = request.getHeader(HEADER);
        if (code == null || code.isBlank()) {
            refuse(response, "second_factor_required", "This account needs a second factor: send the code your "
                    + "authenticator app shows in the " + HEADER + " header");
            return;
        }
        if (!twoFactor.verifyForApi(username, code, request.getRemoteAddr())) {
            refuse(response, "second_factor_rejected", "The code in the " + HEADER + " header is wrong, already used, or "
                    + "sent too often after wrong codes; each code works once");
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, String error, String message) throws IOException {
        contextHolder.clearContext();
        JsonError.write(response, HttpServletResponse.SC_UNAUTHORIZED, error, message);
    }
}
