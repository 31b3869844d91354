package org.greenborder.academy.workshop;

/** What happened when a participant checked in. */
public record CheckInResult(String eventTitle, String sessionTitle, String personName, AttendanceStatus status,
                           boolean alreadyCheckedIn) {
}
