package org.greenborder.academy.workshop;

/** The part a person plays in an event. */
public enum EventRole {
    PARTICIPANT("Participant"),
    RESOURCE_PERSON("Resource person"),
    ORGANISER("Organiser"),
    OBSERVER("Observer"),
    REMOTE_PRESENTER("Remote presenter");

    private final String label;

    EventRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
