package org.greenborder.academy.scenario;

/** An attempt changed: a move was saved, or its time ran out (heard after commit, by live screens and boards). */
public record AttemptProgressed(long attemptId, Long exerciseId) {
}
