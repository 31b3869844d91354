package org.greenborder.academy.scenario.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.greenborder.academy.scenario.BoardRow;
import org.greenborder.academy.scenario.ExerciseService;
import org.greenborder.academy.scenario.LiveUpdates;
import org.greenborder.academy.shared.NotFoundException;

/**
 * The organiser's live board of an exercise: each participant or group, the stage they are at, their moves and
 * the score once they decide. Updated by server push on every move ({@link LiveRefresh}).
 */
@Route("exercise-board")
@PageTitle("Live board")
@RolesAllowed({"ADMIN", "ORGANISER"})
class LiveBoardView extends VerticalLayout implements HasUrlParameter<Long> {

    final Grid<BoardRow> grid = new Grid<>();
    final Span summary = new Span();
    private final ExerciseService exercises;
    private final LiveUpdates live;
    private long exerciseId;
    private Runnable stopListening;

    LiveBoardView(ExerciseService exercises, LiveUpdates live) {
        this.exercises = exercises;
        this.live = live;
        setId("live-board");
        grid.setId("board");
        grid.addColumn(BoardRow::who).setHeader("Who").setFlexGrow(2);
        grid.addColumn(row -> row.country() == null ? "" : row.country()).setHeader("Country");
        grid.addColumn(BoardRow::stage).setHeader("Stage or ending").setFlexGrow(2);
        grid.addColumn(BoardRow::moves).setHeader("Moves");
        grid.addColumn(row -> row.percent() == null ? "" : row.percent() + "%").setHeader("Score");
        grid.addColumn(row -> row.passed() == null ? "working" : row.passed() ? "passed" : "not passed").setHeader("Result");
        grid.setAllRowsVisible(true);
        summary.setId("board-summary");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        exerciseId = id;
        try {
            show(exercises.board(id));
        } catch (NotFoundException | org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such exercise");
            return;
        }
        removeAll();
        add(new H2("Live board"), summary, grid);
    }

    void show(List<BoardRow> rows) {
        grid.setItems(rows);
        long done = rows.stream().filter(row -> row.passed() != null).count();
        summary.setText(rows.size() + " joined, " + done + " finished");
    }

    /** Called by the browser when the server pushed "something moved". */
    @ClientCallable
    void liveRefresh() {
        show(exercises.board(exerciseId));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        var ui = attachEvent.getUI();
        stopListening = LiveRefresh.follow(this, ui, listener -> live.onExercise(exerciseId, listener));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (stopListening != null) {
            stopListening.run();
        }
    }
}
