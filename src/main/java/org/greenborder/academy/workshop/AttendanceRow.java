package org.greenborder.academy.workshop;

import java.time.Instant;

/** A line of a session's attendance list: the registration and its mark, if any yet. */
public record AttendanceRow(Registration registration, AttendanceStatus status, AttendanceMethod method, Instant recordedAt) {
}
