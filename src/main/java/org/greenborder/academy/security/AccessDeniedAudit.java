package org.greenborder.academy.security;

import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.greenborder.academy.audit.AuditAction;
import org.greenborder.academy.audit.Audited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A signed-in user refused by a role rule (a service's @PreAuthorize, or a request rule such as the actuator's) goes
 * to the audit log: someone trying what their role does not allow. Anonymous refusals are not recorded: every
 * visit before signing in is one. Objects one may not see are answered "not found" by the services themselves and
 * are not recorded either.
 */
@Component
class AccessDeniedAudit {

    private final ApplicationEventPublisher events;

    AccessDeniedAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(AuthorizationDeniedEvent<?> denied) {
        Authentication who = denied.getAuthentication().get();
        if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
            return;
        }
        String what = switch (denied.getSource()) {
            case MethodInvocation call -> call.getMethod().getDeclaringClass().getSimpleName() + "#" + call.getMethod().getName();
            case HttpServletRequest request -> request.getMethod() + " " + request.getRequestURI();
            default -> denied.getSource().getClass().getSimpleName();
        };
        events.publishEvent(Audited.by(who.getName(), AuditAction.ACCESS_DENIED, what, null));
    }
}
