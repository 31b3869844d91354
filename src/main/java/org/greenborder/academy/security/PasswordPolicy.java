package org.greenborder.academy.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What current guidance asks of a new password (NIST SP 800-63B, OWASP ASVS 5.0 V6.2) and nothing more: at least 8
 * characters, long passphrases allowed, not the user name, not one of the 10,000 most common passwords (a bundled
 * list), and no composition rules.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    static final String COMMON_LIST = "/security/common-passwords.txt";

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
        if (isCommon(password)) {
            return Optional.of("This is one of the most common passwords, the first an attacker tries: choose another "
                    + "(a passphrase of a few unrelated words is easy to remember and hard to guess)");
        }
        return Optional.empty();
    }

    /** Whether the password, ignoring case, is on the bundled list of common passwords. */
    static boolean isCommon(String password) {
        return Common.PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    /** Loaded on first use, once. */
    private static final class Common {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            Set<String> passwords = new HashSet<>(16_384);
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
                if (in == null) {
                    throw new IllegalStateException("The list of common passwords is missing: " + COMMON_LIST);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        passwords.add(line.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(passwords);
        }
    }
}
