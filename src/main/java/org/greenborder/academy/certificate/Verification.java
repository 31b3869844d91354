package org.greenborder.academy.certificate;

import java.time.LocalDate;

/**
 * What anyone may learn about a certificate from its code: its status, whose it is, what, where and when, and who
 * issued it. Nothing else personal (no account, e-mail, country or score beyond what the certificate prints), and
 * never why it was revoked. For an unknown code everything but the status is null.
 */
public record Verification(CertificateStatus status, String code, String title, String holderName, String holderLocalName,
                           String achievement, String eventTitle, String eventPlace, LocalDate eventStart,
                           LocalDate eventEnd, String issuer, LocalDate issuedOn, LocalDate validUntil,
                           LocalDate revokedOn, LocalDate supersededOn, String supersededBy, String pdfSha256) {

    static Verification unknown() {
        return new Verification(CertificateStatus.UNKNOWN, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }
}
