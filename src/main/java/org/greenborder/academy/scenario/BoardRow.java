package org.greenborder.academy.scenario;

/** One line of a live board: a participant or a breakout group, where their attempt stands, and its score. */
public record BoardRow(long attemptId, String who, String country, String stage, int moves, AttemptStatus status,
                       Integer percent, Boolean passed) {
}
