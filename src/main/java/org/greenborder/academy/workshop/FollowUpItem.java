package org.greenborder.academy.workshop;

import java.time.LocalDate;

/** An outcome seen across workshops, with the event it came from. */
public record FollowUpItem(Outcome outcome, long eventId, String eventTitle, LocalDate eventStart, boolean overdue,
                           boolean editable) {
}
