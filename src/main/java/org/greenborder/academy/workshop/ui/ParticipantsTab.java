package org.greenborder.academy.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.contextmenu.GridMenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.greenborder.academy.shared.ui.Feedback;
import org.greenborder.academy.workshop.EventRole;
import org.greenborder.academy.workshop.ImportReport;
import org.greenborder.academy.workshop.Registration;
import org.greenborder.academy.workshop.RegistrationStatus;

/** Registrations: nominate, approve within the capacity, waitlist, withdrawals and apologies, CSV in and out. */
class ParticipantsTab extends VerticalLayout {

    static final int MAX_UPLOAD_BYTES = 1024 * 1024;

    final Grid<Registration> grid = new Grid<>(Registration.class, false);
    final Select<RegistrationStatus> statusFilter = new Select<>();
    final Span counts = new Span();
    final Button add = new Button("Add participant", VaadinIcon.PLUS.create());
    final Upload upload;
    final Checkbox confirmImported = new Checkbox("Confirm imported people (within the capacity)");
    final Div importReport = new Div();

    private final EventContext context;

    ParticipantsTab(EventContext context) {
        this.context = context;
        setPadding(false);
        setId("participants-tab");

        statusFilter.setLabel("Status");
        statusFilter.setId("participants-status");
        statusFilter.setItems(RegistrationStatus.values());
        statusFilter.setItemLabelGenerator(status -> status == null ? "All" : status.label());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.addValueChangeListener(change -> refresh());
        counts.setId("participants-counts");
        add.setId("participants-add");
        add.setVisible(context.editable());
        add.addClickListener(click -> new RegistrationDialog(context, this::refresh).open());

        grid.setId("participants-grid");
        grid.addColumn(registration -> registration.getPerson().displayName()).setHeader("Name").setFlexGrow(3).setSortable(true)
                .setComparator(registration -> registration.getPerson().getFullName());
        grid.addColumn(registration -> registration.getPerson().getCountry().displayName()).setHeader("Country").setSortable(true);
        grid.addColumn(registration -> registration.getPerson().getOrganisation() == null ? ""
                : registration.getPerson().getOrganisation().shortName()).setHeader("Organisation").setFlexGrow(2);
        grid.addColumn(registration -> registration.getPerson().getAgencyType().label()).setHeader("Agency").setFlexGrow(2);
        grid.addColumn(registration -> registration.getRole().label()).setHeader("Role").setSortable(true);
        grid.addColumn(registration -> registration.getStatus().label()
                + (registration.getNote() == null ? "" : " (" + registration.getNote() + ")")).setHeader("Status").setSortable(true)
                .setComparator(registration -> registration.getStatus().ordinal());
        grid.addColumn(registration -> registration.getNominatedBy() == null ? "" : registration.getNominatedBy()).setHeader("Nominated by");
        grid.setMinHeight("24rem");
        if (context.editable()) {
            actionsMenu();
        }

        HorizontalLayout toolbar = new HorizontalLayout(statusFilter, counts, add, exportLink());
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(toolbar, grid);

        // the limit is enforced on the server too: the browser's own check can be bypassed
        upload = new Upload(new InMemoryUploadHandler((metadata, bytes) -> importFile(metadata.fileName(), bytes)) {
            @Override
            public long getFileSizeMax() {
                return MAX_UPLOAD_BYTES;
            }

            @Override
            public long getRequestSizeMax() {
                return MAX_UPLOAD_BYTES + 64 * 1024;
            }
        });
        if (context.editable()) {
            upload.setId("participants-upload");
            upload.setAcceptedFileTypes(".csv", "text/csv");
            upload.setMaxFiles(1);
            upload.setMaxFileSize(MAX_UPLOAD_BYTES);
            upload.addFileRejectedListener(rejected -> Feedback.error("File refused: " + rejected.getErrorMessage()
                    + ". Upload a CSV file of at most 1 MB."));
            importReport.setId("participants-import-report");
            confirmImported.setId("participants-confirm");
            Paragraph format = new Paragraph("CSV columns (header row, UTF-8): full_name, local_name, country (ISO code or "
                    + "name), organisation, agency_type, job_title, email, role, nominated_by, username (links a user account, for check-in). Required: full_name, country, agency_type. "
                    + "If any line is wrong, nothing is imported and each wrong line is listed.");
            format.addClassName("gba-muted");
            add(new H4("Import participants"), format, confirmImported, upload, importReport);
        }
        refresh();
    }

