package org.greenborder.academy.security;

import org.greenborder.academy.shared.RuleViolationException;

/** A second-factor step that did not work; the message says what to do. */
public class SecondFactorException extends RuleViolationException {

    private final boolean signInAgain;

    SecondFactorException(String message, boolean signInAgain) {
        super(message);
        this.signInAgain = signInAgain;
    }

    /** Whether the user must start over from the sign-in page (no pending sign-in, or it expired). */
    public boolean signInAgain() {
        return signInAgain;
    }
}
