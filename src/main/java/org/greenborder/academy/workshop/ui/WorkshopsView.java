package org.greenborder.academy.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.workshop.EventFilter;
import org.greenborder.academy.workshop.EventStatus;
import org.greenborder.academy.workshop.EventSummary;
import org.greenborder.academy.workshop.EventType;
import org.greenborder.academy.workshop.WorkshopService;

/** All events the user may see, newest first, filtered by year, country, type and status. */
@Route("workshops")
@PageTitle("Workshops")
@Menu(title = "Workshops", order = 100, icon = "vaadin:calendar-user")
@PermitAll
class WorkshopsView extends VerticalLayout {

    final Select<Integer> year = new Select<>();
    final ComboBox<CountryCode> country = new ComboBox<>("Country");
    final Select<EventType> type = new Select<>();
    final Select<EventStatus> status = new Select<>();
    final Grid<EventSummary> grid = new Grid<>(EventSummary.class, false);
    final Button newEvent = new Button("New event", VaadinIcon.PLUS.create());

    private final WorkshopService workshops;

    WorkshopsView(WorkshopService workshops) {
        this.workshops = workshops;
        setId("workshops-view");
        setSizeFull();

        year.setId("workshops-year");
        year.setLabel("Year");
        year.setItems(workshops.years());
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption("All years");
        country.setId("workshops-country");
        country.setItems(workshops.list(EventFilter.ANY).stream().map(EventSummary::venueCountry).distinct().sorted().toList());
        country.setItemLabelGenerator(CountryCode::displayName);
        country.setClearButtonVisible(true);
        country.setPlaceholder("All countries");
        type.setId("workshops-type");
        type.setLabel("Type");
        type.setItems(EventType.values());
        type.setItemLabelGenerator(value -> value == null ? "All types" : value.label());
        type.setEmptySelectionAllowed(true);
        status.setId("workshops-status");
        status.setLabel("Status");
        status.setItems(EventStatus.values());
        status.setItemLabelGenerator(value -> value == null ? "All" : value.label());
        status.setEmptySelectionAllowed(true);
        year.addValueChangeListener(change -> refresh());
        country.addValueChangeListener(change -> refresh());
        type.addValueChangeListener(change -> refresh());
        status.addValueChangeListener(change -> refresh());

        newEvent.setId("workshops-new");
        newEvent.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newEvent.setVisible(workshops.canCreate());
        newEvent.addClickListener(click -> new NewEventDialog(workshops, created ->
                getUI().ifPresent(ui -> ui.navigate(EventView.class, created.getId()))).open());

        grid.setId("workshops-grid");
        grid.addColumn(EventSummary::title).setHeader("Event").setFlexGrow(4).setSortable(true);
        grid.addColumn(summary -> summary.type().label()).setHeader("Type").setFlexGrow(1);
        grid.addColumn(summary -> Formats.dateRange(summary.startDate(), summary.endDate())).setHeader("Dates")
                .setComparator(EventSummary::startDate).setSortable(true).setFlexGrow(1);
        grid.addColumn(summary -> summary.venueCity() + ", " + summary.venueCountry().displayName()).setHeader("Venue").setFlexGrow(1);
        grid.addColumn(EventSummary::organisers).setHeader("Organisers").setFlexGrow(2);
        grid.addColumn(EventSummary::confirmed).setHeader("Confirmed").setFlexGrow(0).setWidth("7rem");
        grid.addComponentColumn(summary -> badge(summary.status())).setHeader("Status").setFlexGrow(0).setWidth("7rem");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(EventView.class, click.getItem().id())));
        grid.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(year, country, type, status, newEvent);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, grid);
        refresh();
    }

    void refresh() {
        List<EventSummary> rows = workshops.list(new EventFilter(year.getValue(), country.getValue(), type.getValue(), status.getValue()));
        grid.setItems(rows);
    }

    static Span badge(EventStatus status) {
        Span badge = new Span(status.label());
        badge.addClassNames("gba-badge", "gba-badge-" + status.name().toLowerCase());
        return badge;
    }
}
