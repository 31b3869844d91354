package org.greenborder.academy.needs;

import static org.greenborder.academy.needs.DataTable.row;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.greenborder.academy.shared.CountryCode;

/**
 * The dashboard's tables, from the same records as its charts: what a grid shows and what CSV and Excel exports
 * carry. Levels are rounded to one decimal, as everywhere people read them; countries are named, not coded.
 */
public final class NeedsTables {

    private NeedsTables() {
    }

    /** Every table of the regional dashboard, in the dashboard's order. */
    public static List<DataTable> regional(RegionalPicture p) {
        return List.of(summary(p), needLevels(p), trend(p), coverage(p), officersTrained(p), missedFlags(p));
    }

    /** Every table of a country profile, in the profile page's order. */
    public static List<DataTable> country(CountryProfile c) {
        return List.of(needs(c), officersByAgency(c), workshops(c), performance(c), openActions(c), recommendations(c));
    }

    /** The filter and the headline figures, so an exported workbook says what it is about. */
    public static DataTable summary(RegionalPicture p) {
        RegionalPicture.Totals totals = p.totals();
        return new DataTable("Summary", List.of("Figure", "Value"), List.of(
                row("Filter", p.filter().describe()),
                row("Period", p.filter().period()),
                row("Countries rated", totals.countriesRated()),
                row("Needs reported (level 3 or more)", totals.needsReported()),
                row("Needs addressed", totals.needsAddressed()),
                row("Needs addressed (%)", totals.addressedPercent()),
                row("Officers trained", totals.officersTrained()),
                row("Workshops", totals.workshops()),
                row("Exercise attempts", totals.attempts()),
                row("Certificates", totals.certificates())));
    }

    /** The heat map as numbers: a row per country, a column per theme; empty where the country was never rated. */
    public static DataTable needLevels(RegionalPicture p) {
        List<String> headers = new ArrayList<>();
        headers.add("Country");
        p.themes().forEach(theme -> headers.add(theme.label()));
        List<List<Object>> rows = new ArrayList<>();
        for (CountryCode country : p.countries()) {
            List<Object> row = new ArrayList<>();
            row.add(country.displayName());
            for (Theme theme : p.themes()) {
                row.add(p.cell(country, theme.code()).map(cell -> level(cell.level())).orElse(null));
            }
            rows.add(row);
        }
        return new DataTable("Need levels", headers, rows);
    }

