package org.greenborder.academy.workshop;

/** What a workshop produced. */
public enum OutcomeKind {
    RECOMMENDATION("Recommendation"),
    ACTION_ITEM("Action item");

    private final String label;

    OutcomeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
