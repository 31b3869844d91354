package org.greenborder.academy.scenario;

import java.time.Instant;

/** Published when an attempt closes (by a decision or when its time ran out), for certificates and dashboards. */
public record AttemptCompleted(long attemptId, String scenarioId, String scenarioTitle, String username, int percent,
                               boolean passed, boolean timedOut, Instant completedAt, Long eventId) {
}
