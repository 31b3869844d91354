package org.greenborder.academy.workshop;

import java.time.LocalDate;

/** Another event linked to the one being looked at, with the link read from this event's side. */
public record LinkedEvent(long linkId, long eventId, String title, LocalDate startDate, LocalDate endDate,
                          String relation, LinkKind kind, boolean outgoing) {
}
