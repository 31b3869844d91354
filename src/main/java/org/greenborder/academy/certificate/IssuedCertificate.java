package org.greenborder.academy.certificate;

import java.time.LocalDate;

/** A certificate in force or expired (not revoked, not replaced), for counts in the regional needs picture. */
public record IssuedCertificate(long personId, long eventId, CertificateKind kind, LocalDate issuedOn, CertificateStatus status) {
}
