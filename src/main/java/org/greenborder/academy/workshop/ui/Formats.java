package org.greenborder.academy.workshop.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as organisers write them on agendas: "1–3 April 2014", "Tuesday, 1 April 2014", "09:00". */
final class Formats {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Formats() {
    }

    static String dateRange(LocalDate start, LocalDate end) {
        if (start.equals(end)) {
            return start.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        }
        if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
            return start.getDayOfMonth() + "–" + end.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        }
        if (start.getYear() == end.getYear()) {
            return start.format(DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH)) + " – "
                    + end.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        }
        return start.format(DATE) + " – " + end.format(DATE);
    }

    static String timeRange(LocalTime start, LocalTime end) {
        return start.format(TIME) + "–" + end.format(TIME);
    }
}
