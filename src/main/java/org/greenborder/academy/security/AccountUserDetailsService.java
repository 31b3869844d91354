package org.greenborder.academy.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(UserAccountService.normaliseUsername(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                .authorities(account.getRoles().stream().map(Role::authority).toArray(String[]::new))
                .build();
    }

    /** Called by Spring Security after a successful sign-in whose hash uses an older scheme: keeps the new hash. */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newEncodedPassword) {
        accounts.findByUsername(UserAccountService.normaliseUsername(user.getUsername()))
                .ifPresent(account -> account.setPasswordHash(newEncodedPassword));
        return User.withUserDetails(user).password(newEncodedPassword).build();
    }
}
