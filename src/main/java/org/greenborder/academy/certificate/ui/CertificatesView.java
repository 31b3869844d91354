package org.greenborder.academy.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.greenborder.academy.certificate.Certificate;
import org.greenborder.academy.certificate.CertificateKind;
import org.greenborder.academy.certificate.CertificateService;
import org.greenborder.academy.security.CurrentUser;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.shared.ui.Feedback;

/**
 * Across events: the certificates that expire in the next 90 days (of the events the organiser runs; all for
 * administrators), and, for administrators, how long each kind of certificate is valid.
 */
@Route("certificates")
@PageTitle("Certificates")
@Menu(title = "Certificates", order = 130, icon = "vaadin:diploma-scroll")
@RolesAllowed({"ADMIN", "ORGANISER"})
class CertificatesView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<Certificate> expiring = new Grid<>();
    final Map<CertificateKind, IntegerField> validity = new EnumMap<>(CertificateKind.class);
    private final CertificateService certificates;

    private final CurrentUser currentUser;
    private final Paragraph none = new Paragraph();
    private final Button save = new Button("Save validity", click -> saveValidity());
    private final Paragraph saveNote = new Paragraph("Applies to certificates issued from now on; issued ones keep the date "
            + "printed on them. Leave empty for no expiry.");

    CertificatesView(CertificateService certificates, CurrentUser currentUser) {
        this.certificates = certificates;
        this.currentUser = currentUser;
        setId("certificates-view");
        expiring.setId("certificates-expiring");
        expiring.addColumn(Certificate::getHolderName).setHeader("Holder").setFlexGrow(2);
        expiring.addColumn(c -> c.getKind().label()).setHeader("Kind");
        expiring.addComponentColumn(c -> new Anchor("workshop-certificates/" + c.getEventId(), c.getEventTitle())).setHeader("Event").setFlexGrow(3);
        expiring.addColumn(c -> MyCertificatesView.DAY.format(c.getValidUntil())).setHeader("Valid until");
        expiring.addColumn(c -> ChronoUnit.DAYS.between(certificates.today(), c.getValidUntil()) + " days").setHeader("Left");
        expiring.addColumn(Certificate::getCode).setHeader("Code").setFlexGrow(2);
        expiring.setAllRowsVisible(true);
        expiring.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        none.setText("None of the certificates of your events expires in the next " + CertificateService.EXPIRY_WINDOW_DAYS + " days.");
        Paragraph where = new Paragraph("Each event's certificates are issued from its page: Workshops → the event → Certificates.");
        where.addClassName("gba-muted");
        add(new H2("Certificates"), new H3("Expiring in the next " + CertificateService.EXPIRY_WINDOW_DAYS + " days"), none, expiring, where);

        add(new H3("Validity"));
        HorizontalLayout fields = new HorizontalLayout();
        for (CertificateKind kind : CertificateKind.values()) {
            IntegerField field = new IntegerField(kind.label() + " (months)");
            field.setId("validity-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            field.setPlaceholder("no expiry");
            field.setMin(1);
            field.setMax(120);
            validity.put(kind, field);
            fields.add(field);
        }
        save.setId("validity-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveNote.addClassName("gba-muted");
        add(fields, saveNote, save);
    }

    /** Vaadin keeps this view when one navigates to it again; every visit shows the figures as they are now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<Certificate> soon = certificates.expiringSoon();
        expiring.setItems(soon);
        expiring.setVisible(!soon.isEmpty());
        none.setVisible(soon.isEmpty());
        Map<CertificateKind, Integer> months = certificates.validityMonths();
        boolean admin = currentUser.hasRole(Role.ADMIN);
        validity.forEach((kind, field) -> {
            field.setValue(months.get(kind));
            field.setReadOnly(!admin);
        });
        save.setVisible(admin);
        saveNote.setVisible(admin);
    }

    void saveValidity() {
        for (Map.Entry<CertificateKind, IntegerField> entry : validity.entrySet()) {
            if (entry.getValue().isInvalid()) {
                Feedback.error("Enter whole months from 1 to 120, or leave the field empty.");
                return;
            }
        }
        boolean saved = Feedback.attempt(() -> validity.forEach((kind, field) -> certificates.setValidityMonths(kind, field.getValue())));
        if (saved) {
            Feedback.success("Validity saved.");
        }
    }
}
