package org.greenborder.academy.workshop;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Attendance per session: marks by organisers, QR self check-in, and each participant's attendance rate. */
@Service
public class AttendanceService {

    /** How long a displayed check-in code stays valid; the organiser can show a fresh one at any time. */
    public static final Duration CHECK_IN_VALIDITY = Duration.ofMinutes(15);
    /** Checking in later than this after the start, while the session runs, counts as late. */
    public static final Duration LATE_AFTER = Duration.ofMinutes(15);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AttendanceRepository attendance;
    private final AgendaSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final WorkshopEventRepository events;
    private final WorkshopAccess access;
    private final Clock clock;

    AttendanceService(AttendanceRepository attendance, AgendaSessionRepository sessions, RegistrationRepository registrations,
                      WorkshopEventRepository events, WorkshopAccess access, Clock clock) {
        this.attendance = attendance;
        this.sessions = sessions;
        this.registrations = registrations;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** Everyone expected at the session (confirmed registrations) and anyone else already marked, with marks. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER', 'ANALYST')")
    @Transactional(readOnly = true)
    public List<AttendanceRow> sheet(long sessionId) {
        AgendaSession session = session(sessionId);
        access.viewable(session.getEventId());
        Map<Long, Attendance> marks = attendance.findBySessionId(sessionId).stream()
                .collect(Collectors.toMap(Attendance::getRegistrationId, mark -> mark));
        List<AttendanceRow> rows = new ArrayList<>();
        for (Registration registration : registrations.findByEvent(session.getEventId())) {
            Attendance mark = marks.get(registration.getId());
            if (registration.getStatus() == RegistrationStatus.CONFIRMED && registration.getRole() != EventRole.REMOTE_PRESENTER
                    || mark != null) {
                rows.add(mark == null ? new AttendanceRow(registration, null, null, null)
                        : new AttendanceRow(registration, mark.getStatus(), mark.getMethod(), mark.getRecordedAt()));
            }
        }
        return rows;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public void mark(long sessionId, Collection<Long> registrationIds, AttendanceStatus status) {
        AgendaSession session = session(sessionId);
        access.editable(session.getEventId());
        if (!session.takesAttendance()) {
            throw new RuleViolationException("No attendance is taken for breaks");
        }
        Set<Long> ofEvent = registrations.findByEvent(session.getEventId()).stream().map(Registration::getId).collect(Collectors.toSet());
        if (!ofEvent.containsAll(registrationIds)) {
            throw new RuleViolationException("Only people registered for this event can be marked");
        }
        for (Long registrationId : registrationIds) {
            record(sessionId, registrationId, status, AttendanceMethod.ORGANISER);
        }
    }

    /** Starts (or restarts) self check-in for a session: a new code, valid for {@link #CHECK_IN_VALIDITY}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public CheckInCode openCheckIn(long sessionId) {
        AgendaSession session = session(sessionId);
        access.editable(session.getEventId());
        if (!session.takesAttendance()) {
            throw new RuleViolationException("No attendance is taken for breaks");
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        session.setCheckInToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        session.setCheckInExpires(Instant.now(clock).plus(CHECK_IN_VALIDITY));
        sessions.saveAndFlush(session);
        return new CheckInCode(sessionId, session.getCheckInToken(), session.getCheckInExpires());
    }

    /** Ends self check-in before the code expires. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public void closeCheckIn(long sessionId) {
        AgendaSession session = session(sessionId);
        access.editable(session.getEventId());
        session.setCheckInToken(null);
        session.setCheckInExpires(null);
        sessions.saveAndFlush(session);
    }

    /**
     * The signed-in participant checks in with the code the room shows. Present, or late when more than
     * {@link #LATE_AFTER} after the start while the session runs.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CheckInResult checkIn(String token) {
        Instant now = Instant.now(clock);
        AgendaSession session = (token == null || token.isBlank() ? null : sessions.findByCheckInToken(token).orElse(null));
        if (session == null || session.getCheckInExpires() == null || !now.isBefore(session.getCheckInExpires())) {
            throw new RuleViolationException("This check-in code is not valid or has expired. Scan the code the room shows now.");
        }
        // a valid code shows the user is in the room: someone not registered is sent to the desk, not told "not found"
        WorkshopEvent event = events.findById(session.getEventId())
                .orElseThrow(() -> new NotFoundException("Event " + session.getEventId()));
        Registration registration = registrations.findByEventIdAndPersonUsername(event.getId(), access.username())
                .filter(found -> found.getStatus() == RegistrationStatus.CONFIRMED)
                .orElseThrow(() -> new RuleViolationException("You are not a confirmed participant of " + event.getTitle()
                        + ". Ask the organisers at the registration desk."));
        Attendance existing = attendance.findBySessionIdAndRegistrationId(session.getId(), registration.getId()).orElse(null);
        if (existing != null && (existing.getStatus() == AttendanceStatus.PRESENT || existing.getStatus() == AttendanceStatus.LATE)) {
            return new CheckInResult(event.getTitle(), session.getTitle(), registration.getPerson().getFullName(),
                    existing.getStatus(), true);
        }
        Instant start = session.start(event.zone()).toInstant();
        Instant end = session.end(event.zone()).toInstant();
        boolean late = now.isAfter(start.plus(LATE_AFTER)) && now.isBefore(end);
        AttendanceStatus status = late ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
        record(session.getId(), registration.getId(), status, AttendanceMethod.SELF_CHECK_IN);
        return new CheckInResult(event.getTitle(), session.getTitle(), registration.getPerson().getFullName(), status, false);
    }

    /** Attendance rates of everyone confirmed (or marked at least once), in the order of the participant list. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AttendanceRate> rates(long eventId) {
        access.viewable(eventId);
        List<Long> countable = sessions.findByEventIdOrderByDayAscStartTimeAscIdAsc(eventId).stream()
                .filter(AgendaSession::takesAttendance).map(AgendaSession::getId).toList();
        Map<Long, Map<AttendanceStatus, Integer>> counts = new HashMap<>();
        if (!countable.isEmpty()) {
            for (Attendance mark : attendance.findBySessionIdIn(countable)) {
                counts.computeIfAbsent(mark.getRegistrationId(), id -> new EnumMap<>(AttendanceStatus.class))
                        .merge(mark.getStatus(), 1, Integer::sum);
            }
        }
        Map<Long, AttendanceRate> rates = new LinkedHashMap<>();
        for (Registration registration : registrations.findByEvent(eventId)) {
            Map<AttendanceStatus, Integer> own = counts.getOrDefault(registration.getId(), Map.of());
            if (registration.getStatus() != RegistrationStatus.CONFIRMED && own.isEmpty()) {
                continue;
            }
            if (!access.seesEverything() && !java.util.Objects.equals(registration.getPerson().getUsername(), access.username())) {
                continue;
            }
            rates.put(registration.getId(), new AttendanceRate(registration,
                    own.getOrDefault(AttendanceStatus.PRESENT, 0), own.getOrDefault(AttendanceStatus.LATE, 0),
                    own.getOrDefault(AttendanceStatus.EXCUSED, 0), own.getOrDefault(AttendanceStatus.ABSENT, 0),
                    countable.size()));
        }
        return List.copyOf(rates.values());
    }

    private void record(Long sessionId, Long registrationId, AttendanceStatus status, AttendanceMethod method) {
        Attendance mark = attendance.findBySessionIdAndRegistrationId(sessionId, registrationId)
                .orElseGet(() -> new Attendance(sessionId, registrationId));
        mark.record(status, method, Instant.now(clock), access.username());
        attendance.saveAndFlush(mark);
    }

    private AgendaSession session(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("Session " + sessionId));
    }
}
