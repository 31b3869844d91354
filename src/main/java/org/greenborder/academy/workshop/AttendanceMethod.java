package org.greenborder.academy.workshop;

/** How an attendance mark was made. */
public enum AttendanceMethod {
    SELF_CHECK_IN("QR self check-in"),
    ORGANISER("Marked by organiser");

    private final String label;

    AttendanceMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
