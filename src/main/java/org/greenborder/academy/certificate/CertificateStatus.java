package org.greenborder.academy.certificate;

import java.util.Locale;

/**
 * What a verifier is told. {@code EXPIRED} is a certificate past the validity its kind had when it was issued;
 * {@code UNKNOWN} is every code that was never issued, mistyped or not.
 */
public enum CertificateStatus {
    VALID("Valid"),
    EXPIRED("Expired"),
    REVOKED("Revoked"),
    SUPERSEDED("Superseded"),
    UNKNOWN("Unknown");

    private final String label;

    CertificateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The value in JSON answers: {@code valid}, {@code revoked}… */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
