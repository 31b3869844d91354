package org.greenborder.academy.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who must give a second factor: everyone holding a role that reaches other people's data (administrators,
 * organisers, analysts). Trainees see only their own training and sign in with a password.
 * {@code gba.security.two-factor.enforced=false} switches it off, for tests of other features only.
 */
@Component
public class TwoFactorPolicy {

    static final Set<Role> ROLES = EnumSet.of(Role.ADMIN, Role.ORGANISER, Role.ANALYST);

    private final boolean enforced;

    TwoFactorPolicy(@Value("${gba.security.two-factor.enforced:true}") boolean enforced) {
        this.enforced = enforced;
    }

    public boolean enforced() {
        return enforced;
    }

    public boolean requiredFor(Set<Role> roles) {
        return enforced && roles.stream().anyMatch(ROLES::contains);
    }

    boolean requiredFor(Authentication authentication) {
        return enforced && authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> ROLES.stream().anyMatch(role -> role.authority().equals(granted.getAuthority())));
    }
}
