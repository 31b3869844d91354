package org.greenborder.academy.workshop;

/** How two events relate: "this event is {forward} the other"; seen from the other event, "{backward}". */
public enum LinkKind {
    PARALLEL_WITH("Held in parallel with", "Held in parallel with"),
    BACK_TO_BACK_WITH("Back to back with", "Back to back with"),
    FOLLOW_UP_OF("Follow-up of", "Followed up by");

    private final String forward;
    private final String backward;

    LinkKind(String forward, String backward) {
        this.forward = forward;
        this.backward = backward;
    }

    public String label() {
        return forward;
    }

    public String label(boolean seenFromSource) {
        return seenFromSource ? forward : backward;
    }
}
