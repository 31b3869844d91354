package org.greenborder.academy.scenario;

import java.util.Set;

/** An organiser started an exercise live; the participants named here should be told at once. */
public record ExerciseStarted(long exerciseId, long eventId, String scenarioTitle, Set<String> participants) {
}
