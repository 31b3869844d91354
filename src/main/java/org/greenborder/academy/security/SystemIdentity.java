package org.greenborder.academy.security;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Start-up work (demo data, imports) goes through the same secured services as users do, under this identity,
 * instead of through unchecked back doors. It writes to the application's own security-context strategy (the
 * one method security reads), not the JVM-wide static holder, which another application context may replace.
 */
@Component
public class SystemIdentity {

    private static final String NAME = "system";

    private final SecurityContextHolderStrategy contextHolder;

    SystemIdentity(SecurityContextHolderStrategy contextHolder) {
        this.contextHolder = contextHolder;
    }

    public <T> T call(Supplier<T> work) {
        return callWith(UsernamePasswordAuthenticationToken.authenticated(NAME, null,
                Arrays.stream(Role.values()).map(role -> new SimpleGrantedAuthority(role.authority())).toList()), work);
    }

    /**
     * Start-up work done on behalf of one account with one role, through the same rules as that user's own
     * requests (the demo training history is played this way).
     */
    public <T> T callAs(String username, Role role, Supplier<T> work) {
        return callWith(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(role.authority()))), work);
    }

    /**
     * The work, wrapped to run on another thread as the user who asks for it now (a long job started from a screen,
     * such as issuing all certificates of a workshop): the services it calls check that user's rights, not a
     * system's.
     */
    public Runnable asCaller(Runnable work) {
        Authentication caller = contextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated()) {
            throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException("Not signed in");
        }
        return () -> callWith(caller, () -> {
            work.run();
            return null;
        });
    }

    private <T> T callWith(Authentication authentication, Supplier<T> work) {
        SecurityContext previous = contextHolder.getContext();
        SecurityContext context = contextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        contextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            contextHolder.setContext(previous);
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
