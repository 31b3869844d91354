package org.greenborder.academy.workshop.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import org.greenborder.academy.shared.CapacityTheme;
import org.greenborder.academy.shared.ui.Feedback;
import org.greenborder.academy.workshop.FollowUpItem;
import org.greenborder.academy.workshop.OutcomeService;
import org.greenborder.academy.workshop.OutcomeStatus;

/** Action items and recommendations across all workshops, open ones first, so nothing agreed is forgotten. */
@Route("follow-up")
@PageTitle("Follow-up")
@Menu(title = "Follow-up", order = 120, icon = "vaadin:tasks")
@RolesAllowed({"ADMIN", "ORGANISER", "ANALYST"})
class FollowUpView extends VerticalLayout {

    final CheckboxGroup<OutcomeStatus> statuses = new CheckboxGroup<>("Status");
    final Select<CapacityTheme> theme = new Select<>();
    final Grid<FollowUpItem> grid = new Grid<>(FollowUpItem.class, false);
    final Span count = new Span();

    private final OutcomeService outcomes;

    FollowUpView(OutcomeService outcomes) {
        this.outcomes = outcomes;
        setId("follow-up-view");
        setSizeFull();
        statuses.setId("follow-up-statuses");
        statuses.setItems(OutcomeStatus.values());
        statuses.setItemLabelGenerator(OutcomeStatus::label);
        statuses.setValue(OutcomeService.UNFINISHED);
        statuses.addValueChangeListener(change -> refresh());
        theme.setLabel("Capacity theme");
        theme.setId("follow-up-theme");
        theme.setItems(CapacityTheme.values());
        theme.setItemLabelGenerator(value -> value == null ? "All themes" : value.label());
        theme.setEmptySelectionAllowed(true);
        theme.addValueChangeListener(change -> refresh());
        count.setId("follow-up-count");

        grid.setId("follow-up-grid");
        grid.addColumn(item -> item.outcome().getKind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(item -> item.outcome().getText()).setHeader("Outcome").setFlexGrow(4);
        grid.addColumn(item -> item.outcome().ownerName()).setHeader("Owner").setFlexGrow(1).setSortable(true);
        grid.addColumn(item -> item.outcome().getTheme().label()).setHeader("Theme").setFlexGrow(2);
        grid.addColumn(item -> item.outcome().getDueDate() == null ? "" : item.outcome().getDueDate().format(Formats.DATE)
                + (item.overdue() ? " (overdue)" : "")).setHeader("Due").setAutoWidth(true);
        grid.addComponentColumn(item -> {
            Select<OutcomeStatus> status = new Select<>();
            status.setItems(OutcomeStatus.values());
            status.setItemLabelGenerator(OutcomeStatus::label);
            status.setValue(item.outcome().getStatus());
            status.setReadOnly(!item.editable());
            status.addValueChangeListener(change -> {
                if (change.isFromClient() && Feedback.attempt(() ->
                        outcomes.changeStatus(item.outcome().getId(), change.getValue(), item.outcome().getVersion())).isPresent()) {
                    refresh();
                }
            });
            return status;
        }).setHeader("Status").setAutoWidth(true);
        grid.addColumn(FollowUpItem::eventTitle).setHeader("Workshop").setFlexGrow(2);
        grid.addItemDoubleClickListener(click -> getUI().ifPresent(ui -> ui.navigate(EventView.class, click.getItem().eventId())));
        grid.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(statuses, theme, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(filters, grid);
        refresh();
    }

    void refresh() {
        var items = outcomes.followUp(statuses.getValue().isEmpty() ? EnumSet.allOf(OutcomeStatus.class) : statuses.getValue(), theme.getValue());
        grid.setItems(items);
        count.setText(items.size() + " item(s), " + items.stream().filter(FollowUpItem::overdue).count() + " overdue");
    }
}
