package org.greenborder.academy.workshop;

/** Where a person's registration for an event stands. */
public enum RegistrationStatus {
    NOMINATED("Nominated", false),
    CONFIRMED("Confirmed", true),
    WAITLISTED("Waitlisted", false),
    DECLINED("Declined", false),
    WITHDRAWN("Withdrawn", false),
    APOLOGIES("Apologies sent", false);

    private final String label;
    private final boolean expected;

    RegistrationStatus(String label, boolean expected) {
        this.label = label;
        this.expected = expected;
    }

    public String label() {
        return label;
    }

    /** Whether the person is expected in the room (and, as a participant or observer, takes a place). */
    public boolean expected() {
        return expected;
    }
}
