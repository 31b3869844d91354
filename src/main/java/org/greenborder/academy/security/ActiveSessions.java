package org.greenborder.academy.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The server's open sessions, so that an account's can be ended at once when an administrator disables it, changes
 * its roles or resets its password, or when its owner changes the password (their other sessions): the signed-in user is sent back to the sign-in page on their next request
 * (Vaadin's heartbeat makes that within minutes even on an idle page) instead of keeping the access they had.
 * Sessions are held by identity, so a session id changed at sign-in is still the same entry.
 */
@Component
class ActiveSessions implements HttpSessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(ActiveSessions.class);

    private final Set<HttpSession> sessions = ConcurrentHashMap.newKeySet();

    /**
     * Sent inside the transaction that changed the account; acted upon once it commits, on the same thread.
     * {@code keepCurrentSession}: leave open the session of the request that made the change (a user changing their
     * own password), end all the others.
     */
    record AccountAccessChanged(String username, String reason, boolean keepCurrentSession) {

        AccountAccessChanged(String username, String reason) {
            this(username, reason, false);
        }
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountAccessChanged change) {
        int ended = endSessionsOf(change.username(), change.keepCurrentSession() ? currentSessionId() : null);
        if (ended > 0) {
            LOG.info("Ended {} session(s) of {}: {}", ended, change.username(), change.reason());
        }
    }

    /** Invalidates every session signed in as this user but the one to keep (null: none); returns how many. */
    int endSessionsOf(String username, String keepSessionId) {
        int ended = 0;
        for (HttpSession session : sessions) {
            try {
                if (username.equals(signedInAs(session)) && !session.getId().equals(keepSessionId)) {
                    session.invalidate();
                    ended++;
                }
            } catch (IllegalStateException alreadyInvalid) {
                sessions.remove(session);
            }
        }
        return ended;
    }

    /** The open sessions signed in as this user, oldest first; {@code current} marks the caller's own. */
    List<SessionInfo> sessionsOf(String username) {
        String current = currentSessionId();
        List<SessionInfo> found = new ArrayList<>();
        for (HttpSession session : sessions) {
            try {
                if (username.equals(signedInAs(session))) {
                    found.add(new SessionInfo(Instant.ofEpochMilli(session.getCreationTime()),
                            Instant.ofEpochMilli(session.getLastAccessedTime()), session.getId().equals(current)));
                }
            } catch (IllegalStateException alreadyInvalid) {
                sessions.remove(session);
            }
        }
        found.sort(Comparator.comparing(SessionInfo::started));
        return found;
    }

    /** The session of the request being handled on this thread, if any. */
    private static String currentSessionId() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getRequest().getSession(false) != null ? request.getRequest().getSession(false).getId() : null;
    }

    private static String signedInAs(HttpSession session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext security && security.getAuthentication() != null
                ? security.getAuthentication().getName() : null;
    }
}
