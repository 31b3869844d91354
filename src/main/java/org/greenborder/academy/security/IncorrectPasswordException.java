package org.greenborder.academy.security;

import org.greenborder.academy.shared.RuleViolationException;

/** The password given to confirm an action is not the account's current password. */
public class IncorrectPasswordException extends RuleViolationException {

    public IncorrectPasswordException() {
        super("The current password is not correct");
    }
}
