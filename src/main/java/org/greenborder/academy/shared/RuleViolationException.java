package org.greenborder.academy.shared;

/** A command broke a business rule; the message is written for the user who issued it. */
public class RuleViolationException extends RuntimeException {

    public RuleViolationException(String message) {
        super(message);
    }
}
