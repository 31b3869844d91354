package org.greenborder.academy.workshop;

/** How someone who is not in the room contributes to a session. */
public enum ContributionKind {
    VIDEO_PRESENTATION("Video presentation"),
    LIVE_LINK("Live link");

    private final String label;

    ContributionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
