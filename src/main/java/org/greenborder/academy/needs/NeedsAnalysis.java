package org.greenborder.academy.needs;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.greenborder.academy.certificate.IssuedCertificate;
import org.greenborder.academy.scenario.AttemptRecord;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.workshop.AgencyType;
import org.greenborder.academy.workshop.OutcomeStatus;
import org.greenborder.academy.workshop.WorkshopHistory;

/**
 * The arithmetic of the needs picture.
 * <ul>
 * <li>An agency's level in a round is the analyst's rating for it, or, where the analyst entered none, the mean of its
 * officers' survey answers; a country's level is the mean over its agencies.</li>
 * <li>The current need is the level from the latest round, within the filter, that rated the country on the theme.</li>
 * <li>A need counts as reported from level 3 up, and as addressed when, on or after the day it was reported, officers
 * of the country attended a workshop on the theme or played exercises whose topics train it.</li>
 * </ul>
 */
final class NeedsAnalysis {

    static final double REPORTED_NEED = 3.0;
    static final int FLAGS_PER_COUNTRY = 3;
    static final int RECOMMENDATIONS = 3;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final NeedsData data;
    private final NeedsFilter filter;
    private final Map<String, Theme> themesByCode = new LinkedHashMap<>();
    private final List<NeedsData.Round> rounds;
    private final Map<Long, NeedsData.Round> roundsById = new HashMap<>();
    /** round → country → theme → level */
    private final Map<Long, Map<CountryCode, Map<String, Double>>> levels = new HashMap<>();

    NeedsAnalysis(NeedsData data, NeedsFilter filter) {
        this.data = data;
        this.filter = filter;
        data.themes().forEach(theme -> themesByCode.put(theme.code(), theme));
        this.rounds = data.rounds().stream()
                .filter(round -> round.covers(filter.convention()) && filter.upToEnd(round.heldOn()))
                .sorted(Comparator.comparing(NeedsData.Round::heldOn).thenComparing(NeedsData.Round::id))
                .toList();
        rounds.forEach(round -> roundsById.put(round.id(), round));
        computeLevels();
    }

    private void computeLevels() {
        // round → country → theme → agency → (analyst level, survey levels)
        Map<Long, Map<CountryCode, Map<String, Map<AgencyType, List<Rating>>>>> grouped = new HashMap<>();
        for (Rating rating : data.ratings()) {
            if (!roundsById.containsKey(rating.roundId()) || !themesByCode.containsKey(rating.themeCode())) {
                continue;
            }
            grouped.computeIfAbsent(rating.roundId(), k -> new HashMap<>())
                    .computeIfAbsent(rating.country(), k -> new HashMap<>())
                    .computeIfAbsent(rating.themeCode(), k -> new EnumMap<>(AgencyType.class))
                    .computeIfAbsent(rating.agency(), k -> new ArrayList<>())
                    .add(rating);
        }
        grouped.forEach((round, countries) -> countries.forEach((country, themes) -> themes.forEach((theme, agencies) -> {
            double level = agencies.values().stream().mapToDouble(NeedsAnalysis::agencyLevel).average().orElseThrow();
            levels.computeIfAbsent(round, k -> new HashMap<>()).computeIfAbsent(country, k -> new HashMap<>()).put(theme, level);
        })));
    }

    static double agencyLevel(List<Rating> ratings) {
        return ratings.stream().filter(r -> r.source() == RatingSource.ANALYST).findFirst()
                .map(r -> (double) r.level())
                .orElseGet(() -> ratings.stream().mapToInt(Rating::level).average().orElseThrow());
    }

    // ---- the regional picture

