package org.greenborder.academy.security;

import org.greenborder.academy.audit.AuditAction;
import org.greenborder.academy.audit.Audited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins, failed sign-ins (form and API) and sign-outs go to the audit trail. Successful API calls are not
 * sign-ins and are not recorded: each one authenticates again.
 */
@Component
class SignInAudit {

    private final ApplicationEventPublisher events;
    private final TwoFactorPolicy twoFactor;

    SignInAudit(ApplicationEventPublisher events, TwoFactorPolicy twoFactor) {
        this.events = events;
        this.twoFactor = twoFactor;
    }

    @EventListener
    void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        boolean codeFollows = twoFactor.requiredFor(event.getAuthentication());
        events.publishEvent(Audited.by(event.getAuthentication().getName(),
                codeFollows ? AuditAction.PASSWORD_ACCEPTED : AuditAction.SIGNED_IN, null, codeFollows ? null : "password"));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String why = switch (event) {
            case AuthenticationFailureBadCredentialsEvent bad -> "wrong user name or password";
            case AuthenticationFailureDisabledEvent disabled -> "account disabled";
            default -> event.getException().getClass().getSimpleName();
        };
        events.publishEvent(Audited.by(event.getAuthentication().getName(), AuditAction.SIGN_IN_FAILED, null, why));
    }

    @EventListener
    void onSignOut(LogoutSuccessEvent event) {
        events.publishEvent(Audited.by(event.getAuthentication().getName(), AuditAction.SIGNED_OUT, null, null));
    }
}
