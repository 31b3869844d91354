package org.greenborder.academy.scenario;

public enum AttemptStatus {
    IN_PROGRESS,
    /** Closed by a decision that led to an ending. */
    COMPLETED,
    /** Closed because the scenario's time limit ran out; scored as it stood. */
    TIMED_OUT
}
