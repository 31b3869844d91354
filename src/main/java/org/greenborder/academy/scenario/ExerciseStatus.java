package org.greenborder.academy.scenario;

public enum ExerciseStatus {
    /** Attached to a session; participants cannot open it yet. */
    READY,
    /** Started by an organiser: participants join and the live board follows them. */
    LIVE,
    CLOSED
}