    RegionalPicture regional() {
        List<Theme> columns = data.themes().stream().filter(Theme::active)
                .sorted(Comparator.comparingInt(Theme::position).thenComparing(Theme::code)).toList();
        Set<String> columnCodes = columns.stream().map(Theme::code).collect(Collectors.toSet());

        List<RegionalPicture.HeatCell> heat = new ArrayList<>();
        Set<CountryCode> rated = new TreeSet<>();
        for (Map.Entry<CountryCode, Map<String, Current>> country : current().entrySet()) {
            if (!filter.includes(country.getKey())) {
                continue;
            }
            country.getValue().forEach((theme, current) -> {
                if (columnCodes.contains(theme)) {
                    heat.add(new RegionalPicture.HeatCell(country.getKey(), theme, current.level(), current.round().title(),
                            current.round().heldOn()));
                    rated.add(country.getKey());
                }
            });
        }

        List<RegionalPicture.RoundTrend> trend = new ArrayList<>();
        for (NeedsData.Round round : rounds) {
            Map<CountryCode, Map<String, Double>> byCountry = levels.getOrDefault(round.id(), Map.of());
            List<RegionalPicture.ThemeLevel> themeLevels = new ArrayList<>();
            for (Theme theme : columns) {
                List<Double> values = byCountry.entrySet().stream().filter(e -> filter.includes(e.getKey()))
                        .map(e -> e.getValue().get(theme.code())).filter(Objects::nonNull).toList();
                if (!values.isEmpty()) {
                    themeLevels.add(new RegionalPicture.ThemeLevel(theme.code(),
                            values.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), values.size()));
                }
            }
            if (!themeLevels.isEmpty()) {
                trend.add(new RegionalPicture.RoundTrend(round.id(), round.title(), round.heldOn(), themeLevels));
            }
        }

        List<RegionalPicture.Coverage> coverage = new ArrayList<>();
        for (RegionalPicture.HeatCell cell : heat) {
            if (cell.level() >= REPORTED_NEED) {
                List<String> since = trainingSince(cell.country(), themesByCode.get(cell.themeCode()), cell.roundDate());
                coverage.add(new RegionalPicture.Coverage(cell.country(), cell.themeCode(), cell.level(), cell.roundTitle(),
                        cell.roundDate(), !since.isEmpty(), since));
            }
        }

        Map<CountryCode, Map<Integer, Set<String>>> inWorkshops = new HashMap<>();
        Map<CountryCode, Map<Integer, Set<String>>> inExercises = new HashMap<>();
        Set<Long> workshopsHeld = new HashSet<>();
        for (WorkshopHistory.Event event : eventsInPeriod()) {
            for (WorkshopHistory.Participant participant : event.participants()) {
                if (participant.trained() && participant.country() != null && filter.includes(participant.country())) {
                    inWorkshops.computeIfAbsent(participant.country(), k -> new TreeMap<>())
                            .computeIfAbsent(event.endDate().getYear(), k -> new HashSet<>()).add(officer(participant));
                    workshopsHeld.add(event.id());
                }
            }
        }
        List<AttemptRecord> attempts = attemptsInPeriod().stream()
                .filter(a -> country(a).map(filter::includes).orElse(false)).toList();
        for (AttemptRecord attempt : attempts) {
            inExercises.computeIfAbsent(country(attempt).orElseThrow(), k -> new TreeMap<>())
                    .computeIfAbsent(day(attempt).getYear(), k -> new HashSet<>()).add(attempt.username());
        }
        List<RegionalPicture.TrainedCount> trained = new ArrayList<>();
        Set<CountryCode> trainedCountries = new TreeSet<>();
        trainedCountries.addAll(inWorkshops.keySet());
        trainedCountries.addAll(inExercises.keySet());
        Set<String> allOfficers = new HashSet<>();
        for (CountryCode country : trainedCountries) {
            Set<Integer> years = new TreeSet<>();
            years.addAll(inWorkshops.getOrDefault(country, Map.of()).keySet());
            years.addAll(inExercises.getOrDefault(country, Map.of()).keySet());
            for (int year : years) {
                Set<String> workshop = inWorkshops.getOrDefault(country, Map.of()).getOrDefault(year, Set.of());
                Set<String> exercise = inExercises.getOrDefault(country, Map.of()).getOrDefault(year, Set.of());
                Set<String> union = new HashSet<>(workshop);
                union.addAll(exercise);
                trained.add(new RegionalPicture.TrainedCount(country, year, union.size(), workshop.size(), exercise.size()));
                union.forEach(o -> allOfficers.add(country + "/" + o));
            }
        }

        List<RegionalPicture.MissedFlag> missed = new ArrayList<>();
        attempts.stream().collect(Collectors.groupingBy(a -> country(a).orElseThrow(), TreeMap::new, Collectors.toList()))
                .forEach((country, list) -> missed.addAll(mostMissed(country, list, FLAGS_PER_COUNTRY)));

