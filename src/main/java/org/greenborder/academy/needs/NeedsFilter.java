package org.greenborder.academy.needs;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.greenborder.academy.shared.Convention;
import org.greenborder.academy.shared.CountryCode;

/**
 * What the regional picture looks at. The period bounds activity (workshops held, exercises played, certificates
 * issued); the need levels are those last reported on or before its end, so a past period shows the picture as it
 * stood then. Null means "any": all sub-regions, all conventions, since the beginning, up to today.
 */
public record NeedsFilter(SubRegion region, Convention convention, LocalDate from, LocalDate to) {

    public static final NeedsFilter ANY = new NeedsFilter(null, null, null, null);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public NeedsFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The period must not end before it starts");
        }
    }

    public static NeedsFilter year(SubRegion region, Convention convention, Integer year) {
        return year == null ? new NeedsFilter(region, convention, null, null)
                : new NeedsFilter(region, convention, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean includes(CountryCode country) {
        return region == null || region.contains(country);
    }

    public boolean inPeriod(LocalDate day) {
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    public boolean upToEnd(LocalDate day) {
        return day != null && (to == null || !day.isAfter(to));
    }

    /** "1 January 2016 – 31 December 2016", "up to 31 December 2016", "all time". */
    public String period() {
        if (from == null && to == null) {
            return "all time";
        }
        if (from == null) {
            return "up to " + DAY.format(to);
        }
        if (to == null) {
            return "from " + DAY.format(from);
        }
        return DAY.format(from) + " – " + DAY.format(to);
    }

    /** One line naming every filter, for report headers and file names' readers. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(region == null ? "All sub-regions" : region.label());
        parts.add(convention == null ? "all conventions" : convention.label() + " Convention");
        parts.add(period());
        return String.join(", ", parts);
    }
}
