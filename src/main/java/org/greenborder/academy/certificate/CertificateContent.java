package org.greenborder.academy.certificate;

import java.time.Instant;
import java.time.LocalDate;

/** Everything a certificate says, gathered before it is stored and rendered. */
record CertificateContent(long eventId, long personId, String holderUsername, String holderName, String holderLocalName,
                          String achievement, String eventTitle, String eventPlace, LocalDate eventStart,
                          LocalDate eventEnd, Integer scorePercent, String issuer, CertificateLayout layout,
                          Instant issuedAt, LocalDate validUntil) {
}
