package org.greenborder.academy.workshop;

import java.time.Clock;
import java.util.Objects;
import java.util.TreeSet;
import org.greenborder.academy.audit.AuditAction;
import org.greenborder.academy.audit.Audited;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.greenborder.academy.security.AccountName;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.security.UserAccountService;
import org.greenborder.academy.shared.ConcurrentEditException;
import org.greenborder.academy.shared.Constraints;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Events: listing, details, links between events, organisations, and cloning an event as a template. */
@Service
public class WorkshopService {

    private final WorkshopEventRepository events;
    private final EventLinkRepository links;
    private final OrganisationRepository organisations;
    private final RegistrationRepository registrations;
    private final AgendaSessionRepository sessions;
    private final BreakoutGroupRepository groups;
    private final WorkshopAccess access;
    private final Waitlist waitlist;
    private final UserAccountService accounts;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    private final Constraints constraints;

    WorkshopService(WorkshopEventRepository events, EventLinkRepository links, OrganisationRepository organisations,
                    RegistrationRepository registrations, AgendaSessionRepository sessions, BreakoutGroupRepository groups,
                    WorkshopAccess access, Waitlist waitlist, UserAccountService accounts, Constraints constraints, Clock clock,
                    ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.constraints = constraints;
        this.accounts = accounts;
        this.waitlist = waitlist;
        this.events = events;
        this.links = links;
        this.organisations = organisations;
        this.registrations = registrations;
        this.sessions = sessions;
        this.groups = groups;
        this.access = access;
        this.clock = clock;
    }

    /** The events the caller may see, newest first. Participants see only the published events they take part in. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<EventSummary> list(EventFilter filter) {
        List<WorkshopEvent> visible = access.seesEverything()
                ? events.findAllByOrderByStartDateDescIdDesc()
                : events.findTakenPartInBy(access.username(), WorkshopAccess.VISIBLE_TO_PARTICIPANTS);
        Map<Long, Long> confirmed = new HashMap<>();
        for (Object[] row : registrations.countConfirmedPerEvent()) {
            confirmed.put((Long) row[0], (Long) row[1]);
        }
        return visible.stream()
                .filter(filter::matches)
                .map(event -> new EventSummary(event.getId(), event.getTitle(), event.getType(), event.getStartDate(),
                        event.getEndDate(), event.getVenueCity(), event.getVenueCountry(), event.getStatus(),
                        event.getOrganisers().stream().map(Organisation::shortName).sorted().collect(Collectors.joining(", ")),
                        confirmed.getOrDefault(event.getId(), 0L), access.canEdit(event)))
                .toList();
    }

    /** The published and closed events the signed-in user is registered for, whatever their role. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<WorkshopEvent> mine() {
        return events.findTakenPartInBy(access.username(), WorkshopAccess.VISIBLE_TO_PARTICIPANTS);
    }

    /** The years in which there are events the caller may see, for the year filter. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return list(EventFilter.ANY).stream().map(summary -> summary.startDate().getYear()).distinct()
                .sorted(Comparator.reverseOrder()).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public WorkshopEvent get(long eventId) {
        return access.viewable(eventId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canEdit(long eventId) {
        return access.canEdit(access.viewable(eventId));
    }

    /** Accounts that can be made co-organisers (editors) of an event. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional(readOnly = true)
    public List<AccountName> organiserAccounts() {
        return accounts.enabledAccountsWithRole(Role.ORGANISER);
    }

    /** Whether the caller sees every event and every participant list (administrators, organisers, analysts). */
    @PreAuthorize("isAuthenticated()")
    public boolean seesEverything() {
        return access.seesEverything();
    }

