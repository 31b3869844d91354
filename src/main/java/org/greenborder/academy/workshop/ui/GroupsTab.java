package org.greenborder.academy.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import org.greenborder.academy.shared.ui.Feedback;
import org.greenborder.academy.workshop.AgendaSession;
import org.greenborder.academy.workshop.BreakoutGroup;
import org.greenborder.academy.workshop.Registration;
import org.greenborder.academy.workshop.ScopeQuestion;
import org.greenborder.academy.workshop.SessionKind;

/** Breakout groups of every breakout session: theme, lettered scope questions, members, notes, report back. */
class GroupsTab extends VerticalLayout {

    private final EventContext context;

    GroupsTab(EventContext context) {
        this.context = context;
        setPadding(false);
        setId("groups-tab");
        refresh();
    }

    void refresh() {
        removeAll();
        List<AgendaSession> breakoutSessions = context.agenda().agenda(context.eventId()).stream()
                .filter(session -> session.getKind() == SessionKind.BREAKOUT).toList();
        if (breakoutSessions.isEmpty()) {
            add(new Paragraph("No breakout sessions yet. Add a session of the kind \"Breakout groups\" to the agenda first."));
            return;
        }
        Map<Long, List<BreakoutGroup>> groups = context.breakouts().groupsOfEvent(context.eventId());
        for (AgendaSession session : breakoutSessions) {
            add(sessionSection(session, groups.getOrDefault(session.getId(), List.of())));
        }
    }

    private VerticalLayout sessionSection(AgendaSession session, List<BreakoutGroup> groups) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("breakout-" + session.getId());
        section.add(new H3(session.getTitle()));
        section.add(new Paragraph(session.getDay().format(Formats.DAY) + ", "
                + Formats.timeRange(session.getStartTime(), session.getEndTime())));
        if (context.editable()) {
            Button addGroup = new Button("Add group", VaadinIcon.PLUS.create(),
                    click -> new GroupDialog(context, session.getId(), newGroup(groups.size()), this::refresh).open());
            addGroup.setId("groups-add-" + session.getId());
            Button assign = new Button("Auto-assign unplaced", VaadinIcon.USERS.create(), click -> {
                if (Feedback.attempt(() -> context.breakouts().autoAssign(session.getId(), false)) .isPresent()) {
                    Feedback.success("Participants assigned, balancing countries and agencies");
                    refresh();
                }
            });
            assign.setId("groups-assign-" + session.getId());
            Button reshuffle = new Button("Reshuffle everyone", VaadinIcon.REFRESH.create(), click -> {
                if (Feedback.attempt(() -> context.breakouts().autoAssign(session.getId(), true)).isPresent()) {
                    refresh();
                }
            });
            reshuffle.setId("groups-reshuffle-" + session.getId());
            reshuffle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            section.add(new HorizontalLayout(addGroup, assign, reshuffle));
        }
        Div cards = new Div();
        cards.addClassName("gba-cards");
        groups.forEach(group -> cards.add(groupCard(session, group)));
        section.add(cards);
        return section;
    }

    private Div groupCard(AgendaSession session, BreakoutGroup group) {
        Div card = new Div();
        card.setId("group-" + group.getId());
        card.addClassName("gba-card");
        card.add(new H4(group.getLabel()));
        Paragraph theme = new Paragraph(group.getTheme());
        theme.addClassName("gba-group-theme");
        card.add(theme);
        OrderedList questions = new OrderedList();
        questions.setType(OrderedList.NumberingType.LOWERCASE_LETTER);
        for (ScopeQuestion question : group.getQuestions()) {
            ListItem item = new ListItem(question.getLetter() + ". " + question.getText());
            if (question.getNotes() != null) {
                Paragraph notes = new Paragraph("Notes: " + question.getNotes());
                notes.addClassName("gba-notes");
                item.add(notes);
            }
            questions.add(item);
        }
        questions.addClassName("gba-plain-list");
        card.add(questions);
        Span members = new Span(group.getMembers().size() + " member(s)"
                + (group.getRapporteur() == null ? "" : " · Rapporteur: " + group.getRapporteur().getPerson().getFullName()));
        members.setId("group-members-count-" + group.getId());
        card.add(members);
        UnorderedList memberList = new UnorderedList();
        group.getMembers().stream()
                .sorted(java.util.Comparator.comparing((Registration registration) -> registration.getPerson().getCountry().displayName())
                        .thenComparing(registration -> registration.getPerson().getFullName()))
                .forEach(member -> memberList.add(new ListItem(member.getPerson().getFullName() + " — "
                        + member.getPerson().getCountry().displayName() + ", " + member.getPerson().getAgencyType().label())));
        card.add(memberList);
        if (group.getReportBack() != null) {
            card.add(new H4("Report back"), new Paragraph(group.getReportBack()));
        }
        HorizontalLayout actions = new HorizontalLayout();
        if (context.editable()) {
            Button edit = new Button("Edit", VaadinIcon.EDIT.create(),
                    click -> new GroupDialog(context, session.getId(), group, this::refresh).open());
            edit.setId("group-edit-" + group.getId());
            Button membersButton = new Button("Members", VaadinIcon.USERS.create(),
                    click -> new MembersDialog(context, session.getId(), group, this::refresh).open());
            membersButton.setId("group-members-" + group.getId());
            Button delete = new Button("Delete", VaadinIcon.TRASH.create(), click -> {
                if (Feedback.attempt(() -> context.breakouts().delete(session.getId(), group.getId()))) {
                    refresh();
                }
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(edit, membersButton, delete);
        }
        if (context.editable() || context.breakouts().canTakeNotes(group.getId())) {
            Button notes = new Button("Notes and report", VaadinIcon.NOTEBOOK.create(),
                    click -> new NotesDialog(context.breakouts(), group, this::refresh).open());
            notes.setId("group-notes-" + group.getId());
            actions.add(notes);
        }
        actions.getChildren().forEach(button -> ((Button) button).addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL));
        card.add(actions);
        return card;
    }

    private static BreakoutGroup newGroup(int existing) {
        return new BreakoutGroup("Group " + (char) ('A' + Math.min(existing, 25)), "");
    }
}
