package org.greenborder.academy.guidance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.greenborder.academy.guidance.GuidanceService;
import org.greenborder.academy.guidance.IndexNotUpdatedException;
import org.greenborder.academy.guidance.ImportProblem;
import org.greenborder.academy.guidance.ImportSummary;

/** Files of content/ that the last import skipped, and why, for administrators. */
@Route("admin/guidance-import")
@PageTitle("Guidance import")
@Menu(title = "Guidance import", order = 810, icon = "vaadin:file-text")
@RolesAllowed("ADMIN")
class ImportProblemsView extends VerticalLayout {

    final Grid<ImportProblem> grid = new Grid<>(ImportProblem.class, false);
    final Paragraph summary = new Paragraph();
    final Button reimport = new Button("Import content/ again");
    final Button rebuildIndex = new Button("Rebuild the search index");
    private final GuidanceService guidance;

    ImportProblemsView(GuidanceService guidance) {
        this.guidance = guidance;
        setId("guidance-import-view");
        setSizeFull();
        summary.setId("guidance-import-summary");
        grid.setId("guidance-import-problems");
        grid.addColumn(ImportProblem::getSourcePath).setHeader("File").setAutoWidth(true);
        grid.addColumn(ImportProblem::getMessage).setHeader("Why it was skipped").setFlexGrow(3);
        reimport.setId("guidance-reimport");
        reimport.addClickListener(click -> {
            try {
                ImportSummary result = guidance.reimport();
                summary.setText(result.files() + " files: " + result.created() + " new, " + result.updated() + " updated, "
                        + result.unchanged() + " unchanged, " + result.archived() + " archived, " + result.skipped() + " skipped.");
            } catch (IndexNotUpdatedException e) {
                summary.setText(e.getMessage());
            }
            refresh();
        });
        rebuildIndex.setId("guidance-rebuild-index");
        rebuildIndex.addClickListener(click -> {
            try {
                guidance.rebuildIndex();
                summary.setText("The search index was rebuilt from the library.");
            } catch (IndexNotUpdatedException e) {
                summary.setText(e.getMessage());
            }
        });
        add(new Paragraph("The library imports content/guidance/ at every start. A file that cannot be read is skipped "
                + "(the rest is imported) and listed here until it is fixed. The search index is checked against the "
                + "library at every start and repaired by itself; rebuild it here if search still seems to miss documents."),
                new HorizontalLayout(reimport, rebuildIndex), summary, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(guidance.importProblems());
        if (summary.getText().isEmpty()) {
            summary.setText(grid.getGenericDataView().getItems().count() + " file(s) skipped by the last import.");
        }
    }
}