    void refresh() {
        List<Registration> all = context.participants().registrations(context.eventId());
        grid.setItems(all.stream().filter(registration -> statusFilter.getValue() == null
                || registration.getStatus() == statusFilter.getValue()).toList());
        long confirmed = all.stream().filter(registration -> registration.getStatus() == RegistrationStatus.CONFIRMED
                && registration.takesPlace()).count();
        long waitlisted = all.stream().filter(registration -> registration.getStatus() == RegistrationStatus.WAITLISTED).count();
        Integer capacity = context.event().getCapacity();
        counts.setText(confirmed + (capacity == null ? "" : " of " + capacity) + " places taken · " + waitlisted + " waitlisted · "
                + all.size() + " registrations");
    }

    /** Imports an uploaded file and shows the report where the organiser is. */
    void importFile(String fileName, byte[] bytes) {
        importReport.removeAll();
        if (bytes.length > MAX_UPLOAD_BYTES) {
            showReport(List.of("The file is larger than 1 MB; split it into smaller files."), false);
            return;
        }
        Feedback.attempt(() -> context.participants().importCsv(context.eventId(),
                // strict: a file saved in a Windows code page would otherwise import its names with U+FFFD for every accent
                new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()), confirmImported.getValue()))
                .ifPresent(report -> {
                    if (report.succeeded()) {
                        List<String> lines = new java.util.ArrayList<>();
                        lines.add(fileName + ": " + report.imported() + " of " + report.rows() + " people registered.");
                        report.skipped().forEach(skipped -> lines.add(skipped.toString()));
                        showReport(lines, true);
                    } else {
                        List<String> lines = new java.util.ArrayList<>();
                        lines.add(fileName + ": nothing was imported. Correct these lines and upload the file again:");
                        report.errors().stream().map(ImportReport.RowProblem::toString).forEach(lines::add);
                        showReport(lines, false);
                    }
                    refresh();
                });
    }

    private void showReport(List<String> lines, boolean ok) {
        importReport.removeAll();
        importReport.addClassName(ok ? "gba-report-ok" : "gba-error");
        importReport.removeClassName(ok ? "gba-error" : "gba-report-ok");
        Paragraph first = new Paragraph(lines.getFirst());
        UnorderedList rest = new UnorderedList();
        lines.stream().skip(1).forEach(line -> rest.add(new ListItem(line)));
        importReport.add(first, rest);
    }

    private com.vaadin.flow.component.html.Anchor exportLink() {
        com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(
                (com.vaadin.flow.server.streams.DownloadHandler) event -> {
                    byte[] csv = context.participants().exportCsv(context.eventId()).getBytes(StandardCharsets.UTF_8);
                    event.setFileName("participants-" + context.eventId() + ".csv");
                    event.setContentType("text/csv; charset=UTF-8");
                    event.setContentLength(csv.length + 3L);
                    event.getOutputStream().write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                    event.getOutputStream().write(csv);
                }, "Export CSV");
        link.setId("participants-export");
        return link;
    }

    private void actionsMenu() {
        GridContextMenu<Registration> menu = grid.addContextMenu();
        menu.setId("participants-menu");
        menu.addItem("Approve", click -> click.getItem().ifPresent(registration ->
                act(() -> context.participants().approve(registration.getId()))));
        menu.addItem("Decline", click -> click.getItem().ifPresent(registration ->
                act(() -> context.participants().decline(registration.getId()))));
        menu.addItem("Withdraw", click -> click.getItem().ifPresent(registration ->
                act(() -> context.participants().withdraw(registration.getId()))));
        menu.addItem("Apologies in advance…", click -> click.getItem().ifPresent(this::apologies));
        GridMenuItem<Registration> role = menu.addItem("Change role");
        for (EventRole eventRole : EventRole.values()) {
            role.getSubMenu().addItem(eventRole.label(), click -> click.getItem().ifPresent(registration ->
                    act(() -> context.participants().changeRole(registration.getId(), eventRole))));
        }
        Paragraph hint = new Paragraph("Right-click (or long-press) a row to approve, decline, withdraw or record apologies.");
        hint.addClassName("gba-muted");
        add(hint);
    }

    private void apologies(Registration registration) {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle("Apologies from " + registration.getPerson().getFullName());
        TextField note = new TextField("Reason (optional)");
        note.setMaxLength(Registration.NOTE_MAX);
        note.setWidthFull();
        Button save = new Button("Record apologies", click -> {
            act(() -> context.participants().sendApologies(registration.getId(), note.getValue()));
            dialog.close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(note);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    private void act(Runnable command) {
        if (Feedback.attempt(command)) {
            refresh();
        }
    }
}
