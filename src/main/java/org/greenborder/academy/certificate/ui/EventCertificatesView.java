package org.greenborder.academy.certificate.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenborder.academy.certificate.BulkIssue;
import org.greenborder.academy.certificate.Candidate;
import org.greenborder.academy.certificate.Certificate;
import org.greenborder.academy.certificate.CertificateDesign;
import org.greenborder.academy.certificate.CertificateImage;
import org.greenborder.academy.certificate.CertificateKind;
import org.greenborder.academy.certificate.CertificateLayout;
import org.greenborder.academy.certificate.CertificateService;
import org.greenborder.academy.certificate.CertificateStatus;
import org.greenborder.academy.certificate.EventHeader;
import org.greenborder.academy.certificate.ImagePurpose;
import org.greenborder.academy.certificate.ScenarioChoice;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.ui.Downloads;
import org.greenborder.academy.shared.ui.Feedback;
import org.springframework.security.access.AccessDeniedException;

/**
 * An event's certificate desk for its organisers: the design (layout with preview, attendance threshold, required
 * scenarios, logos, signatories), who has earned what, issuing one or all (with progress), and the issued
 * certificates with download, revoke and re-issue.
 */
@Route("workshop-certificates")
@PageTitle("Certificates")
@RolesAllowed({"ADMIN", "ORGANISER"})
class EventCertificatesView extends VerticalLayout implements HasUrlParameter<Long> {

    static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;

    final H2 title = new H2();
    final Paragraph facts = new Paragraph();
    final RadioButtonGroup<CertificateLayout> layout = new RadioButtonGroup<>("Layout");
    final IntegerField threshold = new IntegerField("Attendance needed for a certificate (%)");
    final Checkbox autoIssue = new Checkbox("Issue automatically when earned (attempt passed, event closed)");
    final MultiSelectComboBox<ScenarioChoice> required = new MultiSelectComboBox<>("Scenarios required for a completion certificate");
    final Select<Optional<CertificateImage>> logoLeft = new Select<>();
    final Select<Optional<CertificateImage>> logoRight = new Select<>();
    final TextField signatory1Name = new TextField("First signatory");
    final TextField signatory1Title = new TextField("Position");
    final Select<Optional<CertificateImage>> signature1 = new Select<>();
    final TextField signatory2Name = new TextField("Second signatory");
    final TextField signatory2Title = new TextField("Position");
    final Select<Optional<CertificateImage>> signature2 = new Select<>();
    final RadioButtonGroup<ImagePurpose> uploadPurpose = new RadioButtonGroup<>("Upload an image as");
    final Upload upload;
    final Button save = new Button("Save settings");
    final Grid<Candidate> candidates = new Grid<>();
    final Button issueAll = new Button("Issue all earned");
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Grid<Certificate> issued = new Grid<>();
    final HorizontalLayout downloads = new HorizontalLayout();

    private final CertificateService certificates;
    private final BeanValidationBinder<CertificateDesign> binder = new BeanValidationBinder<>(CertificateDesign.class);
    private CertificateDesign design;
    private long eventId;
    private BulkIssue running;
    private com.vaadin.flow.shared.Registration polling;