        Set<CountryCode> rows = new TreeSet<>(Comparator.comparing(CountryCode::displayName));
        rows.addAll(rated);
        rows.addAll(trainedCountries);

        int certificates = (int) data.certificates().stream()
                .filter(c -> filter.inPeriod(c.issuedOn()))
                .filter(c -> Optional.ofNullable(data.personCountries().get(c.personId())).map(filter::includes).orElse(false))
                .filter(c -> eventCovers(c.eventId()))
                .count();
        RegionalPicture.Totals totals = new RegionalPicture.Totals(rated.size(), coverage.size(),
                (int) coverage.stream().filter(RegionalPicture.Coverage::addressed).count(), allOfficers.size(),
                workshopsHeld.size(), attempts.size(), certificates);
        heat.sort(Comparator.comparing((RegionalPicture.HeatCell c) -> c.country().displayName())
                .thenComparing(c -> themesByCode.get(c.themeCode()).position()));
        coverage.sort(Comparator.comparing((RegionalPicture.Coverage c) -> c.country().displayName())
                .thenComparing(c -> themesByCode.get(c.themeCode()).position()));
        trained.sort(Comparator.comparing((RegionalPicture.TrainedCount t) -> t.country().displayName())
                .thenComparing(RegionalPicture.TrainedCount::year));
        missed.sort(Comparator.comparing((RegionalPicture.MissedFlag m) -> m.country().displayName())
                .thenComparing(m -> -m.missedPercent()));
        return new RegionalPicture(filter, columns, List.copyOf(rows), heat, trend, coverage, trained, missed, totals);
    }

    // ---- one country

    CountryProfile profile(CountryCode country) {
        List<CountryProfile.RoundNeeds> needs = new ArrayList<>();
        for (NeedsData.Round round : rounds) {
            Map<String, Double> byTheme = levels.getOrDefault(round.id(), Map.of()).getOrDefault(country, Map.of());
            if (byTheme.isEmpty()) {
                continue;
            }
            List<CountryProfile.ThemeNeed> themes = new ArrayList<>();
            for (Theme theme : orderedThemes()) {
                Double level = byTheme.get(theme.code());
                if (level == null) {
                    continue;
                }
                List<CountryProfile.AgencyRating> agencyRatings = data.ratings().stream()
                        .filter(r -> r.roundId() == round.id() && r.country().equals(country) && r.themeCode().equals(theme.code()))
                        .sorted(Comparator.comparing(Rating::agency).thenComparing(Rating::source).thenComparing(Rating::respondent))
                        .map(r -> new CountryProfile.AgencyRating(r.agency().label()
                                + (r.source() == RatingSource.SURVEY ? " (survey answer)" : ""), r.level(), r.comment()))
                        .toList();
                themes.add(new CountryProfile.ThemeNeed(theme.code(), theme.label(), level, agencyRatings));
            }
            needs.add(new CountryProfile.RoundNeeds(round.id(), round.title(), round.heldOn(), themes));
        }

        Map<String, Set<String>> agencyWorkshop = new TreeMap<>();
        Map<String, Set<String>> agencyExercise = new TreeMap<>();
        List<CountryProfile.WorkshopAttended> workshops = new ArrayList<>();
        for (WorkshopHistory.Event event : eventsInPeriod()) {
            List<WorkshopHistory.Participant> ours = event.participants().stream()
                    .filter(p -> p.trained() && country.equals(p.country())).toList();
            if (ours.isEmpty()) {
                continue;
            }
            for (WorkshopHistory.Participant participant : ours) {
                agencyWorkshop.computeIfAbsent(agencyLabel(participant.agency()), k -> new HashSet<>()).add(officer(participant));
            }
            workshops.add(new CountryProfile.WorkshopAttended(event.id(), event.title(), event.startDate(), event.endDate(),
                    event.venueCity() + ", " + event.venueCountry().displayName(), ours.size(),
                    event.themes().stream().sorted().map(t -> themeLabel(t.name())).toList()));
        }
        List<AttemptRecord> attempts = attemptsInPeriod().stream()
                .filter(a -> country(a).map(country::equals).orElse(false)).toList();
        for (AttemptRecord attempt : attempts) {
            agencyExercise.computeIfAbsent(attempt.agencyType() == null ? "Not recorded" : attempt.agencyType(),
                    k -> new HashSet<>()).add(attempt.username());
        }
        Set<String> agencies = new TreeSet<>(agencyWorkshop.keySet());
        agencies.addAll(agencyExercise.keySet());
        List<CountryProfile.AgencyTrained> officers = agencies.stream().map(agency -> {
            Set<String> union = new HashSet<>(agencyWorkshop.getOrDefault(agency, Set.of()));
            union.addAll(agencyExercise.getOrDefault(agency, Set.of()));
            return new CountryProfile.AgencyTrained(agency, agencyWorkshop.getOrDefault(agency, Set.of()).size(),
                    agencyExercise.getOrDefault(agency, Set.of()).size(), union.size());
        }).toList();

        Map<String, List<AttemptRecord>> byTopic = new TreeMap<>();
        for (AttemptRecord attempt : attempts) {
            for (String topic : attempt.topics()) {
                byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(attempt);
            }
        }
        List<CountryProfile.TopicPerformance> performance = byTopic.entrySet().stream()
                .map(e -> new CountryProfile.TopicPerformance(e.getKey(), e.getValue().size(),
                        (int) e.getValue().stream().filter(AttemptRecord::passed).count(),
                        (int) Math.round(e.getValue().stream().mapToInt(AttemptRecord::percent).average().orElse(0)),
                        foundPercent(e.getValue())))
                .toList();

        List<CountryProfile.ActionItem> actions = data.actions().stream()
                .filter(a -> country.equals(a.ownerCountry()))
                .filter(a -> a.status() == OutcomeStatus.OPEN || a.status() == OutcomeStatus.IN_PROGRESS)
                .sorted(Comparator.comparing(WorkshopHistory.Action::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(a -> new CountryProfile.ActionItem(a.eventId(), a.eventTitle(), a.text(), themeLabel(a.theme().name()),
                        a.owner(), a.dueDate(), a.status().label(), a.overdue()))
                .toList();

        Map<String, Integer> byKind = new TreeMap<>();
        data.certificates().stream()
                .filter(c -> country.equals(data.personCountries().get(c.personId())))
                .filter(c -> filter.inPeriod(c.issuedOn()) && eventCovers(c.eventId()))
                .forEach(c -> byKind.merge(c.kind().label(), 1, Integer::sum));
        CountryProfile.Certificates certificates = new CountryProfile.Certificates(
                byKind.values().stream().mapToInt(Integer::intValue).sum(), byKind);

        return new CountryProfile(country, country.displayName(), SubRegion.of(country).map(SubRegion::label).orElse("Other"),
                needs, officers, workshops, performance, actions, certificates, recommendations(country));
    }

    /**
     * The largest current needs of the country, ranked by: the level (1–5); one point more when no training reached
     * it since it was reported; up to three quarters of a point for the time since the last training on it (a quarter
     * a year, at most three years; never trained counts as three); and up to one point for red flags missed in the
     * related exercises (the share missed).
     */
    List<Recommendation> recommendations(CountryCode country) {
        Map<String, Current> current = current().getOrDefault(country, Map.of());
        LocalDate asOf = filter.to() == null || filter.to().isAfter(data.today()) ? data.today() : filter.to();
        List<Recommendation> result = new ArrayList<>();
        for (Theme theme : orderedThemes()) {
            Current need = current.get(theme.code());
            if (!theme.active() || need == null || need.level() < REPORTED_NEED) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            String agencies = data.ratings().stream()
                    .filter(r -> r.roundId() == need.round().id() && r.country().equals(country) && r.themeCode().equals(theme.code()))
                    .collect(Collectors.groupingBy(Rating::agency, () -> new EnumMap<>(AgencyType.class), Collectors.toList()))
                    .entrySet().stream()
                    .map(e -> e.getKey().label() + " " + level(agencyLevel(e.getValue())))
                    .collect(Collectors.joining(", "));
            reasons.add("Need level " + level(need.level()) + " of 5 reported in " + need.round().title() + " ("
                    + DAY.format(need.round().heldOn()) + (agencies.isEmpty() ? "" : ": " + agencies) + ")");
            List<String> since = trainingSince(country, theme, need.round().heldOn());
            double priority = need.level();
            if (since.isEmpty()) {
                priority += 1.0;
                reasons.add("No workshop or exercise on it has reached " + country.displayName() + "'s officers since it was reported");
            } else {
                reasons.add("Trained since it was reported: " + String.join("; ", since));
            }
            Optional<Training> last = lastTraining(country, theme, asOf);
            if (last.isEmpty()) {
                priority += 0.75;
                reasons.add("No training on it recorded for " + country.displayName() + " yet");
            } else {
                long months = ChronoUnit.MONTHS.between(last.get().day(), asOf);
                priority += Math.min(months / 12.0, 3.0) * 0.25;
                reasons.add("Last training on it: " + last.get().what() + ", " + MONTH.format(last.get().day())
                        + " (" + ago(months) + ")");
            }
            if (theme.scenarioTopics().isEmpty()) {
                reasons.add("No exercise trains this theme: it needs workshop sessions");
            } else {
                List<AttemptRecord> related = data.attempts().stream()
                        .filter(a -> country(a).map(country::equals).orElse(false))
                        .filter(a -> filter.upToEnd(day(a)) && scenarioCovers(a))
                        .filter(a -> trains(theme, a)).toList();
                long flags = related.stream().mapToLong(a -> a.flags().size()).sum();
                if (related.isEmpty()) {
                    reasons.add("No related exercises played by " + country.displayName() + "'s officers yet");
                } else if (flags > 0) {
                    int found = foundPercent(related);
                    priority += (100 - found) / 100.0;
                    reasons.add("In related exercises, " + country.displayName() + "'s officers found " + found
                            + " % of the red flags (" + related.size() + (related.size() == 1 ? " attempt)" : " attempts)"));
                }
            }
            result.add(new Recommendation(theme.code(), theme.label(), need.level(), Math.round(priority * 100) / 100.0, reasons));
        }
        result.sort(Comparator.comparingDouble(Recommendation::priority).reversed());
        return result.size() > RECOMMENDATIONS ? List.copyOf(result.subList(0, RECOMMENDATIONS)) : result;
    }

    // ---- helpers

    private record Current(double level, NeedsData.Round round) {
    }

    private record Training(LocalDate day, String what) {
    }

    /** country → theme → level from the latest round that rated it. */
    private Map<CountryCode, Map<String, Current>> current() {
        Map<CountryCode, Map<String, Current>> result = new HashMap<>();
        for (NeedsData.Round round : rounds) {
            levels.getOrDefault(round.id(), Map.of()).forEach((country, themes) -> themes.forEach((theme, level) ->
                    result.computeIfAbsent(country, k -> new HashMap<>()).put(theme, new Current(level, round))));
        }
        return result;
    }

    private List<String> trainingSince(CountryCode country, Theme theme, LocalDate reported) {
        List<String> result = new ArrayList<>();
        for (WorkshopHistory.Event event : data.events()) {
            if (!event.ended() || event.startDate().isBefore(reported) || !filter.upToEnd(event.startDate())
                    || !eventCovers(event) || !addresses(event, theme)) {
                continue;
            }
            long officers = event.participants().stream().filter(p -> p.trained() && country.equals(p.country())).count();
            if (officers > 0) {
                result.add(event.title() + " (" + MONTH.format(event.startDate()) + ", " + officers
                        + (officers == 1 ? " officer)" : " officers)"));
            }
        }
        List<AttemptRecord> exercises = data.attempts().stream()
                .filter(a -> country(a).map(country::equals).orElse(false))
                .filter(a -> !day(a).isBefore(reported) && filter.upToEnd(day(a)) && scenarioCovers(a) && trains(theme, a))
                .toList();
        if (!exercises.isEmpty()) {
            long passed = exercises.stream().filter(AttemptRecord::passed).count();
            result.add(exercises.size() + (exercises.size() == 1 ? " exercise" : " exercises") + " on related scenarios ("
                    + passed + " passed)");
        }
        return result;
    }

    private Optional<Training> lastTraining(CountryCode country, Theme theme, LocalDate asOf) {
        Optional<Training> workshop = data.events().stream()
                .filter(e -> e.ended() && !e.endDate().isAfter(asOf) && eventCovers(e) && addresses(e, theme))
                .filter(e -> e.participants().stream().anyMatch(p -> p.trained() && country.equals(p.country())))
                .max(Comparator.comparing(WorkshopHistory.Event::endDate))
                .map(e -> new Training(e.endDate(), e.title()));
        Optional<Training> exercise = data.attempts().stream()
                .filter(a -> country(a).map(country::equals).orElse(false))
                .filter(a -> !day(a).isAfter(asOf) && scenarioCovers(a) && trains(theme, a))
                .max(Comparator.comparing(this::day))
                .map(a -> new Training(day(a), "exercise \"" + a.scenarioTitle() + "\""));
        return workshop.isEmpty() ? exercise : exercise.isEmpty() ? workshop
                : Optional.of(workshop.get().day().isBefore(exercise.get().day()) ? exercise.get() : workshop.get());
    }

    private List<RegionalPicture.MissedFlag> mostMissed(CountryCode country, List<AttemptRecord> attempts, int limit) {
        Map<List<String>, int[]> counts = new LinkedHashMap<>();
        for (AttemptRecord attempt : attempts) {
            for (AttemptRecord.Flag flag : attempt.flags()) {
                int[] c = counts.computeIfAbsent(List.of(attempt.scenarioTitle(), flag.text()), k -> new int[2]);
                c[0]++;
                if (!flag.found()) {
                    c[1]++;
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue()[1] > 0)
                .map(e -> new RegionalPicture.MissedFlag(country, e.getKey().get(0), e.getKey().get(1), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt(RegionalPicture.MissedFlag::missedPercent).reversed()
                        .thenComparing(Comparator.comparingInt(RegionalPicture.MissedFlag::missed).reversed())
                        .thenComparing(RegionalPicture.MissedFlag::flagText))
                .limit(limit).toList();
    }

    private List<WorkshopHistory.Event> eventsInPeriod() {
        return data.events().stream().filter(e -> e.ended() && filter.inPeriod(e.endDate()) && eventCovers(e)).toList();
    }

    private List<AttemptRecord> attemptsInPeriod() {
        return data.attempts().stream().filter(a -> filter.inPeriod(day(a)) && scenarioCovers(a)).toList();
    }

    private boolean eventCovers(WorkshopHistory.Event event) {
        return filter.convention() == null || event.conventions().isEmpty() || event.conventions().contains(filter.convention());
    }

    private boolean eventCovers(long eventId) {
        return filter.convention() == null || data.events().stream().filter(e -> e.id() == eventId).findFirst()
                .map(this::eventCovers).orElse(true);
    }

    private boolean scenarioCovers(AttemptRecord attempt) {
        return filter.convention() == null || attempt.conventions().contains(filter.convention().code());
    }

    private static boolean addresses(WorkshopHistory.Event event, Theme theme) {
        return event.themes().stream().anyMatch(t -> t.name().equals(theme.code()));
    }

    private static boolean trains(Theme theme, AttemptRecord attempt) {
        return attempt.topics().stream().anyMatch(theme.scenarioTopics()::contains);
    }

    private LocalDate day(AttemptRecord attempt) {
        return LocalDate.ofInstant(attempt.completedAt(), data.zone());
    }

    private static Optional<CountryCode> country(AttemptRecord attempt) {
        try {
            return attempt.country() == null ? Optional.empty() : Optional.of(CountryCode.of(attempt.country()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int foundPercent(List<AttemptRecord> attempts) {
        long flags = attempts.stream().mapToLong(a -> a.flags().size()).sum();
        long found = attempts.stream().mapToLong(AttemptRecord::flagsFound).sum();
        return flags == 0 ? 0 : Math.round(found * 100f / flags);
    }

    private static String officer(WorkshopHistory.Participant participant) {
        return participant.username() != null ? participant.username() : "person:" + participant.personId();
    }

    private static String agencyLabel(AgencyType agency) {
        return agency == null ? "Not recorded" : agency.label();
    }

    private List<Theme> orderedThemes() {
        return data.themes().stream().sorted(Comparator.comparingInt(Theme::position).thenComparing(Theme::code)).toList();
    }

    private String themeLabel(String code) {
        Theme theme = themesByCode.get(code);
        return theme == null ? code : theme.label();
    }

    static String level(double level) {
        return String.format(Locale.ROOT, "%.1f", level).replace(".0", "");
    }

    private static String ago(long months) {
        if (months < 1) {
            return "this month";
        }
        if (months < 12) {
            return months == 1 ? "1 month ago" : months + " months ago";
        }
        long years = months / 12;
        return years == 1 ? "1 year ago" : years + " years ago";
    }
}
