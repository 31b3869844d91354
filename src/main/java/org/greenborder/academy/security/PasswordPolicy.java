package org.greenborder.academy.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What current guidance asks of a new password (NIST SP 800-63B, OWASP ASVS 5.0 V6.2) and nothing more: at least 8
 * characters, long passphrases allowed, not one of the 10,000 most common passwords (a bundled list), no words of
 * the context an attacker tries first (the platform's name, the user's name, user name or e-mail), and no
 * composition rules.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    static final String COMMON_LIST = "/security/common-passwords.txt";
    /** The platform's own name in the forms people write it; compared without spaces or punctuation. */
    static final List<String> PRODUCT_WORDS = List.of("greenborder", "greenborderacademy");
    /** Shorter parts of a name (e.g. "Li", "Ann") are too common in passphrases to refuse. */
    static final int CONTEXT_WORD_MIN = 4;

    private PasswordPolicy() {
    }

    /** A message for the user when the password is not acceptable. */
    public static Optional<String> problem(String password, String username) {
        return problem(password, username, List.of());
    }

    /**
     * As {@link #problem(String, String)}, also refusing a password that contains the platform's name or one of the
     * user's own words: their user name, the parts of their full name, their e-mail address's name part.
     */
    public static Optional<String> problem(String password, String username, Collection<String> personalTexts) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Optional.of("The password must not be the user name");
        }
        Optional<String> word = contextWord(password, username, personalTexts);
        if (word.isPresent()) {
            return Optional.of("The password must not contain \"" + word.get() + "\": the platform's name and your own "
                    + "names are the first words an attacker tries");
        }
        if (isCommon(password)) {
            return Optional.of("This is one of the most common passwords, the first an attacker tries: choose another "
                    + "(a passphrase of a few unrelated words is easy to remember and hard to guess)");
        }
        return Optional.empty();
    }

    /** For a password of this account: its user name, full name and e-mail address are its own words. */
    public static Optional<String> problemFor(String password, UserAccount account) {
        return problem(password, account.getUsername(), Arrays.asList(account.getFullName(), account.getEmail()));
    }

    static Optional<String> contextWord(String password, String username, Collection<String> personalTexts) {
        String typed = squeeze(password);
        List<String> words = new ArrayList<>(PRODUCT_WORDS);
        List<String> texts = new ArrayList<>(personalTexts == null ? List.of() : personalTexts);
        if (username != null) {
            texts.add(username);
        }
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String personal = text.contains("@") ? text.substring(0, text.indexOf('@')) : text;
            words.add(squeeze(personal));
            for (String part : personal.split("[^\\p{L}\\p{N}]+")) {
                words.add(squeeze(part));
            }
        }
        return words.stream().filter(word -> word.length() >= CONTEXT_WORD_MIN && typed.contains(word)).findFirst();
    }

    /** Lower case, compatibility-normalised, without spaces or punctuation: "Green-Border 1" → "greenborder1". */
    private static String squeeze(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
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
