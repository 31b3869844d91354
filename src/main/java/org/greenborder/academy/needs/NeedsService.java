package org.greenborder.academy.needs;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.greenborder.academy.security.CurrentUser;
import org.greenborder.academy.shared.ConcurrentEditException;
import org.greenborder.academy.shared.Constraints;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.greenborder.academy.shared.Text;
import org.greenborder.academy.workshop.AgencyType;
import org.greenborder.academy.workshop.ParticipantService;
import org.greenborder.academy.workshop.Person;
import org.greenborder.academy.workshop.Registration;
import org.greenborder.academy.workshop.RegistrationStatus;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.greenborder.academy.workshop.WorkshopService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Needs assessments: the administrators' theme list, rounds, the analysts' rating sheets per country and agency,
 * and the survey that a round's workshop participants answer for their own country and agency.
 */
@Service
public class NeedsService {

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 5;

    private static final Pattern TOPIC = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ThemeRepository themes;
    private final NeedsRoundRepository rounds;
    private final NeedsRatingRepository ratings;
    private final WorkshopService workshops;
    private final ParticipantService participants;
    private final CurrentUser currentUser;
    private final Constraints constraints;
    private final Clock clock;

    NeedsService(ThemeRepository themes, NeedsRoundRepository rounds, NeedsRatingRepository ratings,
                 WorkshopService workshops, ParticipantService participants, CurrentUser currentUser,
                 Constraints constraints, Clock clock) {
        this.themes = themes;
        this.rounds = rounds;
        this.ratings = ratings;
        this.workshops = workshops;
        this.participants = participants;
        this.currentUser = currentUser;
        this.constraints = constraints;
        this.clock = clock;
    }

    // ---- themes

