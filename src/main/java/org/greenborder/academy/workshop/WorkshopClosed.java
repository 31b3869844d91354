package org.greenborder.academy.workshop;

import java.time.Instant;

/** Published when an organiser closes an event: attendance is final, so certificates can be issued. */
public record WorkshopClosed(long eventId, String title, String closedBy, Instant closedAt) {
}
