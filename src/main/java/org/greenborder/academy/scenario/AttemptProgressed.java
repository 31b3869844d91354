package org.greenborder.academy.scenario;

/** A move was saved in an attempt (published after commit, for live screens and boards). */
public record AttemptProgressed(long attemptId, Long exerciseId) {
}
