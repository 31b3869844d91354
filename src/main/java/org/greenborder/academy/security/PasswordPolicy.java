package org.greenborder.academy.security;

import java.util.Optional;

/**
 * Length rules only, as current guidance asks (NIST SP 800-63B, OWASP ASVS 5.0 V6.2): at least 8 characters,
 * long passphrases allowed, no composition rules.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** A message for the user when the password is not acceptable. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Optional.of("The password must not be the user name");
        }
        return Optional.empty();
    }
}
