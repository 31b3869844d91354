package org.greenborder.academy.scenario;

import java.time.Instant;

/** One attempt in a history list. */
public record AttemptSummary(long id, String scenarioId, String scenarioTitle, String username, AttemptStatus status,
                             Instant startedAt, Instant completedAt, Integer percent, Boolean passed, String endingTitle) {
}
