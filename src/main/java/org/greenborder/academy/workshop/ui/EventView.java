package org.greenborder.academy.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.ui.Feedback;
import org.greenborder.academy.workshop.AgendaService;
import org.greenborder.academy.workshop.AttendanceService;
import org.greenborder.academy.workshop.BreakoutService;
import org.greenborder.academy.workshop.EvaluationService;
import org.greenborder.academy.workshop.Organisation;
import org.greenborder.academy.workshop.OutcomeService;
import org.greenborder.academy.workshop.ParticipantService;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.greenborder.academy.workshop.WorkshopService;

/**
 * One event: details, agenda, groups, participants, attendance, outcomes and evaluation, each in a tab. Read-only
 * for anyone who may see the event but not change it.
 */
@Route("workshop")
@PermitAll
class EventView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final H2 title = new H2();
    final Span facts = new Span();
    final TabSheet tabs = new TabSheet();
    final Button cloneEvent = new Button("Use as template", VaadinIcon.COPY.create());
    final HorizontalLayout downloads = new HorizontalLayout();

    private final WorkshopService workshops;
    private final AgendaService agenda;
    private final BreakoutService breakouts;
    private final ParticipantService participants;
    private final AttendanceService attendance;
    private final OutcomeService outcomes;
    private final EvaluationService evaluation;
    private final EventDownloads eventDownloads;
    private EventContext context;
    private final Map<Tab, Runnable> builders = new HashMap<>();

    EventView(WorkshopService workshops, AgendaService agenda, BreakoutService breakouts, ParticipantService participants,
              AttendanceService attendance, OutcomeService outcomes, EvaluationService evaluation, EventDownloads eventDownloads) {
        this.workshops = workshops;
        this.agenda = agenda;
        this.breakouts = breakouts;
        this.participants = participants;
        this.attendance = attendance;
        this.outcomes = outcomes;
        this.evaluation = evaluation;
        this.eventDownloads = eventDownloads;
        setId("event-view");
        setSizeFull();
        title.setId("event-view-title");
        title.addClassName("gba-event-title");
        facts.setId("event-view-facts");
        facts.addClassName("gba-event-facts");
        tabs.setId("event-tabs");
        tabs.setSizeFull();
        cloneEvent.setId("event-clone");
        cloneEvent.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cloneEvent.addClickListener(click -> openCloneDialog());
        downloads.setId("event-downloads");
        tabs.addSelectedChangeListener(change -> {
            if (change.getSelectedTab() != null && builders.containsKey(change.getSelectedTab())) {
                builders.get(change.getSelectedTab()).run();
            }
        });
    }

    @Override
    public void setParameter(BeforeEvent navigation, Long eventId) {
        try {
            load(eventId);
        } catch (NotFoundException e) {
            navigation.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such event");
        }
    }

    void load(long eventId) {
        WorkshopEvent event = workshops.get(eventId);
        context = new EventContext(event, workshops.canEdit(eventId), workshops, agenda, breakouts, participants,
                attendance, outcomes, evaluation);
        removeAll();
        title.setText(event.getTitle());
        facts.setText(event.getType().label() + " · " + Formats.dateRange(event.getStartDate(), event.getEndDate()) + " · "
                + event.getVenueCity() + ", " + event.getVenueCountry().displayName() + " (" + event.getTimeZone() + ")"
                + (event.getOrganisers().isEmpty() ? "" : " · Organised by "
                + event.getOrganisers().stream().map(Organisation::shortName).sorted().collect(Collectors.joining(", "))));
        cloneEvent.setVisible(workshops.canCreate());
        downloads.removeAll();
        downloads.add(eventDownloads.agendaPdf(eventId), eventDownloads.eventCalendar(eventId));
        // the training module's page for this event (by address: the workshop UI does not depend on training)
        Anchor exercises = new Anchor("workshop-exercises/" + eventId, "Exercises");
        exercises.setId("event-exercises");
        downloads.add(exercises);
        if (context.editable()) {
            // the certificates module's desk for this event, by address like the exercises
            Anchor certificates = new Anchor("workshop-certificates/" + eventId, "Certificates");
            certificates.setId("event-certificates");
            downloads.add(certificates);
        }
        HorizontalLayout actions = new HorizontalLayout(WorkshopsView.badge(event.getStatus()), downloads, cloneEvent);
        actions.setAlignItems(Alignment.CENTER);
        add(new Div(title, facts), actions, tabs);

        int selected = tabs.getSelectedIndex();
        while (tabs.getTabCount() > 0) {
            tabs.remove(tabs.getTabAt(0));
        }
        builders.clear();
        addTab("Details", "tab-details", () -> new DetailsTab(context, this::reload));
        addTab("Agenda", "tab-agenda", () -> new AgendaTab(context, eventDownloads));
        addTab("Groups", "tab-groups", () -> new GroupsTab(context));
        boolean staff = workshops.seesEverything();
        if (staff) {
            addTab("Participants", "tab-participants", () -> new ParticipantsTab(context));
            addTab("Attendance", "tab-attendance", () -> new AttendanceTab(context, eventDownloads));
        }
        addTab("Outcomes", "tab-outcomes", () -> new OutcomesTab(context));
        if (staff) {
            addTab("Evaluation", "tab-evaluation", () -> new EvaluationTab(context));
        }
        int toShow = selected > 0 && selected < tabs.getTabCount() ? selected : 0;
        if (tabs.getSelectedIndex() != toShow) {
            tabs.setSelectedIndex(toShow);
        } else {
            builders.get(tabs.getTabAt(toShow)).run();
        }
    }

    /**
     * Each tab is built afresh whenever it is opened, so it shows what the other tabs just changed (a session
     * added on the agenda appears among the groups' sessions at once).
     */
    private void addTab(String label, String id, Supplier<Component> content) {
        Div holder = new Div();
        holder.setWidthFull();
        Tab tab = tabs.add(label, holder);
        tab.setId(id);
        builders.put(tab, () -> {
            holder.removeAll();
            holder.add(content.get());
        });
    }

    private void reload() {
        load(context.eventId());
    }

    private void openCloneDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New event from this one");
        dialog.setId("clone-dialog");
        TextField newTitle = new TextField("Title", context.event().getTitle(), "");
        newTitle.setId("clone-title");
        newTitle.setWidthFull();
        DatePicker start = new DatePicker("Starts on");
        start.setId("clone-start");
        Button create = new Button("Create draft", click -> {
            if (start.getValue() == null || newTitle.getValue().isBlank()) {
                Feedback.error("Give the new event a title and a start date");
                return;
            }
            Feedback.attempt(() -> workshops.cloneAsTemplate(context.eventId(), newTitle.getValue().strip(), start.getValue()))
                    .ifPresent(copy -> {
                        dialog.close();
                        Feedback.success("Draft created with the agenda and groups; participants were not copied");
                        getUI().ifPresent(ui -> ui.navigate(EventView.class, copy.getId()));
                    });
        });
        create.setId("clone-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(newTitle, start));
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), create);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return context == null ? "Event" : context.event().getTitle();
    }

    EventContext context() {
        return context;
    }
}
