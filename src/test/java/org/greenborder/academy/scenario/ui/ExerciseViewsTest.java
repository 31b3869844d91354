package org.greenborder.academy.scenario.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.greenborder.academy.scenario.BoardRow;
import org.greenborder.academy.scenario.ExerciseService;
import org.greenborder.academy.scenario.ExerciseSummary;
import org.greenborder.academy.scenario.ScenarioService;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.support.BrowserlessTestBase;
import org.greenborder.academy.support.SignedIn;
import org.greenborder.academy.support.WorkshopFixture;
import org.greenborder.academy.workshop.AgendaSession;
import org.greenborder.academy.workshop.EventRole;
import org.greenborder.academy.workshop.EventStatus;
import org.greenborder.academy.workshop.SessionKind;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** An organiser attaches and starts an exercise in the browser-less UI and watches the live board fill up. */
@SpringBootTest
@Import(WorkshopFixture.class)
class ExerciseViewsTest extends BrowserlessTestBase {

    @Autowired
    WorkshopFixture fx;
    @Autowired
    ExerciseService exercises;
    @Autowired
    ScenarioService scenarios;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    private void signIn(String username, Role role) {
        SignedIn.signIn(contextHolder, username, role);
    }

    /** The action buttons of the first row (the grid renders its cells in the browser; the tester builds them). */
    private Button button(ExercisesView view, String id) {
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) test(view.grid).getCellComponent(0, 4);
        return actions.getChildren().filter(child -> child.getId().orElse("").equals(id)).map(Button.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no button " + id));
    }

    @Test
    void theOrganiserRunsAnExerciseAndTheBoardShowsTheRoom() {
        String organiser = fx.account(Role.ORGANISER);
        String trainee = fx.account(Role.TRAINEE);
        WorkshopEvent draft = fx.newEvent(WorkshopFixture.unique("Live exercise"), EventStatus.PUBLISHED);
        draft.setEditors(Set.of(organiser));
        WorkshopEvent event = fx.system.call(() -> fx.workshops.create(draft));
        AgendaSession session = fx.save(event, fx.session(event, LocalDate.of(2027, 3, 9), LocalTime.of(9, 0), LocalTime.of(12, 0),
                SessionKind.PLENARY, "Practical: documents and identifiers"));
        fx.confirmedParticipant(event, "Trainee", trainee, EventRole.PARTICIPANT);

        signIn(organiser, Role.ORGANISER);
        ExercisesView view = navigate("workshop-exercises/" + event.getId(), ExercisesView.class);
        test(view.session).selectItem(view.session.getListDataView().getItems().findFirst().orElseThrow().label());
        test(view.scenario).selectItem("R-134a on paper, R-22 in the cylinders");
        test(view.attach).click();
        ExerciseSummary exercise = view.grid.getGenericDataView().getItems().findFirst().orElseThrow();
        test(button(view, "exercise-start-" + exercise.id())).click();
        assertThat(view.grid.getGenericDataView().getItems().findFirst().orElseThrow().status().name()).isEqualTo("LIVE");

        LiveBoardView board = navigate("exercise-board/" + exercise.id(), LiveBoardView.class);
        assertThat(board.grid.getGenericDataView().getItems().toList()).isEmpty();

        long attempt = fx.as(trainee, Role.TRAINEE, () -> exercises.join(exercise.id()));
        fx.as(trainee, Role.TRAINEE, () -> scenarios.inspect(attempt, "licence-check"));
        board.liveRefresh(); // what the browser calls when the server pushes a move
        assertThat(board.grid.getGenericDataView().getItems().toList()).singleElement().satisfies(row -> {
            assertThat(row.who()).isEqualTo(trainee);
            assertThat(row.stage()).isEqualTo("The declaration");
            assertThat(row.moves()).isEqualTo(1);
        });
        fx.as(trainee, Role.TRAINEE, () -> scenarios.decide(attempt, "detain", null, 1));
        board.liveRefresh();
        assertThat(board.grid.getGenericDataView().getItems().map(BoardRow::stage).toList()).containsExactly("At the examination bay");
        assertThat(board.summary.getText()).isEqualTo("1 joined, 0 finished");
    }

    @Test
    void aParticipantJoinsTheLiveExerciseFromTheWorkshopPage() {
        String organiser = fx.account(Role.ORGANISER);
        String trainee = fx.account(Role.TRAINEE);
        WorkshopEvent draft = fx.newEvent(WorkshopFixture.unique("Join"), EventStatus.PUBLISHED);
        draft.setEditors(Set.of(organiser));
        WorkshopEvent event = fx.system.call(() -> fx.workshops.create(draft));
        AgendaSession session = fx.save(event, fx.session(event, LocalDate.of(2027, 3, 9), LocalTime.of(9, 0), LocalTime.of(12, 0),
                SessionKind.PLENARY, "Practical"));
        fx.confirmedParticipant(event, "Trainee", trainee, EventRole.PARTICIPANT);
        ExerciseSummary exercise = fx.as(organiser, Role.ORGANISER, () -> {
            ExerciseSummary attached = exercises.attach(event.getId(), session.getId(), "hcfc22-declared-as-hfc134a", false);
            return exercises.start(attached.id());
        });

        signIn(trainee, Role.TRAINEE);
        ExercisesView page = navigate("workshop-exercises/" + event.getId(), ExercisesView.class);
        test(button(page, "exercise-join-" + exercise.id())).click();
        AttemptScreen screen = (AttemptScreen) getCurrentView();
        assertThat(screen.view.scenarioId()).isEqualTo("hcfc22-declared-as-hfc134a");
        assertThat(find(Button.class).withId("exercise-attach").all()).isEmpty();
    }
}
