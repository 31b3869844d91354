package org.greenborder.academy.workshop;

/** A participant's attendance at one session. */
public enum AttendanceStatus {
    PRESENT("Present"),
    LATE("Late"),
    EXCUSED("Excused"),
    ABSENT("Absent");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
