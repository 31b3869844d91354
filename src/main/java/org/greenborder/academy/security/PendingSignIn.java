package org.greenborder.academy.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * Someone who gave the right password and must now give the second factor. Kept in their HTTP session, which holds
 * no authentication until then: every page but the second-factor page treats them as not signed in.
 *
 * @param newSecret the secret offered while they set up their app, until they confirm it with a code
 */
record PendingSignIn(String username, Instant since, String newSecret) implements Serializable {

    static final String ATTRIBUTE = PendingSignIn.class.getName();
    /** Time to open the app and type a code, or to scan a QR code the first time. */
    static final Duration LIFETIME = Duration.ofMinutes(10);

    boolean expiredAt(Instant now) {
        return since.plus(LIFETIME).isBefore(now);
    }

    PendingSignIn withNewSecret(String secret) {
        return new PendingSignIn(username, since, secret);
    }
}