    @PreAuthorize("isAuthenticated()")
    public boolean canCreate() {
        return access.canCreate();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public WorkshopEvent create(WorkshopEvent event) {
        if (event.getId() != null) {
            throw new IllegalArgumentException("Use update() for stored events");
        }
        normalise(event);
        constraints.check(event);
        event.getEditors().add(access.username());
        event.setCreatedBy(access.username());
        event.setCreatedAt(Instant.now(clock));
        WorkshopEvent saved = events.saveAndFlush(event);
        publisher.publishEvent(Audited.of(AuditAction.EVENT_CREATED, auditTarget(saved),
                saved.getType().label() + ", " + saved.getStartDate() + " to " + saved.getEndDate() + ", " + saved.getStatus().label()));
        return saved;
    }

    /** The event's own fields as the audit trail shows them before and after an edit (not agenda or people). */
    private static String auditedDetails(WorkshopEvent event) {
        return String.join(" | ", event.getType().label(), event.getTitle(), event.getStartDate() + " to " + event.getEndDate(),
                Objects.toString(event.getVenueCity(), "") + ", " + (event.getVenueCountry() == null ? "" : event.getVenueCountry().value()),
                String.valueOf(event.getTimeZone()), "capacity " + Objects.toString(event.getCapacity(), "none"),
                "editors " + new TreeSet<>(event.getEditors()));
    }

    static String auditTarget(WorkshopEvent event) {
        return "event " + event.getId() + " (" + event.getTitle() + ")";
    }

    /**
     * Saves an edit of the details. Refuses an edit made on an outdated copy (someone else saved in between), and
     * dates that would leave agenda sessions outside the event.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public WorkshopEvent update(WorkshopEvent edited) {
        WorkshopEvent stored = access.editable(edited.getId());
        if (stored.getVersion() != edited.getVersion()) {
            throw new ConcurrentEditException("The event");
        }
        normalise(edited);
        constraints.check(edited);
        List<AgendaSession> outside = sessions.findByEventIdOrderByDayAscStartTimeAscIdAsc(stored.getId()).stream()
                .filter(session -> session.getDay().isBefore(edited.getStartDate()) || session.getDay().isAfter(edited.getEndDate()))
                .toList();
        if (!outside.isEmpty()) {
            throw new RuleViolationException("The agenda has " + outside.size()
                    + " session(s) outside the new dates, the first on " + outside.getFirst().getDay()
                    + ". Move or delete them first.");
        }
        if (edited.getEditors().isEmpty()) {
            throw new RuleViolationException("An event needs at least one organiser who can edit it");
        }
        EventStatus previousStatus = stored.getStatus();
        String previousDetails = auditedDetails(stored);
        stored.setType(edited.getType());
        stored.setTitle(edited.getTitle());
        stored.setStartDate(edited.getStartDate());
        stored.setEndDate(edited.getEndDate());
        stored.setVenueCity(edited.getVenueCity());
        stored.setVenueCountry(edited.getVenueCountry());
        stored.setTimeZone(edited.getTimeZone());
        boolean closing = stored.getStatus() != EventStatus.CLOSED && edited.getStatus() == EventStatus.CLOSED;
        stored.setStatus(edited.getStatus());
        stored.setSummary(edited.getSummary());
        Integer previousCapacity = stored.getCapacity();
        stored.setCapacity(edited.getCapacity());
        stored.setOrganisers(edited.getOrganisers());
        stored.setPartners(edited.getPartners());
        stored.setNeeds(edited.getNeeds());
        stored.setConventions(edited.getConventions());
        stored.setEditors(edited.getEditors());
        try {
            WorkshopEvent saved = events.saveAndFlush(stored);
            if (previousCapacity != null && (saved.getCapacity() == null || saved.getCapacity() > previousCapacity)) {
                waitlist.promote(saved);
            }
            if (previousStatus != saved.getStatus()) {
                publisher.publishEvent(Audited.of(AuditAction.EVENT_STATUS_CHANGED, auditTarget(saved),
                        previousStatus.label() + " → " + saved.getStatus().label()));
            }
            String details = auditedDetails(saved);
            if (!details.equals(previousDetails)) {
                publisher.publishEvent(Audited.of(AuditAction.EVENT_UPDATED, auditTarget(saved), "was: " + previousDetails + "; now: " + details));
            }
            if (closing) {
                publisher.publishEvent(new WorkshopClosed(saved.getId(), saved.getTitle(), access.username(), Instant.now(clock)));
            }
            return saved;
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("The event");
        }
    }

    /**
     * A new draft with the same details, agenda (shifted to the new start date), breakout groups and scope
     * questions, but no participants, attendance, notes or outcomes.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public WorkshopEvent cloneAsTemplate(long eventId, String title, LocalDate newStart) {
        WorkshopEvent source = access.viewable(eventId);
        if (!access.canCreate()) {
            throw new org.springframework.security.access.AccessDeniedException("Only organisers create events");
        }
        long shift = ChronoUnit.DAYS.between(source.getStartDate(), newStart);
        WorkshopEvent copy = new WorkshopEvent();
        copy.setType(source.getType());
        copy.setTitle(title);
        copy.setStartDate(newStart);
        copy.setEndDate(source.getEndDate().plusDays(shift));
        copy.setVenueCity(source.getVenueCity());
        copy.setVenueCountry(source.getVenueCountry());
        copy.setTimeZone(source.getTimeZone());
        copy.setStatus(EventStatus.DRAFT);
        copy.setSummary(source.getSummary());
        copy.setCapacity(source.getCapacity());
        copy.setOrganisers(source.getOrganisers());
        copy.setPartners(source.getPartners());
        copy.setNeeds(source.getNeeds());
        copy.setConventions(source.getConventions());
        WorkshopEvent saved = create(copy);
        for (AgendaSession session : sessions.findByEventIdOrderByDayAscStartTimeAscIdAsc(source.getId())) {
            AgendaSession sessionCopy = new AgendaSession();
            sessionCopy.setEventId(saved.getId());
            sessionCopy.setDay(session.getDay().plusDays(shift));
            sessionCopy.setStartTime(session.getStartTime());
            sessionCopy.setEndTime(session.getEndTime());
            sessionCopy.setKind(session.getKind());
            sessionCopy.setTitle(session.getTitle());
            sessionCopy.setRoom(session.getRoom());
            sessionCopy.setScope(session.getScope());
            sessionCopy.setAssumptions(session.getAssumptions());
            sessionCopy.setExpectedGoals(session.getExpectedGoals());
            List<RemoteContribution> contributions = new ArrayList<>();
            for (RemoteContribution contribution : session.getContributions()) {
                RemoteContribution contributionCopy = new RemoteContribution(contribution.getKind(), contribution.getTitle(),
                        contribution.getPresenter(), contribution.getOrganisation());
                contributionCopy.setLink(contribution.getLink());
                contributions.add(contributionCopy);
            }
            sessionCopy.setContributions(contributions);
            AgendaSession savedSession = sessions.save(sessionCopy);
            for (BreakoutGroup group : groups.findBySessionIdOrderByPositionAscIdAsc(session.getId())) {
                BreakoutGroup groupCopy = new BreakoutGroup(group.getLabel(), group.getTheme());
                groupCopy.setSessionId(savedSession.getId());
                groupCopy.setPosition(group.getPosition());
                groupCopy.setQuestions(group.getQuestions().stream()
                        .map(question -> new ScopeQuestion(question.getLetter(), question.getText())).toList());
                groups.save(groupCopy);
            }
        }
        links.save(new EventLink(saved.getId(), source.getId(), LinkKind.FOLLOW_UP_OF));
        publisher.publishEvent(Audited.of(AuditAction.EVENT_LINKED, auditTarget(saved), "copied from " + auditTarget(source)));
        return saved;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LinkedEvent> links(long eventId) {
        access.viewable(eventId);
        List<LinkedEvent> result = new ArrayList<>();
        for (EventLink link : links.findTouching(eventId)) {
            boolean outgoing = link.getFromEventId().equals(eventId);
            long otherId = outgoing ? link.getToEventId() : link.getFromEventId();
            events.findById(otherId).filter(access::canView).ifPresent(other -> result.add(new LinkedEvent(
                    link.getId(), other.getId(), other.getTitle(), other.getStartDate(), other.getEndDate(),
                    link.getKind().label(outgoing), link.getKind(), outgoing)));
        }
        result.sort(Comparator.comparing(LinkedEvent::startDate).thenComparing(LinkedEvent::title));
        return result;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public void link(long fromEventId, long toEventId, LinkKind kind) {
        access.editable(fromEventId);
        access.viewable(toEventId);
        if (fromEventId == toEventId) {
            throw new RuleViolationException("An event cannot be linked to itself");
        }
        if (links.existsByFromEventIdAndToEventIdAndKind(fromEventId, toEventId, kind)
                || kind != LinkKind.FOLLOW_UP_OF && links.existsByFromEventIdAndToEventIdAndKind(toEventId, fromEventId, kind)) {
            throw new RuleViolationException("These events are already linked that way");
        }
        links.save(new EventLink(fromEventId, toEventId, kind));
        publisher.publishEvent(Audited.of(AuditAction.EVENT_LINKED, "event " + fromEventId, kind.label() + " event " + toEventId));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public void unlink(long eventId, long linkId) {
        access.editable(eventId);
        EventLink link = links.findById(linkId)
                .filter(found -> found.getFromEventId() == eventId || found.getToEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("Link " + linkId));
        links.delete(link);
        publisher.publishEvent(Audited.of(AuditAction.EVENT_UNLINKED, "event " + eventId,
                "event " + link.getFromEventId() + " " + link.getKind().label() + " event " + link.getToEventId()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return organisations.findAllByOrderByNameAsc();
    }

    /** The organisation of that name, created if it is new: organisations are shared by all events. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public Organisation organisation(String name, String acronym, CountryCode country) {
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > Organisation.NAME_MAX) {
            throw new RuleViolationException("An organisation needs a name of at most " + Organisation.NAME_MAX + " characters");
        }
        return organisations.findByNameIgnoreCase(cleanName)
                .or(() -> organisations.findFirstByAcronymIgnoreCase(cleanName))
                .orElseGet(() -> organisations.saveAndFlush(new Organisation(cleanName,
                        acronym == null || acronym.isBlank() ? null : acronym.strip(), country)));
    }

    private static void normalise(WorkshopEvent event) {
        event.setTitle(event.getTitle() == null ? null : event.getTitle().strip());
        event.setVenueCity(event.getVenueCity() == null ? null : event.getVenueCity().strip());
        if (event.getSummary() != null && event.getSummary().isBlank()) {
            event.setSummary(null);
        }
    }
}