    EventCertificatesView(CertificateService certificates) {
        this.certificates = certificates;
        setId("event-certificates-view");
        title.addClassName("gba-event-title");
        facts.addClassName("gba-event-facts");

        layout.setId("certificate-layout");
        layout.setItems(CertificateLayout.values());
        layout.setItemLabelGenerator(CertificateLayout::label);
        threshold.setId("certificate-threshold");
        threshold.setMin(1);
        threshold.setMax(100);
        threshold.setStepButtonsVisible(true);
        autoIssue.setId("certificate-auto-issue");
        required.setId("certificate-required-scenarios");
        required.setItemLabelGenerator(ScenarioChoice::title);
        required.setWidthFull();
        for (Select<Optional<CertificateImage>> select : List.of(logoLeft, logoRight, signature1, signature2)) {
            select.setItemLabelGenerator(image -> image.map(found -> found.getFileName() + " (" + found.getWidth() + "×" + found.getHeight() + ")").orElse("None"));
        }
        logoLeft.setLabel("Logo, left");
        logoLeft.setId("certificate-logo-left");
        logoRight.setLabel("Logo, right");
        logoRight.setId("certificate-logo-right");
        signature1.setLabel("Signature");
        signature1.setId("certificate-signature1");
        signature2.setLabel("Signature");
        signature2.setId("certificate-signature2");
        signatory1Name.setId("certificate-signatory1-name");
        signatory2Name.setId("certificate-signatory2-name");
        signatory1Name.setMaxLength(CertificateDesign.SIGNATORY_NAME_MAX);
        signatory2Name.setMaxLength(CertificateDesign.SIGNATORY_NAME_MAX);
        signatory1Title.setMaxLength(CertificateDesign.SIGNATORY_TITLE_MAX);
        signatory2Title.setMaxLength(CertificateDesign.SIGNATORY_TITLE_MAX);

        binder.forField(layout).asRequired("Choose a layout").bind(CertificateDesign::getLayout, CertificateDesign::setLayout);
        binder.forField(threshold).asRequired("Give the attendance rate needed, 1 to 100 %")
                .bind(CertificateDesign::getAttendanceThreshold, CertificateDesign::setAttendanceThreshold);
        binder.forField(autoIssue).bind(CertificateDesign::isAutoIssue, CertificateDesign::setAutoIssue);
        binder.forField(required).bind(d -> choices(d.getRequiredScenarios()),
                (d, chosen) -> d.setRequiredScenarios(chosen.stream().map(ScenarioChoice::id).collect(Collectors.toCollection(java.util.LinkedHashSet::new))));
        bindImage(logoLeft, CertificateDesign::getLogoLeftId, CertificateDesign::setLogoLeftId);
        bindImage(logoRight, CertificateDesign::getLogoRightId, CertificateDesign::setLogoRightId);
        bindImage(signature1, CertificateDesign::getSignatory1ImageId, CertificateDesign::setSignatory1ImageId);
        bindImage(signature2, CertificateDesign::getSignatory2ImageId, CertificateDesign::setSignatory2ImageId);
        binder.forField(signatory1Name).bind(CertificateDesign::getSignatory1Name, CertificateDesign::setSignatory1Name);
        binder.forField(signatory1Title).bind(CertificateDesign::getSignatory1Title, CertificateDesign::setSignatory1Title);
        binder.forField(signatory2Name).bind(CertificateDesign::getSignatory2Name, CertificateDesign::setSignatory2Name);
        binder.forField(signatory2Title).bind(CertificateDesign::getSignatory2Title, CertificateDesign::setSignatory2Title);

        uploadPurpose.setId("certificate-upload-purpose");
        uploadPurpose.setItems(ImagePurpose.values());
        uploadPurpose.setItemLabelGenerator(ImagePurpose::label);
        uploadPurpose.setValue(ImagePurpose.LOGO);
        // the limit is enforced on the server too: the browser's own check can be bypassed
        upload = new Upload(new InMemoryUploadHandler((metadata, bytes) -> uploaded(metadata.fileName(), bytes)) {
            @Override
            public long getFileSizeMax() {
                return MAX_IMAGE_BYTES;
            }

            @Override
            public long getRequestSizeMax() {
                return MAX_IMAGE_BYTES + 64 * 1024;
            }
        });
        upload.setId("certificate-upload");
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_IMAGE_BYTES);
        upload.addFileRejectedListener(rejected -> Feedback.error("File refused: " + rejected.getErrorMessage()
                + ". Upload a PNG or JPEG image of at most 2 MB."));

