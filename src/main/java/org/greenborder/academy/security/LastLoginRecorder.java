package org.greenborder.academy.security;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers when each user last signed in through the login page (API calls do not count as a login). Users who
 * give a second factor are signed in by {@link TwoFactorService}, which records it then, not at the password.
 */
@Component
class LastLoginRecorder {

    private final UserAccountRepository accounts;
    private final Clock clock;

    private final TwoFactorPolicy twoFactor;

    LastLoginRecorder(UserAccountRepository accounts, Clock clock, TwoFactorPolicy twoFactor) {
        this.accounts = accounts;
        this.clock = clock;
        this.twoFactor = twoFactor;
    }

    @EventListener
    @Transactional
    void onLogin(InteractiveAuthenticationSuccessEvent event) {
        if (!twoFactor.requiredFor(event.getAuthentication())) {
            accounts.recordLogin(event.getAuthentication().getName(), Instant.now(clock));
        }
    }
}
