package org.greenborder.academy.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who is signed in, for services and views alike. */
@Component
public class CurrentUser {

    private final UserAccountRepository accounts;
    private final SecurityContextHolderStrategy contextHolder;

    CurrentUser(UserAccountRepository accounts, SecurityContextHolderStrategy contextHolder) {
        this.accounts = accounts;
        this.contextHolder = contextHolder;
    }

    /** The signed-in user's name, or null when nobody is signed in. */
    public String username() {
        Authentication authentication = contextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

    /** Whether the signed-in user holds the role (as granted at sign-in). */
    public boolean hasRole(Role role) {
        Authentication authentication = contextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && authentication.getAuthorities().stream().anyMatch(granted -> role.authority().equals(granted.getAuthority()));
    }

    /** The signed-in user's account, read fresh from the database. */
    @Transactional(readOnly = true)
    public Optional<UserAccount> account() {
        String username = username();
        return username == null ? Optional.empty() : accounts.findByUsername(username);
    }
}
