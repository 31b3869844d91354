package org.greenborder.academy.certificate;

import java.time.Duration;

/** Too many verification lookups from one address; try again after the given time. */
public class VerificationLimitException extends RuntimeException {

    private final long retryAfterSeconds;

    VerificationLimitException(Duration wait) {
        super("Too many certificate checks from your address. Try again in " + Math.max(1, (wait.toSeconds() + 59) / 60) + " minute(s).");
        this.retryAfterSeconds = Math.max(1, wait.toSeconds());
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
