package org.greenborder.academy.workshop;

/**
 * How much of an event a person attended: sessions present or late, out of the sessions that take attendance
 * (breaks do not). Unmarked sessions count as not attended.
 */
public record AttendanceRate(Registration registration, int present, int late, int excused, int absent, int sessions) {

    public int attended() {
        return present + late;
    }

    /** 0–100, rounded down, so that 79.9 % never shows as 80 %. */
    public int percent() {
        return sessions == 0 ? 0 : attended() * 100 / sessions;
    }
}