        save.setId("certificate-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> saveDesign());

        candidates.setId("certificate-candidates");
        candidates.addColumn(c -> c.name() + (c.localName() == null ? "" : " · " + c.localName())).setHeader("Name").setFlexGrow(3);
        candidates.addColumn(Candidate::role).setHeader("Role");
        candidates.addColumn(Candidate::attendance).setHeader("Attendance").setFlexGrow(2);
        candidates.addColumn(c -> c.scenariosRequired() == 0 ? "" : c.scenariosPassed() + " of " + c.scenariosRequired()).setHeader("Scenarios passed");
        candidates.addColumn(c -> c.eligible().stream().map(CertificateKind::label).collect(Collectors.joining(", "))).setHeader("Earned").setFlexGrow(2);
        candidates.addColumn(c -> c.current().keySet().stream().map(CertificateKind::label).collect(Collectors.joining(", "))
                + (c.nameChanged() ? " (name changed since: re-issue)" : "")).setHeader("Holds").setFlexGrow(2);
        candidates.addComponentColumn(this::issueButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        candidates.setAllRowsVisible(true);
        candidates.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        issueAll.setId("certificate-issue-all");
        issueAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issueAll.addClickListener(click -> startBulk());
        progress.setId("certificate-progress");
        progress.setVisible(false);
        progress.setWidth("20rem");
        progressText.setId("certificate-progress-text");

        issued.setId("certificates-issued");
        issued.addColumn(Certificate::getHolderName).setHeader("Holder").setFlexGrow(3);
        issued.addColumn(c -> c.getKind().label()).setHeader("Kind").setFlexGrow(2);
        issued.addColumn(Certificate::getCode).setHeader("Code").setAutoWidth(true).setFlexGrow(0);
        issued.addColumn(c -> MyCertificatesView.DAY.format(c.getIssuedAt().atZone(ZoneOffset.UTC))).setHeader("Issued");
        issued.addColumn(c -> MyCertificatesView.status(c, certificates.status(c))).setHeader("Status");
        issued.addComponentColumn(this::certificateActions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        issued.setAllRowsVisible(true);
        issued.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        downloads.setId("certificate-downloads");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        try {
            load(parameter);
        } catch (NotFoundException | AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such event");
        }
    }

    void load(long eventId) {
        this.eventId = eventId;
        EventHeader header = certificates.event(eventId);
        removeAll();
        title.setText("Certificates: " + header.title());
        facts.setText(header.place() + " · " + header.start() + (header.end().equals(header.start()) ? "" : " – " + header.end())
                + (header.closed() ? " · closed" : " · attendance and resource person certificates are issued once the event is closed"));
        Anchor back = new Anchor("workshops/" + eventId, "Back to the event");
        Paragraph localAddress = new Paragraph("Certificates would point to " + certificates.verificationUrl("…")
                + ", an address only this server reaches: a QR code printed now would lead nowhere. Ask the administrator "
                + "to set GBA_PUBLIC_URL to the public address before issuing.");
        localAddress.setId("certificate-local-address");
        localAddress.addClassName("gba-error");
        localAddress.setVisible(certificates.publicAddressIsLocal());
        required.setItems(certificates.scenarioChoices());
        refreshImages();
        design = certificates.design(eventId);
        binder.readBean(design);

        Anchor previewFormal = preview(CertificateLayout.FORMAL);
        Anchor previewSimple = preview(CertificateLayout.SIMPLE);
        FormLayout form = new FormLayout(layout, threshold, required, autoIssue, logoLeft, logoRight,
                signatory1Name, signatory1Title, signature1, signatory2Name, signatory2Title, signature2);
        form.setColspan(required, 2);
        form.setColspan(autoIssue, 2);
        Paragraph uploadHint = new Paragraph("Logos and signatures: PNG or JPEG up to 2 MB; they are checked, scaled for print and "
                + "stored as a new file (a transparent background stays transparent).");
        uploadHint.addClassName("gba-muted");
        HorizontalLayout previews = new HorizontalLayout(save, previewFormal, previewSimple);
        previews.setAlignItems(Alignment.CENTER);
        add(back, new com.vaadin.flow.component.html.Div(title, facts), localAddress, new H3("Design and rules"), form,
                new HorizontalLayout(uploadPurpose, upload), uploadHint, previews,
                new H3("Participants"), new HorizontalLayout(issueAll, progress, progressText), candidates,
                new H3("Issued certificates"), downloads, issued);
        refreshLists();
    }

    private void bindImage(Select<Optional<CertificateImage>> select, Function<CertificateDesign, Long> getter,
                           java.util.function.BiConsumer<CertificateDesign, Long> setter) {
        binder.forField(select).bind(d -> imageById(getter.apply(d)),
                (d, chosen) -> setter.accept(d, chosen == null ? null : chosen.map(CertificateImage::getId).orElse(null)));
    }

    private Optional<CertificateImage> imageById(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return images.stream().filter(image -> image.isPresent() && image.get().getId().equals(id)).findFirst().orElse(Optional.empty());
    }

    private List<Optional<CertificateImage>> images = List.of(Optional.empty());

    private void refreshImages() {
        List<CertificateImage> stored = certificates.images(eventId);
        List<Optional<CertificateImage>> logos = new java.util.ArrayList<>();
        List<Optional<CertificateImage>> signatures = new java.util.ArrayList<>();
        logos.add(Optional.empty());
        signatures.add(Optional.empty());
        List<Optional<CertificateImage>> all = new java.util.ArrayList<>();
        all.add(Optional.empty());
        for (CertificateImage image : stored) {
            (image.getPurpose() == ImagePurpose.LOGO ? logos : signatures).add(Optional.of(image));
            all.add(Optional.of(image));
        }
        images = all;
        for (Select<Optional<CertificateImage>> select : List.of(logoLeft, logoRight)) {
            Optional<CertificateImage> value = select.getValue();
            select.setItems(logos);
            select.setValue(same(logos, value));
        }
        for (Select<Optional<CertificateImage>> select : List.of(signature1, signature2)) {
            Optional<CertificateImage> value = select.getValue();
            select.setItems(signatures);
            select.setValue(same(signatures, value));
        }
    }

    private static Optional<CertificateImage> same(List<Optional<CertificateImage>> items, Optional<CertificateImage> value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        return items.stream().filter(item -> item.isPresent() && item.get().getId().equals(value.get().getId()))
                .findFirst().orElse(Optional.empty());
    }

    private Set<ScenarioChoice> choices(Set<String> ids) {
        return certificates.scenarioChoices().stream().filter(choice -> ids.contains(choice.id())).collect(Collectors.toSet());
    }

    void uploaded(String fileName, byte[] bytes) {
        ImagePurpose purpose = Objects.requireNonNullElse(uploadPurpose.getValue(), ImagePurpose.LOGO);
        Feedback.attempt(() -> certificates.uploadImage(eventId, purpose, fileName, bytes)).ifPresent(image -> {
            refreshImages();
            Feedback.success("\"" + image.getFileName() + "\" stored as a " + purpose.label().toLowerCase(java.util.Locale.ROOT)
                    + " (" + image.getWidth() + "×" + image.getHeight() + " pixels). Choose it below its heading and save.");
        });
        upload.clearFileList();
    }

    void saveDesign() {
        CertificateDesign edited = design.copy();
        try {
            binder.writeBean(edited);
        } catch (ValidationException e) {
            Feedback.error("Check the highlighted fields.");
            return;
        }
        Feedback.attempt(() -> certificates.saveDesign(edited)).ifPresent(saved -> {
            design = saved;
            binder.readBean(saved);
            Feedback.success("Certificate settings saved.");
            refreshLists();
        });
    }

    private Anchor preview(CertificateLayout chosen) {
        UI ui = UI.getCurrent();
        Anchor anchor = Downloads.link("certificate-preview-" + chosen.name().toLowerCase(java.util.Locale.ROOT), "Preview " + chosen.label().toLowerCase(java.util.Locale.ROOT),
                VaadinIcon.EYE, "preview-" + chosen.name().toLowerCase(java.util.Locale.ROOT) + ".pdf", "application/pdf", () -> {
                    // downloads run outside the session lock: read the form under it
                    java.util.concurrent.atomic.AtomicReference<CertificateDesign> form = new java.util.concurrent.atomic.AtomicReference<>();
                    ui.accessSynchronously(() -> {
                        CertificateDesign copy = design.copy();
                        binder.writeBeanAsDraft(copy, true);
                        form.set(copy);
                    });
                    CertificateDesign draft = form.get();
                    draft.setLayout(chosen);
                    CertificateKind kind = draft.getRequiredScenarios().isEmpty() ? CertificateKind.ATTENDANCE : CertificateKind.SCENARIO_COMPLETION;
                    return certificates.preview(draft, kind);
                });
        anchor.setTarget("_blank");
        return anchor;
    }

    void refreshLists() {
        candidates.setItems(certificates.candidates(eventId));
        List<Certificate> all = certificates.ofEvent(eventId);
        issued.setItems(all);
        downloads.removeAll();
        long current = all.stream().filter(c -> certificates.status(c) == CertificateStatus.VALID).count();
        if (current > 0) {
            downloads.add(Downloads.link("certificates-zip", "All " + current + " as ZIP", VaadinIcon.FILE_ZIP,
                            "certificates-" + eventId + ".zip", "application/zip", () -> certificates.eventZip(eventId)),
                    Downloads.link("certificates-merged", "All in one PDF", VaadinIcon.FILE_TEXT,
                            "certificates-" + eventId + ".pdf", "application/pdf", () -> certificates.eventMergedPdf(eventId)));
        } else {
            downloads.add(new Span("No current certificates yet."));
        }
    }

    private Button issueButton(Candidate candidate) {
        Button issue = new Button("Issue…");
        issue.setId("issue-" + candidate.personId());
        issue.addThemeVariants(ButtonVariant.LUMO_SMALL);
        issue.addClickListener(click -> openIssueDialog(candidate));
        return issue;
    }

    void openIssueDialog(Candidate candidate) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Issue a certificate to " + candidate.name());
        RadioButtonGroup<CertificateKind> kind = new RadioButtonGroup<>("Kind");
        kind.setId("issue-kind");
        Set<CertificateKind> offered = new HashSet<>(Set.of(CertificateKind.values()));
        offered.removeAll(candidate.current().keySet());
        kind.setItems(offered.stream().sorted().toList());
        kind.setItemLabelGenerator(k -> k.label() + (candidate.eligible().contains(k) ? " (earned)" : ""));
        candidate.eligible().stream().filter(offered::contains).findFirst().ifPresent(kind::setValue);
        Paragraph note = new Paragraph("An attendance certificate below the event's threshold is your decision (e.g. excused "
                + "absences); completion needs every required scenario passed.");
        note.addClassName("gba-muted");
        Button confirm = new Button("Issue", click -> {
            if (kind.isEmpty()) {
                Feedback.error("Choose the kind of certificate.");
                return;
            }
            Feedback.attempt(() -> certificates.issue(eventId, candidate.personId(), kind.getValue())).ifPresent(issuedOne -> {
                Feedback.success("Issued " + issuedOne.getCode() + " to " + issuedOne.getHolderName() + ".");
                dialog.close();
                refreshLists();
            });
        });
        confirm.setId("issue-confirm");
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> confirm.setEnabled(true));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(kind, note));
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    void startBulk() {
        Optional<BulkIssue> started = Feedback.attempt(() -> certificates.issueAll(eventId));
        if (started.isEmpty()) {
            return;
        }
        BulkIssue bulk = started.get();
        running = bulk;
        if (bulk.total() == 0) {
            Feedback.success("Everyone already holds what they have earned.");
            running = null;
            return;
        }
        issueAll.setEnabled(false);
        progress.setVisible(true);
        progress.setMin(0);
        progress.setMax(bulk.total());
        showProgress(bulk);
        UI ui = UI.getCurrent();
        ui.setPollInterval(500);
        if (polling == null) {
            polling = ui.addPollListener(poll -> {
                if (running != null) {
                    showProgress(running);
                }
            });
        }
        bulk.finished().thenAccept(done -> ui.access(() -> finishBulk(ui, done)));
    }

