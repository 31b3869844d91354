package org.greenborder.academy.workshop;

/** Where an outcome stands. */
public enum OutcomeStatus {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    DROPPED("Dropped");

    private final String label;

    OutcomeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
