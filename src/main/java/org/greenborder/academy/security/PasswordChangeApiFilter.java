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

/** The API's side of {@code PasswordChangeGate}: a password an administrator chose opens nothing but its own change. */
final class PasswordChangeApiFilter extends OncePerRequestFilter {

    private final UserAccountRepository accounts;
    private final SecurityContextHolderStrategy contextHolder;

    PasswordChangeApiFilter(UserAccountRepository accounts, SecurityContextHolderStrategy contextHolder) {
        this.accounts = accounts;
        this.contextHolder = contextHolder;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contextHolder.getContext().getAuthentication();
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
                && accounts.findByUsername(authentication.getName()).map(UserAccount::isPasswordChangeRequired).orElse(false)) {
            contextHolder.clearContext();
            JsonError.write(response, HttpServletResponse.SC_FORBIDDEN, "password_change_required",
                    "Your password was set by an administrator: choose your own in the web application first");
            return;
        }
        chain.doFilter(request, response);
    }
}
