package org.greenborder.academy.security;

import java.time.Instant;

/** One of a user's open sessions, as they see it on their account page: no session id leaves the server. */
public record SessionInfo(Instant started, Instant lastActive, boolean current) {
}
