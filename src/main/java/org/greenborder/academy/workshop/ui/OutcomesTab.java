package org.greenborder.academy.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import org.greenborder.academy.workshop.Outcome;
import org.greenborder.academy.workshop.OutcomeKind;
import org.greenborder.academy.workshop.OutcomeStatus;

/** The event's recommendations and action items (next steps). */
class OutcomesTab extends VerticalLayout {

    final Grid<Outcome> grid = new Grid<>(Outcome.class, false);
    final Button add = new Button("Add outcome", VaadinIcon.PLUS.create());

    private final EventContext context;

    OutcomesTab(EventContext context) {
        this.context = context;
        setPadding(false);
        setId("outcomes-tab");
        add.setId("outcomes-add");
        add.setVisible(context.editable());
        add.addClickListener(click -> {
            Outcome outcome = new Outcome();
            outcome.setKind(OutcomeKind.ACTION_ITEM);
            outcome.setStatus(OutcomeStatus.OPEN);
            new OutcomeDialog(context, outcome, this::refresh).open();
        });
        grid.setId("outcomes-grid");
        grid.addColumn(outcome -> outcome.getKind().label()).setHeader("Kind").setAutoWidth(true).setSortable(true)
                .setComparator(Outcome::getKind);
        grid.addColumn(Outcome::getText).setHeader("Outcome").setFlexGrow(4);
        grid.addColumn(Outcome::ownerName).setHeader("Owner").setFlexGrow(1);
        grid.addColumn(outcome -> outcome.getTheme().label()).setHeader("Capacity theme").setFlexGrow(2);
        grid.addColumn(outcome -> outcome.getDueDate() == null ? "" : outcome.getDueDate().format(Formats.DATE)).setHeader("Due")
                .setAutoWidth(true);
        grid.addColumn(outcome -> outcome.getStatus().label() + (outcome.isOverdue(LocalDate.now()) ? " (overdue)" : ""))
                .setHeader("Status").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        if (context.editable()) {
            grid.addItemClickListener(click -> new OutcomeDialog(context, click.getItem(), this::refresh).open());
        }
        add(add, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(context.outcomes().outcomes(context.eventId()));
    }
}
