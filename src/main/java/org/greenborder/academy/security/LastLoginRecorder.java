package org.greenborder.academy.security;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Remembers when each user last signed in through the login page (API calls do not count as a login). */
@Component
class LastLoginRecorder {

    private final UserAccountRepository accounts;
    private final Clock clock;

    LastLoginRecorder(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void onLogin(InteractiveAuthenticationSuccessEvent event) {
        accounts.recordLogin(event.getAuthentication().getName(), Instant.now(clock));
    }
}
