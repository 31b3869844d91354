package org.greenborder.academy.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.greenborder.academy.shared.ui.Feedback;
import org.greenborder.academy.workshop.AgendaSession;
import org.greenborder.academy.workshop.BreakoutGroup;
import org.greenborder.academy.workshop.Registration;
import org.greenborder.academy.workshop.RemoteContribution;
import org.greenborder.academy.workshop.SessionKind;

/** The agenda as a timeline, a column of sessions per day in the venue's local time. */
class AgendaTab extends VerticalLayout {

    final Button addSession = new Button("Add session", VaadinIcon.PLUS.create());
    final Div timeline = new Div();

    private final EventContext context;
    private final EventDownloads downloads;

    AgendaTab(EventContext context, EventDownloads downloads) {
        this.context = context;
        this.downloads = downloads;
        setPadding(false);
        addSession.setId("agenda-add");
        addSession.setVisible(context.editable());
        addSession.addClickListener(click -> edit(newSession(context.event().getStartDate())));
        timeline.setId("agenda-timeline");
        timeline.addClassName("gba-timeline");
        Paragraph zone = new Paragraph("All times are local time at the venue (" + context.event().getTimeZone() + ").");
        zone.addClassName("gba-muted");
        add(new HorizontalLayout(addSession), zone, timeline);
        refresh();
    }

    void refresh() {
        timeline.removeAll();
        List<AgendaSession> sessions = context.agenda().agenda(context.eventId());
        Map<Long, List<BreakoutGroup>> groups = context.breakouts().groupsOfEvent(context.eventId());
        Map<LocalDate, List<AgendaSession>> byDay = new LinkedHashMap<>();
        for (LocalDate day = context.event().getStartDate(); !day.isAfter(context.event().getEndDate()); day = day.plusDays(1)) {
            byDay.put(day, new java.util.ArrayList<>());
        }
        sessions.forEach(session -> byDay.computeIfAbsent(session.getDay(), day -> new java.util.ArrayList<>()).add(session));
        int dayNumber = 1;
        for (Map.Entry<LocalDate, List<AgendaSession>> day : byDay.entrySet()) {
            Div column = new Div();
            column.addClassName("gba-day");
            H3 heading = new H3("Day " + dayNumber++ + " · " + day.getKey().format(Formats.DAY));
            column.add(heading);
            if (day.getValue().isEmpty()) {
                column.add(new Paragraph("No sessions yet."));
            }
            for (AgendaSession session : day.getValue()) {
                column.add(card(session, groups.getOrDefault(session.getId(), List.of())));
            }
            if (context.editable()) {
                Button add = new Button("Add to this day", VaadinIcon.PLUS.create(), click -> edit(newSession(day.getKey())));
                add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                column.add(add);
            }
            timeline.add(column);
        }
    }

    private Div card(AgendaSession session, List<BreakoutGroup> groups) {
        Div card = new Div();
        card.setId("session-" + session.getId());
        card.addClassNames("gba-session", "gba-session-" + session.getKind().name().toLowerCase());
        Span time = new Span(Formats.timeRange(session.getStartTime(), session.getEndTime()));
        time.addClassName("gba-session-time");
        Span kind = new Span(session.getKind().label());
        kind.addClassName("gba-badge");
        H4 title = new H4(session.getTitle());
        title.addClassName("gba-session-title");
        card.add(new Div(time, kind), title);
        if (session.getRoom() != null) {
            card.add(new Paragraph(session.getRoom()));
        }
        if (!session.getSpeakers().isEmpty()) {
            card.add(new Paragraph("Speakers and resource persons: " + session.getSpeakers().stream()
                    .map(AgendaTab::speaker).collect(Collectors.joining("; "))));
        }
        for (RemoteContribution contribution : session.getContributions()) {
            Paragraph remote = new Paragraph(contribution.getKind().label() + ": " + contribution.getTitle() + " — "
                    + (contribution.getPresenter() == null ? "" : contribution.getPresenter() + ", ")
                    + contribution.getOrganisation().getName());
            remote.addClassName("gba-remote");
            card.add(remote);
        }
        if (session.getScope() != null || session.getAssumptions() != null || session.getExpectedGoals() != null || !groups.isEmpty()) {
            VerticalLayout more = new VerticalLayout();
            more.setPadding(false);
            if (session.getScope() != null) {
                more.add(new H4("Scope"), new Paragraph(session.getScope()));
            }
            addList(more, "Underlying assumptions", AgendaSession.lines(session.getAssumptions()));
            addList(more, "Expected goals", AgendaSession.lines(session.getExpectedGoals()));
            for (BreakoutGroup group : groups) {
                addList(more, group.getLabel() + ": " + group.getTheme(), group.getQuestions().stream()
                        .map(question -> question.getLetter() + ". " + question.getText()).toList());
            }
            Details details = new Details("Scope, assumptions and goals", more);
            details.setId("session-details-" + session.getId());
            card.add(details);
        }
        HorizontalLayout actions = new HorizontalLayout(downloads.sessionCalendar(session.getId()));
        if (context.editable()) {
            Button edit = new Button("Edit", VaadinIcon.EDIT.create(), click -> edit(context.agenda().session(session.getId())));
            edit.setId("session-edit-" + session.getId());
            Button delete = new Button("Delete", VaadinIcon.TRASH.create(), click -> confirmDelete(session));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            for (Button button : List.of(edit, delete)) {
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                actions.add(button);
            }
        }
        card.add(actions);
        return card;
    }

    private void confirmDelete(AgendaSession session) {
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                "Delete session?", "Delete \"" + session.getTitle() + "\" with its groups, notes and attendance?",
                "Delete", event -> {
                    if (Feedback.attempt(() -> context.agenda().delete(context.eventId(), session.getId()))) {
                        refresh();
                    }
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private static void addList(VerticalLayout target, String heading, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        target.add(new H4(heading), list);
    }

    static String speaker(Registration registration) {
        return registration.getPerson().getFullName()
                + (registration.getPerson().getOrganisation() == null ? "" : " (" + registration.getPerson().getOrganisation().shortName() + ")");
    }

    private AgendaSession newSession(LocalDate day) {
        AgendaSession session = new AgendaSession();
        session.setDay(day);
        session.setStartTime(java.time.LocalTime.of(9, 0));
        session.setEndTime(java.time.LocalTime.of(10, 30));
        session.setKind(SessionKind.PLENARY);
        return session;
    }

    private void edit(AgendaSession session) {
        new SessionDialog(context, session, this::refresh).open();
    }
}
