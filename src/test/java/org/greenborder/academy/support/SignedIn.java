package org.greenborder.academy.support;

import java.util.List;
import java.util.function.Supplier;
import org.greenborder.academy.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Runs test code as a given user with one role, then restores whoever was signed in before. */
public final class SignedIn {

    private SignedIn() {
    }

    /** Signs the user in for the rest of the test (browserless UI tests, whose views read the context later). */
    public static void signIn(SecurityContextHolderStrategy contextHolder, String username, Role role) {
        SecurityContext context = contextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
        contextHolder.setContext(context);
    }

    public static <T> T as(SecurityContextHolderStrategy contextHolder, String username, Role role, Supplier<T> work) {
        SecurityContext previous = contextHolder.getContext();
        signIn(contextHolder, username, role);
        try {
            return work.get();
        } finally {
            contextHolder.setContext(previous);
        }
    }
}
