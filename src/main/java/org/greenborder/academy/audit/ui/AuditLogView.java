package org.greenborder.academy.audit.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import org.greenborder.academy.audit.AuditAction;
import org.greenborder.academy.audit.AuditEntry;
import org.greenborder.academy.audit.AuditFilter;
import org.greenborder.academy.audit.AuditLog;

/** Who did what: sign-ins, account changes, workshop edits and certificates, newest first, read-only. */
@Route("admin/audit")
@PageTitle("Audit log")
@Menu(title = "Audit log", order = 805, icon = "vaadin:archive")
@RolesAllowed("ADMIN")
class AuditLogView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    final MultiSelectComboBox<AuditAction> actions = new MultiSelectComboBox<>("What");
    final TextField actor = new TextField("Who (user name)");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final TextField text = new TextField("Target or detail contains");
    final Span total = new Span();
    final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);

    private final AuditLog log;

    AuditLogView(AuditLog log) {
        this.log = log;
        setId("audit-view");
        setSizeFull();

        actions.setId("audit-actions");
        actions.setItems(Arrays.stream(AuditAction.values())
                .sorted(Comparator.comparing(AuditAction::area).thenComparing(AuditAction::label)).toList());
        actions.setItemLabelGenerator(AuditAction::label);
        actions.setWidth("20rem");
        actor.setId("audit-actor");
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        from.setId("audit-from");
        to.setId("audit-to");
        text.setId("audit-text");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        total.setId("audit-total");
        actions.addValueChangeListener(change -> refresh());
        actor.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        text.addValueChangeListener(change -> refresh());

        grid.setId("audit-grid");
        grid.addColumn(entry -> WHEN.format(entry.getOccurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::getActor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.getAction().label()).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::getTarget).setHeader("On").setFlexGrow(1);
        grid.addColumn(AuditEntry::getDetail).setHeader("Detail").setFlexGrow(3);
        grid.addColumn(AuditEntry::getClientAddress).setHeader("From address").setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();

        HorizontalLayout filters = new HorizontalLayout(actions, actor, from, to, text, total);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, grid);
        refresh();
    }

    void refresh() {
        AuditFilter filter = filter();
        long count = log.count(filter);
        total.setText(count + (count == 1 ? " entry" : " entries"));
        // lazy: the trail grows without end, so only the rows on screen are read
        grid.setItems(query -> log.search(filter, query.getOffset(), query.getLimit()).stream());
    }

    private AuditFilter filter() {
        LocalDate fromDay = from.getValue();
        LocalDate toDay = to.getValue();
        return new AuditFilter(actions.getValue(), actor.getValue().strip().toLowerCase(java.util.Locale.ROOT),
                fromDay == null ? null : fromDay.atStartOfDay(ZoneOffset.UTC).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), text.getValue());
    }
}
