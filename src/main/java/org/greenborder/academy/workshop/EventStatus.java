package org.greenborder.academy.workshop;

/** Drafts are seen only by organisers; published events also by their participants; closed events are over. */
public enum EventStatus {
    DRAFT("Draft"),
    PUBLISHED("Published"),
    CLOSED("Closed");

    private final String label;

    EventStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
