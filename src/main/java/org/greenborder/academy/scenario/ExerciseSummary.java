package org.greenborder.academy.scenario;

import java.time.Instant;

/** An exercise of a workshop as organisers and participants see it. */
public record ExerciseSummary(long id, long eventId, long sessionId, String sessionTitle, String scenarioId, String scenarioTitle,
                              boolean groupMode, ExerciseStatus status, Instant startedAt) {
}