    /** Every theme, retired ones included, in the administrators' order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Theme> themes() {
        return themes.findAllByOrderBySortOrderAscCodeAsc().stream().map(ThemeEntry::toTheme).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Theme> activeThemes() {
        return themes().stream().filter(Theme::active).toList();
    }

    /** Adds a theme at the end of the list; its code is made from the label. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Theme addTheme(String label, String description, List<String> topics) {
        String cleanLabel = label(label);
        String code = codeFor(cleanLabel);
        int last = themes.findAllByOrderBySortOrderAscCodeAsc().stream().mapToInt(ThemeEntry::sortOrder).max().orElse(0);
        ThemeEntry entry = new ThemeEntry(code, cleanLabel, last + 10);
        entry.change(cleanLabel, description(description), topics(topics), true);
        return themes.saveAndFlush(entry).toTheme();
    }

    /**
     * Renames, re-describes, re-maps or retires a theme; ratings and workshops keep pointing at its code. Refused
     * if the theme no longer reads as {@code loaded}, the way the editor last saw it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Theme updateTheme(Theme loaded, String label, String description, List<String> topics, boolean active) {
        ThemeEntry entry = themes.findById(loaded.code()).orElseThrow(() -> new NotFoundException("Theme " + loaded.code()));
        if (!entry.toTheme().equals(loaded)) {
            throw new ConcurrentEditException("The theme");
        }
        entry.change(label(label), description(description), topics(topics), active);
        try {
            return themes.saveAndFlush(entry).toTheme();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("The theme");
        }
    }

    /** Moves a theme one place up (towards the start) or down the list. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void moveTheme(String code, boolean up) {
        List<ThemeEntry> list = new ArrayList<>(themes.findAllByOrderBySortOrderAscCodeAsc());
        int index = -1;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).code().equals(code)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new NotFoundException("Theme " + code);
        }
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= list.size()) {
            return;
        }
        list.add(other, list.remove(index));
        for (int i = 0; i < list.size(); i++) {
            list.get(i).moveTo((i + 1) * 10);
        }
        themes.saveAllAndFlush(list);
    }

    /** Deletes a theme added by mistake; a built-in theme or one already rated can only be retired. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void deleteTheme(String code) {
        ThemeEntry entry = themes.findById(code).orElseThrow(() -> new NotFoundException("Theme " + code));
        if (entry.builtIn()) {
            throw new RuleViolationException("\"" + entry.toTheme().label() + "\" is one of the themes workshops and action items use; retire it instead");
        }
        if (ratings.countByThemeCode(code) > 0) {
            throw new RuleViolationException("\"" + entry.toTheme().label() + "\" has ratings; retire it instead, so they stay readable");
        }
        themes.delete(entry);
    }

    // ---- rounds

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'ORGANISER')")
    @Transactional(readOnly = true)
    public List<NeedsRound> rounds() {
        return rounds.findAllByOrderByHeldOnDescIdDesc();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'ORGANISER')")
    @Transactional(readOnly = true)
    public NeedsRound round(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new NotFoundException("Needs round " + roundId));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Transactional
    public NeedsRound saveRound(NeedsRound edited) {
        edited.setTitle(Text.blankToNull(edited.getTitle()));
        edited.setDescription(Text.blankToNull(edited.getDescription()));
        constraints.check(edited);
        if (edited.getEventId() != null) {
            workshops.get(edited.getEventId());
        }
        NeedsRound round;
        if (edited.getId() == null) {
            round = edited;
            round.created(currentUser.username(), Instant.now(clock));
        } else {
            round = round(edited.getId());
            if (round.getVersion() != edited.getVersion()) {
                throw new ConcurrentEditException("The round");
            }
            round.setTitle(edited.getTitle());
            round.setHeldOn(edited.getHeldOn());
            round.setDescription(edited.getDescription());
            round.setConventions(edited.getConventions());
            if (!Objects.equals(round.getEventId(), edited.getEventId())) {
                round.setEventId(edited.getEventId());
                round.setSurveyOpen(false);
            }
        }
        if (round.getEventId() == null) {
            round.setSurveyOpen(false);
        }
        try {
            return rounds.saveAndFlush(round);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("The round");
        }
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Transactional
    public void deleteRound(long roundId) {
        rounds.delete(round(roundId));
    }

    /** Opens the survey of a round that belongs to a workshop, making its link if it has none yet. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Transactional
    public NeedsRound openSurvey(long roundId) {
        NeedsRound round = round(roundId);
        if (round.getEventId() == null) {
            throw new RuleViolationException("Link the round to a workshop first: only its participants can answer the survey");
        }
        if (round.getSurveyToken() == null) {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            round.setSurveyToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
        round.setSurveyOpen(true);
        return rounds.saveAndFlush(round);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Transactional
    public NeedsRound closeSurvey(long roundId) {
        NeedsRound round = round(roundId);
        round.setSurveyOpen(false);
        return rounds.saveAndFlush(round);
    }

    // ---- ratings

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'ORGANISER')")
    @Transactional(readOnly = true)
    public List<Rating> ratings(long roundId) {
        round(roundId);
        return ratings.findByRoundId(roundId).stream().map(NeedsRating::toRating).toList();
    }

    /** A round's ratings as a table, for CSV and XLSX downloads; survey answers are shown without the respondent's name. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'ORGANISER')")
    @Transactional(readOnly = true)
    public DataTable ratingsTable(long roundId) {
        NeedsRound round = round(roundId);
        Map<String, String> labels = new HashMap<>();
        themes().forEach(theme -> labels.put(theme.code(), theme.label()));
        List<List<Object>> rows = ratings.findByRoundId(roundId).stream().map(NeedsRating::toRating)
                .sorted(java.util.Comparator.comparing((Rating r) -> r.country().displayName()).thenComparing(Rating::agency)
                        .thenComparing(Rating::themeCode))
                .map(r -> DataTable.row(round.getTitle(), round.getHeldOn(), r.country().value(), r.country().displayName(),
                        r.agency().label(), labels.getOrDefault(r.themeCode(), r.themeCode()), r.level(), r.source().label(),
                        r.comment()))
                .toList();
        return new DataTable("Ratings", List.of("Round", "Reported on", "ISO", "Country", "Agency", "Theme", "Level",
                "Source", "Comment"), rows);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'ORGANISER')")
    public byte[] ratingsCsv(long roundId) {
        return TableExport.csv(ratingsTable(roundId));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'ORGANISER')")
    public byte[] ratingsXlsx(long roundId) {
        return TableExport.xlsx(List.of(ratingsTable(roundId)));
    }

    /** The analyst's sheet for one country and agency in a round: every active theme, plus retired ones already rated. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Transactional(readOnly = true)
    public List<SheetLine> sheet(long roundId, CountryCode country, AgencyType agency) {
        round(roundId);
        return lines(ratings.findByRoundIdAndCountryAndAgencyTypeAndRespondent(roundId, country, agency, NeedsRating.AGENCY));
    }

    /**
     * Saves a sheet in one go. A line without a level removes its rating. Refused whole if any line was changed by
     * someone else since the sheet was loaded.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Transactional
    public List<SheetLine> saveSheet(long roundId, CountryCode country, AgencyType agency, List<SheetLine> lines) {
        round(roundId);
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(agency, "agency");
        List<NeedsRating> stored = ratings.findByRoundIdAndCountryAndAgencyTypeAndRespondent(roundId, country, agency, NeedsRating.AGENCY);
        store(roundId, country, agency, NeedsRating.AGENCY, RatingSource.ANALYST, stored, lines);
        return lines(ratings.findByRoundIdAndCountryAndAgencyTypeAndRespondent(roundId, country, agency, NeedsRating.AGENCY));
    }

    // ---- survey

    /** The survey behind a link, for the signed-in participant of the round's workshop. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SurveyForm survey(String token) {
        Respondent respondent = respondent(token);
        List<NeedsRating> mine = ratings.findByRoundIdAndRespondent(respondent.round().getId(), respondent.username());
        return new SurveyForm(respondent.round().getId(), respondent.round().getTitle(), respondent.round().getHeldOn(),
                respondent.event().getTitle(), respondent.person().getFullName(), respondent.person().getCountry().displayName(),
                respondent.person().getAgencyType().label(), lines(mine), !mine.isEmpty());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public SurveyForm submitSurvey(String token, List<SheetLine> lines) {
        Respondent respondent = respondent(token);
        Person person = respondent.person();
        long roundId = respondent.round().getId();
        if (lines.stream().allMatch(line -> line.level() == null)) {
            throw new RuleViolationException("Rate at least one theme before sending");
        }
        store(roundId, person.getCountry(), person.getAgencyType(), respondent.username(), RatingSource.SURVEY,
                ratings.findByRoundIdAndRespondent(roundId, respondent.username()), lines);
        return survey(token);
    }

    private record Respondent(NeedsRound round, WorkshopEvent event, Person person, String username) {
    }

    private Respondent respondent(String token) {
        NeedsRound round = Optional.ofNullable(token).filter(t -> t.length() <= 64)
                .flatMap(rounds::findBySurveyToken)
                .orElseThrow(() -> new NotFoundException("Survey"));
        if (!round.isSurveyOpen() || round.getEventId() == null) {
            throw new RuleViolationException("This survey is closed. Ask the workshop's organisers if you still want to give your answers.");
        }
        WorkshopEvent event;
        Optional<Registration> registration;
        try {
            event = workshops.get(round.getEventId());
            registration = participants.myRegistration(round.getEventId());
        } catch (AccessDeniedException | NotFoundException e) {
            throw new AccessDeniedException("Only the workshop's participants can answer this survey");
        }
        if (registration.isEmpty() || registration.get().getStatus() != RegistrationStatus.CONFIRMED) {
            throw new AccessDeniedException("Only confirmed participants of " + event.getTitle() + " can answer this survey");
        }
        Person person = registration.get().getPerson();
        if (person.getCountry() == null || person.getAgencyType() == null) {
            throw new RuleViolationException("Your participant record has no country or agency, so your answers could not be counted. Ask the organisers to complete it.");
        }
        return new Respondent(round, event, person, currentUser.username());
    }

    private void store(long roundId, CountryCode country, AgencyType agency, String respondent, RatingSource source,
                       List<NeedsRating> stored, List<SheetLine> lines) {
        Map<String, NeedsRating> byTheme = new HashMap<>();
        stored.forEach(rating -> byTheme.put(rating.themeCode(), rating));
        Set<String> known = new LinkedHashSet<>(themes.findAll().stream().map(ThemeEntry::code).toList());
        Instant now = Instant.now(clock);
        String by = currentUser.username();
        try {
            for (SheetLine line : lines) {
                if (!known.contains(line.themeCode())) {
                    throw new RuleViolationException("Unknown theme " + line.themeCode());
                }
                NeedsRating existing = byTheme.get(line.themeCode());
                if (existing != null && !Objects.equals(line.version(), existing.version())
                        || existing == null && line.version() != null) {
                    throw new ConcurrentEditException("The ratings of " + country.displayName());
                }
                String comment = Text.blankToNull(line.comment());
                if (comment != null && comment.length() > NeedsRating.COMMENT_MAX) {
                    throw new RuleViolationException("A comment may have at most " + NeedsRating.COMMENT_MAX + " characters");
                }
                if (line.level() == null) {
                    if (existing != null) {
                        ratings.delete(existing);
                    }
                    continue;
                }
                if (line.level() < MIN_LEVEL || line.level() > MAX_LEVEL) {
                    throw new RuleViolationException("A need level runs from " + MIN_LEVEL + " to " + MAX_LEVEL);
                }
                NeedsRating rating = existing != null ? existing
                        : new NeedsRating(roundId, country, agency, line.themeCode(), respondent, source);
                rating.rate(line.level(), comment, by, now);
                ratings.save(rating);
            }
            ratings.flush();
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new ConcurrentEditException("The ratings of " + country.displayName());
        }
    }

    private List<SheetLine> lines(List<NeedsRating> stored) {
        Map<String, NeedsRating> byTheme = new HashMap<>();
        stored.forEach(rating -> byTheme.put(rating.themeCode(), rating));
        List<SheetLine> result = new ArrayList<>();
        for (Theme theme : themes()) {
            NeedsRating rating = byTheme.get(theme.code());
            if (!theme.active() && rating == null) {
                continue;
            }
            Rating r = rating == null ? null : rating.toRating();
            result.add(new SheetLine(theme.code(), theme.label(), theme.description(), r == null ? null : r.level(),
                    r == null ? null : r.comment(), r == null ? null : r.version()));
        }
        return result;
    }

    private static String label(String label) {
        String clean = Text.blankToNull(label);
        if (clean == null) {
            throw new RuleViolationException("Give the theme a name");
        }
        if (clean.length() > ThemeEntry.LABEL_MAX) {
            throw new RuleViolationException("A theme's name may have at most " + ThemeEntry.LABEL_MAX + " characters");
        }
        return clean;
    }

    private static String description(String description) {
        String clean = Text.blankToNull(description);
        if (clean != null && clean.length() > ThemeEntry.DESCRIPTION_MAX) {
            throw new RuleViolationException("A description may have at most " + ThemeEntry.DESCRIPTION_MAX + " characters");
        }
        return clean;
    }

    private static List<String> topics(List<String> topics) {
        List<String> clean = new ArrayList<>(new LinkedHashSet<>(topics == null ? List.<String>of()
                : topics.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).toList()));
        for (String topic : clean) {
            if (!TOPIC.matcher(topic).matches()) {
                throw new RuleViolationException("Scenario topics are written like hs-codes or refrigerant-identification: '" + topic + "' is not");
            }
        }
        if (String.join(",", clean).length() > ThemeEntry.TOPICS_MAX) {
            throw new RuleViolationException("Too many scenario topics for one theme");
        }
        return clean;
    }

    private String codeFor(String label) {
        String base = label.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty()) {
            base = "THEME";
        }
        base = base.length() > 34 ? base.substring(0, 34) : base;
        String code = base;
        for (int i = 2; themes.existsById(code); i++) {
            code = base + "_" + i;
        }
        return code;
    }
}
