package org.greenborder.academy.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenborder.academy.shared.ui.Feedback;
import org.greenborder.academy.workshop.AgendaService;
import org.greenborder.academy.workshop.AttendanceRate;
import org.greenborder.academy.workshop.AttendanceService;
import org.greenborder.academy.workshop.BreakoutGroup;
import org.greenborder.academy.workshop.BreakoutService;
import org.greenborder.academy.workshop.EvaluationService;
import org.greenborder.academy.workshop.ParticipantService;
import org.greenborder.academy.workshop.Registration;
import org.greenborder.academy.workshop.RegistrationStatus;
import org.greenborder.academy.workshop.ScopeQuestion;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.greenborder.academy.workshop.WorkshopService;

/** A participant's own workshops: agenda, their group and its questions, attendance, evaluation, calendar. */
@Route("my-workshops")
@PageTitle("My workshops")
@Menu(title = "My workshops", order = 110, icon = "vaadin:calendar-o")
@PermitAll
class MyWorkshopsView extends VerticalLayout {

    final VerticalLayout events = new VerticalLayout();
    final TextField feedUrl = new TextField("Calendar subscription address");

    private final WorkshopService workshops;
    private final ParticipantService participants;
    private final BreakoutService breakouts;
    private final AttendanceService attendance;
    private final EvaluationService evaluation;
    private final EventDownloads downloads;

    MyWorkshopsView(WorkshopService workshops, ParticipantService participants, AgendaService agenda, BreakoutService breakouts,
                    AttendanceService attendance, EvaluationService evaluation, EventDownloads downloads) {
        this.workshops = workshops;
        this.participants = participants;
        this.breakouts = breakouts;
        this.attendance = attendance;
        this.evaluation = evaluation;
        this.downloads = downloads;
        setId("my-workshops-view");
        setMaxWidth("72rem");
        events.setPadding(false);
        events.setId("my-workshops");
        add(calendarSection(), events);
        refresh();
    }

    void refresh() {
        events.removeAll();
        List<WorkshopEvent> mine = workshops.mine();
        if (mine.isEmpty()) {
            events.add(new Paragraph("You are not registered for any published workshop yet. Organisers register participants; "
                    + "ask the organiser of your workshop to link your registration to your user account."));
        }
        mine.forEach(event -> events.add(card(event)));
    }

    private Div card(WorkshopEvent event) {
        Div card = new Div();
        card.setId("my-event-" + event.getId());
        card.addClassName("gba-card");
        Optional<Registration> registration = participants.myRegistration(event.getId());
        card.add(new H3(event.getTitle()));
        card.add(new Paragraph(Formats.dateRange(event.getStartDate(), event.getEndDate()) + " · " + event.getVenueCity() + ", "
                + event.getVenueCountry().displayName() + " · " + registration.map(found -> found.getRole().label() + ", "
                + found.getStatus().label().toLowerCase()).orElse("")));
        Anchor open = new Anchor("workshop/" + event.getId(), "Agenda and details");
        open.setId("my-event-open-" + event.getId());
        HorizontalLayout links = new HorizontalLayout(open, downloads.eventCalendar(event.getId()), downloads.agendaPdf(event.getId()));
        card.add(links);

        registration.filter(found -> found.getStatus() == RegistrationStatus.CONFIRMED).ifPresent(found -> {
            addMyGroups(card, event, found);
            attendance.rates(event.getId()).stream().filter(rate -> rate.registration().getId().equals(found.getId())).findFirst()
                    .ifPresent(rate -> card.add(attendanceLine(rate)));
            String closedReason = evaluation.whyNotOpen(event.getId());
            if (closedReason == null) {
                Anchor survey = new Anchor("evaluation/" + event.getId(), "Evaluate this workshop (anonymous)");
                survey.setId("my-event-evaluate-" + event.getId());
                card.add(survey);
            }
            if (!event.getEndDate().isBefore(java.time.LocalDate.now())) {
                Button withdraw = new Button("I cannot attend", VaadinIcon.CLOSE_CIRCLE_O.create(), click -> {
                    if (Feedback.attempt(() -> participants.sendApologies(found.getId(), "Sent by the participant")).isPresent()) {
                        Feedback.success("Your apologies were sent to the organisers");
                        refresh();
                    }
                });
                withdraw.setId("my-event-apologies-" + event.getId());
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                card.add(withdraw);
            }
        });
        return card;
    }

    private void addMyGroups(Div card, WorkshopEvent event, Registration mine) {
        Map<Long, List<BreakoutGroup>> groups = breakouts.groupsOfEvent(event.getId());
        groups.values().stream().flatMap(List::stream)
                .filter(group -> group.getMembers().stream().anyMatch(member -> member.getId().equals(mine.getId())))
                .forEach(group -> {
                    Div box = new Div();
                    box.setId("my-group-" + group.getId());
                    box.addClassName("gba-my-group");
                    boolean rapporteur = group.getRapporteur() != null && group.getRapporteur().getId().equals(mine.getId());
                    box.add(new H4("My group: " + group.getLabel() + (rapporteur ? " (you are the rapporteur)" : "")));
                    box.add(new Paragraph(group.getTheme()));
                    UnorderedList questions = new UnorderedList();
                    for (ScopeQuestion question : group.getQuestions()) {
                        questions.add(new ListItem(question.getLetter() + ". " + question.getText()));
                    }
                    box.add(questions);
                    if (rapporteur) {
                        Button notes = new Button("Take the group's notes", VaadinIcon.NOTEBOOK.create(),
                                click -> new NotesDialog(breakouts, group, this::refresh).open());
                        notes.setId("my-group-notes-" + group.getId());
                        box.add(notes);
                    }
                    card.add(box);
                });
    }

    private static Span attendanceLine(AttendanceRate rate) {
        Span line = new Span("Attendance so far: " + rate.attended() + " of " + rate.sessions() + " sessions (" + rate.percent() + " %)");
        line.addClassName("gba-muted");
        return line;
    }

    private VerticalLayout calendarSection() {
        feedUrl.setId("my-feed-url");
        feedUrl.setReadOnly(true);
        feedUrl.setWidth("40rem");
        feedUrl.setHelperText("Add this address to your calendar app (\"subscribe to calendar\") to keep your workshops' agendas up to date. Keep it private.");
        Button show = new Button("Show my calendar address", VaadinIcon.CALENDAR_CLOCK.create(), click -> {
            feedUrl.setValue(downloads.feedUrl(downloads.myFeedToken()));
            feedUrl.setVisible(true);
        });
        show.setId("my-feed-show");
        Button renew = new Button("Make a new address", click -> {
            feedUrl.setValue(downloads.feedUrl(downloads.renewFeedToken()));
            feedUrl.setVisible(true);
            Feedback.success("The old address no longer works");
        });
        renew.setId("my-feed-renew");
        renew.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        feedUrl.setVisible(false);
        VerticalLayout section = new VerticalLayout(new HorizontalLayout(show, renew), feedUrl);
        section.setPadding(false);
        return section;
    }
}
