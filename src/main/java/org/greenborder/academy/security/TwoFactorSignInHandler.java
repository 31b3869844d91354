package org.greenborder.academy.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * After a correct password on the sign-in form: users who need a second factor are not signed in yet. Their
 * session keeps only a {@link PendingSignIn} and they are sent to the second-factor page; everyone else goes on as
 * Vaadin's handler sends them.
 */
final class TwoFactorSignInHandler implements AuthenticationSuccessHandler {

    static final String PAGE = "/two-factor";

    private final AuthenticationSuccessHandler signedIn;
    private final TwoFactorPolicy policy;
    private final SecurityContextHolderStrategy contextHolder;
    private final Clock clock;

    TwoFactorSignInHandler(AuthenticationSuccessHandler signedIn, TwoFactorPolicy policy,
                           SecurityContextHolderStrategy contextHolder, Clock clock) {
        this.signedIn = signedIn;
        this.policy = policy;
        this.contextHolder = contextHolder;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (!policy.requiredFor(authentication)) {
            signedIn.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        contextHolder.clearContext();
        var session = request.getSession();
        session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        session.setAttribute(PendingSignIn.ATTRIBUTE, new PendingSignIn(authentication.getName(), clock.instant(), null));
        response.sendRedirect(request.getContextPath() + PAGE);
    }
}
