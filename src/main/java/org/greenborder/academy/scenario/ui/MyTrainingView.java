package org.greenborder.academy.scenario.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.greenborder.academy.scenario.AttemptStatus;
import org.greenborder.academy.scenario.AttemptSummary;
import org.greenborder.academy.scenario.ScenarioService;

/** The caller's attempts, newest first: continue the open ones, read the review of the closed ones. */
@Route("my-training")
@PageTitle("My training")
@Menu(title = "My training", order = 310, icon = "vaadin:academy-cap")
@PermitAll
class MyTrainingView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(ZoneId.of("UTC"));

    final Grid<AttemptSummary> grid = new Grid<>();

    MyTrainingView(ScenarioService scenarios) {
        setId("my-training-view");
        List<AttemptSummary> attempts = scenarios.myAttempts();
        grid.setId("attempt-history");
        grid.addComponentColumn(a -> new Anchor((a.status() == AttemptStatus.IN_PROGRESS ? "training/attempt/" : "training/review/") + a.id(),
                a.scenarioTitle())).setHeader("Scenario").setFlexGrow(3);
        grid.addColumn(a -> WHEN.format(a.startedAt())).setHeader("Started (UTC)");
        grid.addColumn(a -> switch (a.status()) {
            case IN_PROGRESS -> "In progress";
            case COMPLETED -> a.endingTitle();
            case TIMED_OUT -> "Time ran out";
        }).setHeader("Outcome").setFlexGrow(2);
        grid.addColumn(a -> a.percent() == null ? "" : a.percent() + "%").setHeader("Score");
        grid.addColumn(a -> a.passed() == null ? "" : a.passed() ? "Passed" : "Not passed").setHeader("Result");
        grid.setItems(attempts);
        grid.setAllRowsVisible(true);
        add(new H2("My training"));
        if (attempts.isEmpty()) {
            add(new Paragraph("No attempts yet."), new Anchor("training", "Choose a scenario"));
        } else {
            add(grid);
        }
    }
}