    private void showProgress(BulkIssue bulk) {
        progress.setValue(bulk.done());
        progressText.setText(bulk.done() + " of " + bulk.total() + " done, " + bulk.issued() + " issued");
    }

    private void finishBulk(UI ui, BulkIssue bulk) {
        ui.setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        running = null;
        showProgress(bulk);
        progress.setVisible(false);
        issueAll.setEnabled(true);
        if (bulk.problems().isEmpty()) {
            Feedback.success("Issued " + bulk.issued() + " certificate(s).");
        } else {
            Feedback.error("Issued " + bulk.issued() + "; not issued: " + String.join("; ", bulk.problems()));
        }
        refreshLists();
    }

    private HorizontalLayout certificateActions(Certificate certificate) {
        HorizontalLayout actions = new HorizontalLayout(CertificateDownloads.pdf(certificates, certificate));
        actions.setAlignItems(Alignment.CENTER);
        actions.setWrap(true);
        if (certificate.getRevokedAt() == null && certificate.getSupersededById() == null) {
            Button revoke = new Button("Revoke…", click -> openRevokeDialog(certificate));
            revoke.setId("revoke-" + certificate.getCode());
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            Button reissue = new Button("Re-issue", click -> confirmReissue(certificate));
            reissue.setId("reissue-" + certificate.getCode());
            reissue.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(revoke, reissue);
        }
        return actions;
    }

