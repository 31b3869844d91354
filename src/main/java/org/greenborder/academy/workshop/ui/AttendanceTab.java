package org.greenborder.academy.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenborder.academy.shared.ui.Feedback;
import org.greenborder.academy.workshop.AgendaSession;
import org.greenborder.academy.workshop.AttendanceRate;
import org.greenborder.academy.workshop.AttendanceRow;
import org.greenborder.academy.workshop.AttendanceStatus;

/** Attendance per session: QR self check-in, marking by the organiser (one or many), sign-in sheets, rates. */
class AttendanceTab extends VerticalLayout {

    final Select<AgendaSession> session = new Select<>();
    final Grid<AttendanceRow> sheet = new Grid<>(AttendanceRow.class, false);
    final Select<AttendanceStatus> bulkStatus = new Select<>();
    final Button markSelected = new Button("Mark selected");
    final Button showCode = new Button("Show check-in code", VaadinIcon.QRCODE.create());
    final Grid<AttendanceRate> rates = new Grid<>(AttendanceRate.class, false);
    final HorizontalLayout sessionActions = new HorizontalLayout();

    private final EventContext context;
    private final EventDownloads downloads;

    AttendanceTab(EventContext context, EventDownloads downloads) {
        this.context = context;
        this.downloads = downloads;
        setPadding(false);
        setId("attendance-tab");

        List<AgendaSession> sessions = context.agenda().agenda(context.eventId()).stream().filter(AgendaSession::takesAttendance).toList();
        session.setLabel("Session");
        session.setId("attendance-session");
        session.setItems(sessions);
        session.setItemLabelGenerator(item -> item.getDay().format(Formats.DATE) + " " + Formats.timeRange(item.getStartTime(), item.getEndTime())
                + " · " + item.getTitle());
        session.setWidth("40rem");
        session.addValueChangeListener(change -> showSession());

        sheet.setId("attendance-sheet");
        sheet.addColumn(row -> row.registration().getPerson().displayName()).setHeader("Name").setFlexGrow(3).setSortable(true)
                .setComparator(row -> row.registration().getPerson().getFullName());
        sheet.addColumn(row -> row.registration().getPerson().getCountry().displayName()).setHeader("Country").setSortable(true);
        sheet.addColumn(row -> row.registration().getRole().label()).setHeader("Role");
        sheet.addColumn(row -> row.status() == null ? "not marked" : row.status().label()).setHeader("Attendance").setSortable(true)
                .setComparator(row -> row.status() == null ? -1 : row.status().ordinal());
        sheet.addColumn(row -> row.method() == null ? "" : row.method().label()).setHeader("How");
        if (context.editable()) {
            sheet.setSelectionMode(Grid.SelectionMode.MULTI);
            for (AttendanceStatus status : AttendanceStatus.values()) {
                sheet.addComponentColumn(row -> {
                    Button button = new Button(status.label(), click -> mark(Set.of(row.registration().getId()), status));
                    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                    button.setId("mark-" + status.name().toLowerCase(Locale.ROOT) + "-" + row.registration().getId());
                    return button;
                }).setFlexGrow(0).setAutoWidth(true);
            }
        }
        sheet.setMinHeight("20rem");

        bulkStatus.setItems(AttendanceStatus.values());
        bulkStatus.setItemLabelGenerator(AttendanceStatus::label);
        bulkStatus.setValue(AttendanceStatus.PRESENT);
        bulkStatus.setId("attendance-bulk-status");
        markSelected.setId("attendance-mark-selected");
        markSelected.addClickListener(click -> {
            Set<Long> ids = sheet.getSelectedItems().stream().map(row -> row.registration().getId()).collect(Collectors.toSet());
            if (ids.isEmpty()) {
                Feedback.error("Select the people to mark first");
                return;
            }
            mark(ids, bulkStatus.getValue());
        });
        showCode.setId("attendance-show-code");
        showCode.addClickListener(click -> openCheckIn());
        sessionActions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        rates.setId("attendance-rates");
        rates.addColumn(rate -> rate.registration().getPerson().getFullName()).setHeader("Name").setFlexGrow(3).setSortable(true);
        rates.addColumn(rate -> rate.registration().getPerson().getCountry().displayName()).setHeader("Country").setSortable(true);
        rates.addColumn(AttendanceRate::present).setHeader("Present");
        rates.addColumn(AttendanceRate::late).setHeader("Late");
        rates.addColumn(AttendanceRate::excused).setHeader("Excused");
        rates.addColumn(AttendanceRate::absent).setHeader("Absent");
        rates.addColumn(rate -> rate.attended() + " of " + rate.sessions() + " (" + rate.percent() + " %)").setHeader("Attendance rate")
                .setComparator(AttendanceRate::percent).setSortable(true);
        rates.setAllRowsVisible(true);

        add(session, sessionActions, sheet, new H4("Attendance rate per participant"),
                new Paragraph("Sessions attended (present or late) out of the " + sessions.size()
                        + " sessions that take attendance; breaks do not count, unmarked sessions count as missed."), rates);
        if (sessions.isEmpty()) {
            addComponentAtIndex(0, new Paragraph("The agenda has no sessions yet."));
        } else {
            session.setValue(sessions.getFirst());
        }
        refreshRates();
    }

    void showSession() {
        sessionActions.removeAll();
        AgendaSession selected = session.getValue();
        if (selected == null) {
            sheet.setItems(List.of());
            return;
        }
        sheet.setItems(context.attendance().sheet(selected.getId()));
        sessionActions.add(downloads.signInSheet(selected.getId()));
        if (context.editable()) {
            sessionActions.addComponentAtIndex(0, showCode);
            sessionActions.add(bulkStatus, markSelected);
        }
    }

    void mark(Set<Long> registrationIds, AttendanceStatus status) {
        if (Feedback.attempt(() -> context.attendance().mark(session.getValue().getId(), registrationIds, status))) {
            sheet.deselectAll();
            showSession();
            refreshRates();
        }
    }

    private void refreshRates() {
        rates.setItems(context.attendance().rates(context.eventId()));
    }

    private void openCheckIn() {
        AgendaSession selected = session.getValue();
        Feedback.attempt(() -> context.attendance().openCheckIn(selected.getId())).ifPresent(code -> {
            String url = EventDownloads.baseUrl() + code.path();
            Dialog dialog = new Dialog();
            dialog.setId("check-in-dialog");
            dialog.setHeaderTitle("Check in: " + selected.getTitle());
            Anchor link = new Anchor(url, url);
            link.setId("check-in-url");
            Paragraph expiry = new Paragraph("Scan with your phone and sign in. This code works until "
                    + DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of(context.event().getTimeZone())).format(code.expires())
                    + " (venue time); show a fresh one for latecomers.");
            VerticalLayout content = new VerticalLayout(downloads.qrCode(url), link, expiry);
            content.setAlignItems(Alignment.CENTER);
            dialog.add(content);
            Button close = new Button("Stop check-in", click -> {
                Feedback.attempt(() -> context.attendance().closeCheckIn(selected.getId()));
                dialog.close();
            });
            close.setId("check-in-stop");
            Button refresh = new Button("Refresh list", click -> {
                showSession();
                refreshRates();
            });
            dialog.getFooter().add(refresh, close);
            dialog.addOpenedChangeListener(change -> {
                if (!change.isOpened()) {
                    showSession();
                    refreshRates();
                }
            });
            dialog.open();
        });
    }
}
