package org.greenborder.academy.scenario.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.greenborder.academy.scenario.ReloadSummary;
import org.greenborder.academy.scenario.ScenarioProblem;
import org.greenborder.academy.scenario.ScenarioService;
import org.greenborder.academy.shared.ui.Feedback;

/** Admins: the scenario files with problems (file:line:column and message), and a reload of the folder. */
@Route("admin/scenarios")
@PageTitle("Scenarios")
@Menu(title = "Scenarios", order = 820, icon = "vaadin:file-code")
@RolesAllowed("ADMIN")
class ScenarioAdminView extends VerticalLayout {

    final Grid<ScenarioProblem> problems = new Grid<>();
    final Span summary = new Span();
    final Button reload = new Button("Reload the scenario folder");
    private final ScenarioService scenarios;

    ScenarioAdminView(ScenarioService scenarios) {
        this.scenarios = scenarios;
        setId("scenario-admin-view");
        problems.setId("scenario-problems");
        problems.addColumn(ScenarioProblem::file).setHeader("File").setFlexGrow(2);
        problems.addColumn(p -> p.line() + ":" + p.column()).setHeader("Line:column").setFlexGrow(0).setWidth("8rem");
        problems.addColumn(ScenarioProblem::message).setHeader("Problem").setFlexGrow(5);
        problems.setAllRowsVisible(true);
        summary.setId("scenario-summary");
        reload.setId("scenario-reload");
        reload.setDisableOnClick(true);
        reload.addClickListener(event -> {
            Feedback.attempt(scenarios::reload).ifPresent(result -> {
                show(result);
                Feedback.success("Reloaded: " + result.offered() + " scenarios on offer");
            });
            reload.setEnabled(true);
        });
        add(new H2("Scenarios"), new Paragraph("Files that could not be offered to trainees, as the checker reports them. "
                + "Fix them in the scenario folder and reload; scenarios/README.md explains the format."), reload, summary, problems);
        show(null);
    }

    private void show(ReloadSummary result) {
        var list = scenarios.problems();
        problems.setItems(list);
        summary.setText((result == null ? scenarios.catalogue().size() + " scenarios on offer" : result.offered() + " scenarios on offer, "
                + result.invalid() + " file(s) with problems") + (list.isEmpty() ? "; no problems" : "; " + list.size() + " problem(s)"));
    }
}