    public static DataTable trend(RegionalPicture p) {
        Map<String, String> labels = themeLabels(p);
        List<List<Object>> rows = new ArrayList<>();
        p.trend().stream()
                .sorted(Comparator.comparing(RegionalPicture.RoundTrend::roundDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(RegionalPicture.RoundTrend::roundId))
                .forEach(round -> round.levels().forEach(level -> rows.add(row(round.roundTitle(), round.roundDate(),
                        labels.getOrDefault(level.themeCode(), level.themeCode()), level(level.level()), level.countries()))));
        return new DataTable("Need trend", List.of("Round", "Round date", "Theme", "Mean level", "Countries rated"), rows);
    }

    public static DataTable coverage(RegionalPicture p) {
        Map<String, String> labels = themeLabels(p);
        List<List<Object>> rows = p.coverage().stream()
                .sorted(Comparator.comparing((RegionalPicture.Coverage c) -> c.country().displayName())
                        .thenComparing(Comparator.comparingDouble(RegionalPicture.Coverage::level).reversed()))
                .map(need -> row(need.country().displayName(), labels.getOrDefault(need.themeCode(), need.themeCode()),
                        level(need.level()), need.roundTitle(), need.reportedOn(), need.addressed(),
                        need.trainingSince().isEmpty() ? null : String.join("; ", need.trainingSince())))
                .toList();
        return new DataTable("Coverage", List.of("Country", "Theme", "Level", "Reported in", "Reported on", "Addressed",
                "Training since"), rows);
    }

    public static DataTable officersTrained(RegionalPicture p) {
        List<List<Object>> rows = p.trained().stream()
                .sorted(Comparator.comparing((RegionalPicture.TrainedCount t) -> t.country().displayName())
                        .thenComparingInt(RegionalPicture.TrainedCount::year))
                .map(t -> row(t.country().displayName(), t.year(), t.officers(), t.inWorkshops(), t.inExercises()))
                .toList();
        return new DataTable("Officers trained", List.of("Country", "Year", "Officers", "In workshops", "In exercises"), rows);
    }

    /** Every missed flag, the most missed first (the chart shows the first few). */
    public static DataTable missedFlags(RegionalPicture p) {
        List<List<Object>> rows = NeedsCharts.mostMissed(p, Integer.MAX_VALUE).stream()
                .map(flag -> row(flag.country().displayName(), flag.scenarioTitle(), flag.flagText(), flag.attempts(),
                        flag.missed(), flag.missedPercent()))
                .toList();
        return new DataTable("Missed red flags", List.of("Country", "Scenario", "Red flag", "Attempts", "Missed",
                "Missed %"), rows);
    }

    /** One row per agency's rating (the theme's level repeated), so comments sit next to who made them. */
    public static DataTable needs(CountryProfile c) {
        List<List<Object>> rows = new ArrayList<>();
        c.needs().stream()
                .sorted(Comparator.comparing(CountryProfile.RoundNeeds::roundDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(CountryProfile.RoundNeeds::roundId))
                .forEach(round -> round.themes().forEach(need -> {
                    if (need.ratings().isEmpty()) {
                        rows.add(row(round.roundTitle(), round.roundDate(), need.themeLabel(), level(need.level()), null,
                                null, null));
                    }
                    need.ratings().forEach(rating -> rows.add(row(round.roundTitle(), round.roundDate(),
                            need.themeLabel(), level(need.level()), rating.agency(), rating.level(), rating.comment())));
                }));
        return new DataTable("Needs by round", List.of("Round", "Round date", "Theme", "Level", "Agency", "Agency rating",
                "Comment"), rows);
    }

    public static DataTable officersByAgency(CountryProfile c) {
        return new DataTable("Officers by agency", List.of("Agency", "In workshops", "In exercises", "Officers"),
                c.officersTrained().stream()
                        .map(a -> row(a.agency(), a.inWorkshops(), a.inExercises(), a.officers()))
                        .toList());
    }

    public static DataTable workshops(CountryProfile c) {
        return new DataTable("Workshops attended", List.of("Workshop", "Start", "End", "Venue", "Officers", "Themes"),
                c.workshops().stream()
                        .map(w -> row(w.title(), w.startDate(), w.endDate(), w.venue(), w.officers(),
                                w.themes().isEmpty() ? null : String.join("; ", w.themes())))
                        .toList());
    }

    public static DataTable performance(CountryProfile c) {
        return new DataTable("Exercise performance", List.of("Topic", "Attempts", "Passed", "Average score %",
                "Red flags found %"),
                c.performance().stream()
                        .map(t -> row(t.topic(), t.attempts(), t.passed(), t.averagePercent(), t.flagsFoundPercent()))
                        .toList());
    }

    public static DataTable openActions(CountryProfile c) {
        return new DataTable("Open actions", List.of("Workshop", "Action", "Theme", "Owner", "Due", "Status", "Overdue"),
                c.openActions().stream()
                        .map(a -> row(a.eventTitle(), a.text(), a.themeLabel(), a.owner(), a.dueDate(), a.status(),
                                a.overdue()))
                        .toList());
    }

    public static DataTable recommendations(CountryProfile c) {
        List<Recommendation> ranked = c.recommendations().stream()
                .sorted(Comparator.comparingDouble(Recommendation::priority).reversed())
                .toList();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Recommendation r = ranked.get(i);
            rows.add(row(i + 1, r.themeLabel(), level(r.level()), Math.round(r.priority() * 100) / 100.0,
                    String.join("; ", r.reasons())));
        }
        return new DataTable("Recommendations", List.of("Rank", "Theme", "Level", "Priority", "Reasons"), rows);
    }

    private static Map<String, String> themeLabels(RegionalPicture p) {
        return p.themes().stream().collect(Collectors.toMap(Theme::code, Theme::label, (first, second) -> first));
    }

    private static double level(double level) {
        return Math.round(level * 10) / 10.0;
    }
}
