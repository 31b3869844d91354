package org.greenborder.academy.certificate;

import java.time.LocalDate;

/** The event a certificate desk is about, as its page heading shows it. */
public record EventHeader(long id, String title, String place, LocalDate start, LocalDate end, boolean closed) {
}
