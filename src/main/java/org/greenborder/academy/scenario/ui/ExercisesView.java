package org.greenborder.academy.scenario.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.greenborder.academy.scenario.ExerciseService;
import org.greenborder.academy.scenario.ExerciseStatus;
import org.greenborder.academy.scenario.ExerciseSummary;
import org.greenborder.academy.scenario.ScenarioService;
import org.greenborder.academy.scenario.ScenarioSummary;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.ui.Feedback;

/**
 * A workshop's exercises. Organisers attach a scenario to an agenda session (for everyone, or one shared attempt
 * per breakout group), start it live and open the live board; participants join the live ones.
 */
@Route("workshop-exercises")
@PageTitle("Exercises")
@PermitAll
class ExercisesView extends VerticalLayout implements HasUrlParameter<Long> {

    final Grid<ExerciseSummary> grid = new Grid<>();
    final ComboBox<ExerciseService.SessionChoice> session = new ComboBox<>("Session");
    final ComboBox<ScenarioSummary> scenario = new ComboBox<>("Scenario");
    final Checkbox groupMode = new Checkbox("One shared attempt per breakout group");
    final Button attach = new Button("Attach");
    private final ExerciseService exercises;
    private final ScenarioService scenarios;
    private long eventId;
    private boolean organiser;

    ExercisesView(ExerciseService exercises, ScenarioService scenarios) {
        this.exercises = exercises;
        this.scenarios = scenarios;
        setId("exercises-view");
        grid.setId("exercises");
        grid.addColumn(ExerciseSummary::scenarioTitle).setHeader("Scenario").setFlexGrow(3);
        grid.addColumn(ExerciseSummary::sessionTitle).setHeader("Session").setFlexGrow(2);
        grid.addColumn(e -> e.groupMode() ? "per group" : "everyone").setHeader("Mode");
        grid.addColumn(e -> switch (e.status()) {
            case READY -> "ready";
            case LIVE -> "live";
            case CLOSED -> "closed";
        }).setHeader("Status");
        grid.addComponentColumn(this::actions).setHeader("").setFlexGrow(2);
        grid.setAllRowsVisible(true);
        session.setId("exercise-session");
        session.setItemLabelGenerator(ExerciseService.SessionChoice::label);
        session.setWidth("28rem");
        scenario.setId("exercise-scenario");
        scenario.setItemLabelGenerator(ScenarioSummary::title);
        scenario.setWidth("28rem");
        groupMode.setId("exercise-group-mode");
        attach.setId("exercise-attach");
        attach.addClickListener(event -> {
            if (session.isEmpty() || scenario.isEmpty()) {
                Feedback.error("Choose a session and a scenario.");
                return;
            }
            Feedback.attempt(() -> exercises.attach(eventId, session.getValue().id(), scenario.getValue().id(), groupMode.getValue()))
                    .ifPresent(added -> refresh());
        });
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        eventId = id;
        List<ExerciseSummary> list;
        try {
            list = exercises.exercises(id);
        } catch (NotFoundException | org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such workshop");
            return;
        }
        organiser = exercises.organises(id);
        removeAll();
        add(new Anchor("workshop/" + id, "← Workshop"), new H2("Exercises"));
        if (organiser) {
            session.setItems(exercises.sessionChoices(id));
            scenario.setItems(scenarios.catalogue());
            add(new Paragraph("Attach a scenario to a session, start it when the room is ready: participants with an account are "
                            + "told at once and join from their screens. The live board shows who is at which stage and the scores."),
                    new H3("Attach a scenario"), new HorizontalLayout(session, scenario), groupMode, attach);
        } else {
            add(new Paragraph("Exercises the organisers have started. Join to work the shipment; in a group exercise your "
                    + "breakout group shares one attempt and sees each other's moves."));
        }
        add(grid);
        grid.setItems(list);
    }

    private void refresh() {
        grid.setItems(exercises.exercises(eventId));
    }

    private HorizontalLayout actions(ExerciseSummary exercise) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (organiser && exercise.status() == ExerciseStatus.READY) {
            Button start = new Button("Start live", e -> Feedback.attempt(() -> exercises.start(exercise.id())).ifPresent(s -> refresh()));
            start.setId("exercise-start-" + exercise.id());
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(start);
        }
        if (organiser && exercise.status() != ExerciseStatus.READY) {
            buttons.add(new Anchor("exercise-board/" + exercise.id(), "Live board"));
        }
        if (organiser && exercise.status() == ExerciseStatus.LIVE) {
            Button close = new Button("Close", e -> Feedback.attempt(() -> exercises.close(exercise.id())).ifPresent(s -> refresh()));
            close.setId("exercise-close-" + exercise.id());
            buttons.add(close);
        }
        if (!organiser && exercise.status() == ExerciseStatus.LIVE) {
            Button join = new Button("Join", e -> Feedback.attempt(() -> exercises.join(exercise.id()))
                    .ifPresent(attemptId -> getUI().ifPresent(ui -> ui.navigate("training/attempt/" + attemptId))));
            join.setId("exercise-join-" + exercise.id());
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(join);
        }
        return buttons;
    }
}