    void openRevokeDialog(Certificate certificate) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Revoke " + certificate.getCode());
        TextArea reason = new TextArea("Reason (kept on record; not shown on the public page)");
        reason.setId("revoke-reason");
        reason.setMaxLength(CertificateService.REASON_MAX);
        reason.setWidth("28rem");
        Button confirm = new Button("Revoke", click -> Feedback.attempt(() -> certificates.revoke(certificate.getId(), reason.getValue()))
                .ifPresent(revoked -> {
                    Feedback.success(revoked.getCode() + " is revoked; its public page says so from now on.");
                    dialog.close();
                    refreshLists();
                }));
        confirm.setId("revoke-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(new Paragraph(certificate.getKind().heading() + " of " + certificate.getHolderName() + ". Revoking cannot be undone."), reason);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    void confirmReissue(Certificate certificate) {
        ConfirmDialog confirm = new ConfirmDialog("Re-issue " + certificate.getCode() + "?",
                "A new certificate with a new code is made with the name as it now stands in the participant record; "
                        + "the old code will say \"superseded\" and point to the new one.", "Re-issue",
                event -> Feedback.attempt(() -> certificates.reissue(certificate.getId())).ifPresent(fresh -> {
                    Feedback.success("Re-issued as " + fresh.getCode() + ".");
                    refreshLists();
                }));
        confirm.setCancelable(true);
        confirm.open();
    }
}
