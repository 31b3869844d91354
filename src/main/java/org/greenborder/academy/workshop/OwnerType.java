package org.greenborder.academy.workshop;

/** Who owns an outcome. */
public enum OwnerType {
    COUNTRY("Country"),
    ORGANISATION("Organisation"),
    NETWORK("The network");

    private final String label;

    OwnerType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
