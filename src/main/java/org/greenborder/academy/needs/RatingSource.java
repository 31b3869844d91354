package org.greenborder.academy.needs;

/** Who put a rating in: an analyst for a whole agency, or a participant answering the round's survey. */
public enum RatingSource {
    ANALYST("Analyst"),
    SURVEY("Survey");

    private final String label;

    RatingSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
