package org.greenborder.academy.workshop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.QrCode;
import org.greenborder.academy.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Printable documents of an event: the agenda and per-session sign-in sheets as PDF, and QR codes as PNG. Names in
 * Lao, Thai, Khmer and Myanmar script are drawn with the bundled fonts (see
 * {@link org.greenborder.academy.shared.pdf.PdfFonts}).
 */
@Service
public class WorkshopDocuments {

    private final AgendaSessionRepository sessions;
    private final BreakoutGroupRepository groups;
    private final RegistrationRepository registrations;
    private final WorkshopAccess access;
    private final Clock clock;

    WorkshopDocuments(AgendaSessionRepository sessions, BreakoutGroupRepository groups,
                      RegistrationRepository registrations, WorkshopAccess access, Clock clock) {
        this.sessions = sessions;
        this.groups = groups;
        this.registrations = registrations;
        this.access = access;
        this.clock = clock;
    }

    /** The event's agenda as an A4 PDF, for everyone who may see the event. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] agendaPdf(long eventId) {
        WorkshopEvent event = access.viewable(eventId);
        List<AgendaSession> agenda = sessions.findByEventIdOrderByDayAscStartTimeAscIdAsc(eventId);
        Map<Long, List<BreakoutGroup>> groupsBySession = new HashMap<>();
        if (!agenda.isEmpty()) {
            groups.findBySessionIdInOrderBySessionIdAscPositionAscIdAsc(agenda.stream().map(AgendaSession::getId).toList())
                    .forEach(group -> groupsBySession.computeIfAbsent(group.getSessionId(), id -> new ArrayList<>()).add(group));
        }
        return AgendaPdf.render(agendaOf(event, agenda, groupsBySession, today(event)));
    }

    /**
     * A sign-in sheet for one session, for the event's organisers: everyone confirmed for the event who comes to the
     * room (remote presenters do not), sorted by country and name.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional(readOnly = true)
    public byte[] signInSheetPdf(long sessionId) {
        AgendaSession session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("Session " + sessionId));
        WorkshopEvent event = access.editable(session.getEventId());
        if (!session.takesAttendance()) {
            throw new RuleViolationException("No attendance is taken at breaks");
        }
        List<SignInSheetPdf.Row> rows = registrations.findByEvent(event.getId()).stream()
                .filter(registration -> registration.getStatus() == RegistrationStatus.CONFIRMED)
                .filter(registration -> registration.getRole() != EventRole.REMOTE_PRESENTER)
                .map(WorkshopDocuments::rowOf)
                .toList();
        return SignInSheetPdf.render(new SignInSheetPdf.Sheet(event.getTitle(), session.getTitle(), session.getDay(),
                session.getStartTime(), session.getEndTime(), event.zone(), session.getRoom(), rows, today(event)));
    }

    /**
     * A QR code for the text (typically a check-in link) as a PNG about {@code size} pixels square, error correction
     * level M, with a quiet zone. No access check: it reveals nothing the caller did not pass in.
     *
     * @throws IllegalArgumentException if the text is blank or longer than 1000 characters, or the size is not
     *                                  between 64 and 2048 pixels
     */
    public byte[] checkInQrPng(String url, int size) {
        return QrCode.png(url, size);
    }

    private LocalDate today(WorkshopEvent event) {
        return LocalDate.now(clock.withZone(event.zone()));
    }

    static AgendaPdf.Agenda agendaOf(WorkshopEvent event, List<AgendaSession> agenda,
                                     Map<Long, List<BreakoutGroup>> groupsBySession, LocalDate today) {
        List<AgendaPdf.Session> sessionData = agenda.stream().map(session -> new AgendaPdf.Session(
                session.getDay(), session.getStartTime(), session.getEndTime(), session.getKind().label(),
                session.getKind() == SessionKind.BREAK, session.getTitle(), session.getRoom(),
                session.getSpeakers().stream().map(WorkshopDocuments::speaker).toList(),
                session.getContributions().stream().map(contribution -> new AgendaPdf.Contribution(
                        contribution.getKind().label(), contribution.getOrganisation().getName(), contribution.getTitle(),
                        contribution.getPresenter())).toList(),
                session.getScope(), AgendaSession.lines(session.getAssumptions()), AgendaSession.lines(session.getExpectedGoals()),
                groupsBySession.getOrDefault(session.getId(), List.of()).stream().map(WorkshopDocuments::groupOf).toList()))
                .toList();
        return new AgendaPdf.Agenda(event.getTitle(), event.getType().label(), event.getStartDate(), event.getEndDate(),
                event.getVenueCity(), event.getVenueCountry().displayName(), event.zone(),
                event.getOrganisers().stream().map(WorkshopDocuments::organisation).toList(),
                event.getPartners().stream().map(WorkshopDocuments::organisation).toList(),
                sessionData, today);
    }

    private static AgendaPdf.Group groupOf(BreakoutGroup group) {
        List<AgendaPdf.Question> questions = new ArrayList<>();
        for (int i = 0; i < group.getQuestions().size(); i++) {
            ScopeQuestion question = group.getQuestions().get(i);
            String letter = question.getLetter() == null || question.getLetter().isBlank()
                    ? String.valueOf((char) ('a' + Math.min(i, 25))) : question.getLetter();
            questions.add(new AgendaPdf.Question(letter, question.getText()));
        }
        return new AgendaPdf.Group(group.getLabel(), group.getTheme(), questions);
    }

    /** "Khamphet Sisavath (ຄຳເພັດ ສີສະຫວາດ), Lao Customs Department". */
    private static String speaker(Registration registration) {
        Person person = registration.getPerson();
        return person.displayName() + (person.getOrganisation() == null ? "" : ", " + person.getOrganisation().getName());
    }

    /** "United Nations Environment Programme (UNEP)". */
    private static String organisation(Organisation organisation) {
        String acronym = organisation.getAcronym();
        return acronym == null || acronym.isBlank() || acronym.equalsIgnoreCase(organisation.getName())
                ? organisation.getName() : organisation.getName() + " (" + acronym + ")";
    }

    private static SignInSheetPdf.Row rowOf(Registration registration) {
        Person person = registration.getPerson();
        return new SignInSheetPdf.Row(person.getFullName(), person.getLocalName(), person.getCountry().displayName(),
                person.getOrganisation() == null ? null : person.getOrganisation().getName(), person.getAgencyType().label());
    }
}
