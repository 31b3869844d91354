package org.greenborder.academy.workshop;

import java.time.Instant;

/** The code a room shows for self check-in: valid until {@code expires}; the path is relative to the app's root. */
public record CheckInCode(long sessionId, String token, Instant expires) {

    public String path() {
        return "check-in/" + token;
    }
}
