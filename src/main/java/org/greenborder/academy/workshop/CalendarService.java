package org.greenborder.academy.workshop;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.security.UserAccount;
import org.greenborder.academy.security.UserAccountService;
import org.greenborder.academy.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * iCalendar (RFC 5545) files of events and sessions, and each user's subscription feed. Times are written in the
 * venue's time zone, with its VTIMEZONE, so a calendar app shows them right wherever the reader is. ical4j escapes
 * and folds text values; {@link #text(String)} first turns every kind of line break into one ical4j escapes (it
 * passes a lone carriage return through), so a title typed with line breaks cannot add properties or components.
 */
@Service
@Transactional(readOnly = true)
public class CalendarService {

    static final String PRODID = "-//Green Border Academy//Workshops//EN";
    static final String UID_DOMAIN = "@greenborder.academy";
    static final String FEED_NAME = "Green Border Academy";
    /** 32 random bytes, base64url without padding. */
    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN_FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\u000B\\u000C\\u0085\\u2028\\u2029]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    private final WorkshopAccess access;
    private final AgendaSessionRepository sessions;
    private final WorkshopEventRepository events;
    private final CalendarFeedRepository feeds;
    private final UserAccountService accounts;
    private final SystemIdentity system;
    private final Clock clock;
    private final TimeZoneRegistry timeZones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final Map<String, Optional<VTimeZone>> vTimeZones = new ConcurrentHashMap<>();

    CalendarService(WorkshopAccess access, AgendaSessionRepository sessions, WorkshopEventRepository events,
                    CalendarFeedRepository feeds, UserAccountService accounts,
                    SystemIdentity system, Clock clock) {
        this.access = access;
        this.sessions = sessions;
        this.events = events;
        this.feeds = feeds;
        this.accounts = accounts;
        this.system = system;
        this.clock = clock;
    }

    /** The event's agenda, one VEVENT per session (breaks too); a single all-day VEVENT while it has none. */
    @PreAuthorize("isAuthenticated()")
    public String eventCalendar(long eventId) {
        WorkshopEvent event = access.viewable(eventId);
        return write(event.getTitle(), Map.of(event, sessions.findByEventIdOrderByDayAscStartTimeAscIdAsc(eventId)), false);
    }

    /** One session, as a calendar with a single VEVENT. */
    @PreAuthorize("isAuthenticated()")
    public String sessionCalendar(long sessionId) {
        AgendaSession session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("Session " + sessionId));
        WorkshopEvent event = access.viewable(session.getEventId());
        return write(event.getTitle(), Map.of(event, List.of(session)), false);
    }

    /** The signed-in user's secret feed token, created on the first call. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String myFeedToken() {
        String username = signedIn();
        return feeds.findById(username).map(CalendarFeed::getToken)
                .orElseGet(() -> feeds.saveAndFlush(new CalendarFeed(username, newToken(), Instant.now(clock))).getToken());
    }

    /** A new secret feed token for the signed-in user; the old address stops working at once. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String renewFeedToken() {
        String username = signedIn();
        String token = newToken();
        CalendarFeed feed = feeds.findById(username).orElse(null);
        if (feed == null) {
            feed = new CalendarFeed(username, token, Instant.now(clock));
        } else {
            feed.renew(token, Instant.now(clock));
        }
        return feeds.saveAndFlush(feed).getToken();
    }

    /**
     * The feed behind a secret token, for calendar apps, which cannot sign in: the token is the credential. It holds
     * the events its owner takes part in (published or closed, registration not declined) and the events they edit
     * as an organiser (any status). Empty for an unknown token, and for an account that no longer exists or is
     * disabled.
     */
    public Optional<String> feed(String token) {
        if (token == null || !TOKEN_FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<CalendarFeed> feed = feeds.findByToken(token);
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        String username = feed.get().getUsername();
        // no one is signed in here: look the owner up as the system, to honour a disabled account or lost role
        Optional<UserAccount> owner = system.call(() -> accounts.findByUsername(username)).filter(UserAccount::isEnabled);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        boolean organiser = owner.get().getRoles().contains(Role.ORGANISER) || owner.get().getRoles().contains(Role.ADMIN);
        Map<Long, WorkshopEvent> byId = new LinkedHashMap<>();
        Stream.concat(events.findTakenPartInBy(username, WorkshopAccess.VISIBLE_TO_PARTICIPANTS).stream(),
                        organiser ? events.findEditedBy(username).stream() : Stream.empty())
                .forEach(event -> byId.putIfAbsent(event.getId(), event));
        Map<WorkshopEvent, List<AgendaSession>> agendas = new LinkedHashMap<>();
        byId.values().stream()
                .sorted(Comparator.comparing(WorkshopEvent::getStartDate).thenComparing(WorkshopEvent::getId))
                .forEach(event -> agendas.put(event, sessions.findByEventIdOrderByDayAscStartTimeAscIdAsc(event.getId())));
        return Optional.of(write(FEED_NAME, agendas, true));
    }

    private String signedIn() {
        String username = access.username();
        if (username == null) {
            throw new AccessDeniedException("Sign in first");
        }
        return username;
    }

    private static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String write(String name, Map<WorkshopEvent, List<AgendaSession>> agendas, boolean feed) {
        Instant now = Instant.now(clock);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", text(name)));
        if (feed) {
            // a hint for subscribing apps; most poll on their own schedule anyway
            calendar.add(new XProperty("X-PUBLISHED-TTL", "PT6H"));
        }
        agendas.keySet().stream().map(WorkshopEvent::zone).distinct()
                .forEach(zone -> vTimeZone(zone).ifPresent(calendar::add));
        agendas.forEach((event, agenda) -> {
            if (agenda.isEmpty()) {
                calendar.add(allDay(event, now));
            } else {
                agenda.forEach(session -> calendar.add(sessionEvent(event, session, now)));
            }
        });
        StringWriter out = new StringWriter();
        try {
            // not validating: the iTIP rules for METHOD:PUBLISH want an ORGANIZER address, which events do not have
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent sessionEvent(WorkshopEvent event, AgendaSession session, Instant now) {
        ZoneId zone = event.zone();
        String summary = text(session.getTitle() + " — " + event.getTitle());
        VEvent vEvent = hasVTimeZone(zone)
                ? new VEvent(session.start(zone), session.end(zone), summary)
                : new VEvent(session.start(zone).toInstant(), session.end(zone).toInstant(), summary);
        vEvent.replace(new Uid("session-" + session.getId() + UID_DOMAIN));
        vEvent.replace(new DtStamp(now));
        vEvent.add(new Location(text(joinNonBlank(", ", session.getRoom(), event.getVenueCity(), countryName(event)))));
        String description = describe(session);
        if (!description.isEmpty()) {
            vEvent.add(new Description(text(description)));
        }
        return vEvent;
    }

    private VEvent allDay(WorkshopEvent event, Instant now) {
        VEvent vEvent = new VEvent(event.getStartDate(), event.getEndDate().plusDays(1), text(event.getTitle()));
        vEvent.replace(new Uid("event-" + event.getId() + UID_DOMAIN));
        vEvent.replace(new DtStamp(now));
        vEvent.add(new Location(text(joinNonBlank(", ", event.getVenueCity(), countryName(event)))));
        if (event.getSummary() != null && !event.getSummary().isBlank()) {
            vEvent.add(new Description(text(event.getSummary().strip())));
        }
        return vEvent;
    }

    /**
     * A TEXT value (RFC 5545 3.3.11) ical4j can escape safely: every line break as "\n", which it writes as the
     * two characters backslash and n, and no other control characters. ical4j leaves a lone CR as it is, which ends
     * the line for lenient readers: the rest of a title would become a property of its own.
     */
    static String text(String value) {
        return CONTROL.matcher(LINE_BREAK.matcher(value).replaceAll("\n")).replaceAll("");
    }

    private static String describe(AgendaSession session) {
        List<String> parts = new ArrayList<>();
        if (session.getScope() != null && !session.getScope().isBlank()) {
            parts.add("Scope: " + session.getScope().strip());
        }
        List<String> goals = AgendaSession.lines(session.getExpectedGoals());
        if (!goals.isEmpty()) {
            parts.add("Expected goals:\n" + goals.stream().map(goal -> "- " + goal).collect(Collectors.joining("\n")));
        }
        if (!session.getContributions().isEmpty()) {
            parts.add("Remote contributions:\n" + session.getContributions().stream()
                    .map(contribution -> "- " + contribution.getKind().label() + ": " + contribution.getTitle()
                            + byLine(contribution))
                    .collect(Collectors.joining("\n")));
        }
        return String.join("\n\n", parts);
    }

    private static String byLine(RemoteContribution contribution) {
        String who = joinNonBlank(", ", contribution.getPresenter(),
                contribution.getOrganisation() == null ? null : contribution.getOrganisation().shortName());
        return who.isEmpty() ? "" : " (" + who + ")";
    }

    private static String countryName(WorkshopEvent event) {
        return event.getVenueCountry() == null ? null : event.getVenueCountry().displayName();
    }

    private static String joinNonBlank(String separator, String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).map(String::strip).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(separator));
    }

    private boolean hasVTimeZone(ZoneId zone) {
        return definition(zone).isPresent();
    }

    /** A copy of the zone's VTIMEZONE, named as the events name it (the bundled file of a linked zone names its target). */
    private Optional<VTimeZone> vTimeZone(ZoneId zone) {
        return definition(zone).map(VTimeZone::copy);
    }

    /**
     * ical4j's bundled definition of a region zone. None for fixed offsets such as "+07:00": events in those are
     * written in UTC instead, which every calendar app reads the same way.
     */
    private Optional<VTimeZone> definition(ZoneId zone) {
        if (zone instanceof ZoneOffset) {
            return Optional.empty();
        }
        return vTimeZones.computeIfAbsent(zone.getId(), id -> {
            TimeZone timeZone;
            synchronized (timeZones) {
                timeZone = timeZones.getTimeZone(id);
            }
            if (timeZone == null) {
                return Optional.empty();
            }
            VTimeZone definition = timeZone.getVTimeZone().copy();
            definition.replace(new TzId(id));
            // these would point at the linked zone's definition under its own name
            definition.removeAll(Property.TZURL, "X-LIC-LOCATION");
            return Optional.of(definition);
        });
    }
}
