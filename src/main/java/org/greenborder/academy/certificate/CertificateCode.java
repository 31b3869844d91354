package org.greenborder.academy.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Verification codes: 16 random symbols (80 bits from a {@link SecureRandom}) and one check symbol, written in four
 * groups, e.g. {@code 7KQM-W3XD-9HPT-RZ4C-N}. The 32 symbols leave out 0, O, 1 and I, which are misread when a code
 * is read aloud or typed from paper. The check symbol (Damm's algorithm, see {@link #checkSymbol}) catches every
 * single wrong symbol and every swap of two neighbours, the two typing errors people make most.
 */
public final class CertificateCode {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int RANDOM_SYMBOLS = 16;
    /** The stored and printed form: four groups of four, a hyphen, the check symbol. */
    public static final int FORMATTED_LENGTH = RANDOM_SYMBOLS + RANDOM_SYMBOLS / 4 + 1;

    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCode() {
    }

    /** A new random code in its printed form. */
    public static String generate() {
        char[] symbols = new char[RANDOM_SYMBOLS];
        for (int i = 0; i < RANDOM_SYMBOLS; i++) {
            symbols[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        String body = new String(symbols);
        return format(body + checkSymbol(body));
    }

    /**
     * The code in its printed form if the text is one: case, spaces and hyphens do not matter. Empty when the text
     * has the wrong length, a symbol outside the alphabet, or a check symbol that does not match (a typo).
     */
    public static Optional<String> parse(String text) {
        if (text == null || text.length() > 64) {
            return Optional.empty();
        }
        String compact = text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (compact.length() != RANDOM_SYMBOLS + 1) {
            return Optional.empty();
        }
        for (int i = 0; i < compact.length(); i++) {
            if (ALPHABET.indexOf(compact.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        String body = compact.substring(0, RANDOM_SYMBOLS);
        if (checkSymbol(body) != compact.charAt(RANDOM_SYMBOLS)) {
            return Optional.empty();
        }
        return Optional.of(format(compact));
    }

    /**
     * Damm's algorithm over GF(32): each step multiplies the running value by a fixed element a (here the field's
     * generator x, with x^5 + x^2 + 1 as the modulus) and adds the next symbol. Because a is neither 0 nor 1, the
     * quasigroup a·p + s is totally anti-symmetric, which is what makes every single wrong symbol and every swap of
     * two different neighbours, the check symbol included, change the result. (Luhn mod 32 misses the swap of the
     * first and last symbol of the alphabet, "2Z" for "Z2".)
     */
    static char checkSymbol(String body) {
        int interim = 0;
        for (int i = 0; i < body.length(); i++) {
            interim = timesGenerator(interim) ^ ALPHABET.indexOf(body.charAt(i));
        }
        return ALPHABET.charAt(timesGenerator(interim));
    }

    private static int timesGenerator(int value) {
        int shifted = value << 1;
        return (shifted & 0b100000) != 0 ? shifted ^ 0b100101 : shifted;
    }

    private static String format(String compact) {
        StringBuilder formatted = new StringBuilder(FORMATTED_LENGTH);
        for (int i = 0; i < RANDOM_SYMBOLS; i += 4) {
            formatted.append(compact, i, i + 4).append('-');
        }
        return formatted.append(compact.charAt(RANDOM_SYMBOLS)).toString();
    }
}
