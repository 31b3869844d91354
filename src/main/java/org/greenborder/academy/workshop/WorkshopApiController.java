package org.greenborder.academy.workshop;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenborder.academy.shared.CapacityTheme;
import org.greenborder.academy.shared.Convention;
import org.greenborder.academy.shared.CountryCode;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Read-only JSON of the workshops the caller may see, for scripts and other systems (HTTP Basic, see the API
 * security chain). Answers with its own records, never entities: no e-mail addresses or other personal data
 * beyond the names of speakers and rapporteurs. Events the caller may not see are "not found".
 */
@RestController
@RequestMapping("/api/workshops")
class WorkshopApiController {

    private final WorkshopService workshops;
    private final AgendaService agenda;
    private final BreakoutService breakouts;
    private final CalendarService calendars;

    WorkshopApiController(WorkshopService workshops, AgendaService agenda, BreakoutService breakouts, CalendarService calendars) {
        this.workshops = workshops;
        this.agenda = agenda;
        this.breakouts = breakouts;
        this.calendars = calendars;
    }

    record Summary(long id, EventType type, String title, LocalDate startDate, LocalDate endDate, String city,
                   String countryCode, String countryName, EventStatus status, String organisers, long confirmed) {
    }

    record Details(long id, EventType type, String title, LocalDate startDate, LocalDate endDate, Venue venue,
                   EventStatus status, String summary, List<Org> organisers, List<Org> partners, List<Need> needs,
                   List<String> conventions, List<Linked> linkedEvents, List<Session> agenda) {
    }

    record Venue(String city, String countryCode, String countryName, String timeZone) {
    }

    record Org(String name, String acronym) {
    }

    record Need(CapacityTheme theme, String label) {
    }

    record Linked(long id, String title, String relation, LocalDate startDate, LocalDate endDate) {
    }

    /** Times are local to the venue, in the event's time zone. */
    record Session(long id, LocalDate day, LocalTime start, LocalTime end, SessionKind kind, String title, String room,
                   String scope, List<String> assumptions, List<String> expectedGoals, List<String> speakers,
                   List<Contribution> remoteContributions, List<Group> groups) {
    }

    record Contribution(ContributionKind kind, String title, String presenter, String organisation) {
    }

    record Group(String label, String theme, List<Question> scopeQuestions, String rapporteur, int memberCount) {
    }

    record Question(String letter, String text) {
    }

    /** The events the caller may see, newest first; every filter is optional. */
    @GetMapping
    List<Summary> list(@RequestParam(required = false) String year, @RequestParam(required = false) String country,
                       @RequestParam(required = false) String type, @RequestParam(required = false) String status) {
        EventFilter filter = new EventFilter(parseYear(year), parseCountry(country),
                parseEnum("type", type, EventType.class), parseEnum("status", status, EventStatus.class));
        return workshops.list(filter).stream()
                .map(event -> new Summary(event.id(), event.type(), event.title(), event.startDate(), event.endDate(),
                        event.venueCity(), event.venueCountry().value(), event.venueCountry().displayName(),
                        event.status(), event.organisers(), event.confirmed()))
                .toList();
    }

    @GetMapping("/{id}")
    Details details(@PathVariable long id) {
        WorkshopEvent event = workshops.get(id);
        Map<Long, List<BreakoutGroup>> groups = breakouts.groupsOfEvent(id);
        List<Session> sessions = agenda.agenda(id).stream()
                .map(session -> session(session, groups.getOrDefault(session.getId(), List.of())))
                .toList();
        List<Linked> linked = workshops.links(id).stream()
                .map(link -> new Linked(link.eventId(), link.title(), link.relation(), link.startDate(), link.endDate()))
                .toList();
        return new Details(event.getId(), event.getType(), event.getTitle(), event.getStartDate(), event.getEndDate(),
                new Venue(event.getVenueCity(), event.getVenueCountry().value(), event.getVenueCountry().displayName(),
                        event.getTimeZone()),
                event.getStatus(), event.getSummary(), organisations(event.getOrganisers()),
                organisations(event.getPartners()),
                event.getNeeds().stream().sorted().map(need -> new Need(need, need.label())).toList(),
                event.getConventions().stream().sorted().map(Convention::code).toList(), linked, sessions);
    }

    @GetMapping("/{id}/calendar.ics")
    ResponseEntity<String> calendar(@PathVariable long id) {
        String ics = calendars.eventCalendar(id);
        return ResponseEntity.ok()
                .contentType(CalendarFeedController.TEXT_CALENDAR)
                .header("Content-Disposition", ContentDisposition.attachment().filename("workshop-" + id + ".ics").build().toString())
                .body(ics);
    }

    private static Session session(AgendaSession session, List<BreakoutGroup> groups) {
        return new Session(session.getId(), session.getDay(), session.getStartTime(), session.getEndTime(),
                session.getKind(), session.getTitle(), session.getRoom(), session.getScope(),
                AgendaSession.lines(session.getAssumptions()), AgendaSession.lines(session.getExpectedGoals()),
                session.getSpeakers().stream().map(speaker -> speaker.getPerson().displayName()).sorted().toList(),
                session.getContributions().stream()
                        .map(contribution -> new Contribution(contribution.getKind(), contribution.getTitle(),
                                contribution.getPresenter(),
                                contribution.getOrganisation() == null ? null : contribution.getOrganisation().getName()))
                        .toList(),
                groups.stream().map(WorkshopApiController::group).toList());
    }

    private static Group group(BreakoutGroup group) {
        return new Group(group.getLabel(), group.getTheme(),
                group.getQuestions().stream().map(question -> new Question(question.getLetter(), question.getText())).toList(),
                group.getRapporteur() == null ? null : group.getRapporteur().getPerson().displayName(),
                group.getMembers().size());
    }

    private static List<Org> organisations(Set<Organisation> organisations) {
        return organisations.stream().sorted(Comparator.comparing(Organisation::getName, String.CASE_INSENSITIVE_ORDER))
                .map(organisation -> new Org(organisation.getName(), organisation.getAcronym())).toList();
    }

    private static Integer parseYear(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(year.strip());
            if (value < 1900 || value > 2999) {
                throw new BadQueryException("year must be a four-digit year");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadQueryException("year must be a four-digit year, not '" + year + "'");
        }
    }

    private static CountryCode parseCountry(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        try {
            return CountryCode.of(country);
        } catch (IllegalArgumentException e) {
            throw new BadQueryException("country must be an ISO 3166-1 alpha-2 code such as LA, not '" + country + "'");
        }
    }

    private static <E extends Enum<E>> E parseEnum(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Map<String, E> byName = Arrays.stream(type.getEnumConstants()).collect(Collectors.toMap(Enum::name, Function.identity()));
        E found = byName.get(value.strip().toUpperCase(Locale.ROOT));
        if (found == null) {
            throw new BadQueryException(name + " must be one of " + String.join(", ", byName.keySet().stream().sorted().toList())
                    + ", not '" + value + "'");
        }
        return found;
    }

    /** A query parameter this API does not understand. */
    static final class BadQueryException extends RuntimeException {
        BadQueryException(String message) {
            super(message);
        }
    }

    @ExceptionHandler(BadQueryException.class)
    ProblemDetail badQuery(BadQueryException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** e.g. /api/workshops/abc: the id is not a number. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badPathOrParameter(MethodArgumentTypeMismatchException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getName() + " has the wrong format");
    }
}
