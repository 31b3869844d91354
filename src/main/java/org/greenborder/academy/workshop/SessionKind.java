package org.greenborder.academy.workshop;

/** What happens in an agenda slot. */
public enum SessionKind {
    PLENARY("Plenary"),
    BREAKOUT("Breakout groups"),
    SITE_VISIT("Site visit"),
    BREAK("Break");

    private final String label;

    SessionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
