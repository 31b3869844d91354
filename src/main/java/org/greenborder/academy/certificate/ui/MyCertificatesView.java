package org.greenborder.academy.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.greenborder.academy.certificate.Certificate;
import org.greenborder.academy.certificate.CertificateService;
import org.greenborder.academy.certificate.CertificateStatus;
import org.greenborder.academy.shared.ui.Feedback;

/** The caller's certificates: download the PDF as issued, copy the public link that proves it, get the badge. */
@Route("my-certificates")
@PageTitle("My certificates")
@Menu(title = "My certificates", order = 315, icon = "vaadin:diploma")
@PermitAll
class MyCertificatesView extends VerticalLayout {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    final Grid<Certificate> grid = new Grid<>();
    private final CertificateService certificates;

    MyCertificatesView(CertificateService certificates) {
        this.certificates = certificates;
        setId("my-certificates-view");
        List<Certificate> mine = certificates.mine();
        grid.setId("my-certificates");
        grid.addColumn(c -> c.getKind().heading()).setHeader("Certificate").setFlexGrow(2);
        grid.addColumn(Certificate::getEventTitle).setHeader("Event").setFlexGrow(4);
        grid.addColumn(c -> DAY.format(c.getIssuedAt().atZone(ZoneOffset.UTC))).setHeader("Issued").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> status(c, certificates.status(c))).setHeader("Status");
        grid.addColumn(Certificate::getCode).setHeader("Code").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H2("My certificates"));
        if (mine.isEmpty()) {
            add(new Paragraph("No certificates yet. Organisers issue them for workshop attendance and for passing the "
                    + "scenarios a workshop requires."), new Anchor("training", "Go to inspection training"));
        } else {
            Paragraph hint = new Paragraph("Anyone can check a certificate at its link, or by scanning its QR code, without an account.");
            hint.addClassName("gba-muted");
            add(hint, grid);
        }
    }

    static String status(Certificate certificate, CertificateStatus status) {
        return switch (status) {
            case VALID -> certificate.getValidUntil() == null ? "Valid" : "Valid until " + DAY.format(certificate.getValidUntil());
            case EXPIRED -> "Expired " + DAY.format(certificate.getValidUntil());
            default -> status.label();
        };
    }

    private HorizontalLayout actions(Certificate certificate) {
        Anchor pdf = CertificateDownloads.pdf(certificates, certificate);
        String link = certificates.verificationUrl(certificate.getCode());
        Button share = new Button("Copy link", VaadinIcon.LINK.create());
        share.setId("share-" + certificate.getCode());
        share.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        share.getElement().setAttribute("data-link", link);
        share.addClickListener(click -> {
            share.getElement().executeJs("return navigator.clipboard ? navigator.clipboard.writeText($0).then(() => true, () => false) : false", link)
                    .then(Boolean.class, copied -> {
                        if (Boolean.TRUE.equals(copied)) {
                            Feedback.success("Link copied: " + link);
                        } else {
                            Feedback.success("Share this link: " + link);
                        }
                    });
        });
        Anchor open = new Anchor(link, "Public page");
        open.setTarget("_blank");
        open.addClassName("gba-download");
        Anchor badge = CertificateDownloads.badge(certificates, certificate);
        HorizontalLayout actions = new HorizontalLayout(pdf, share, open, badge);
        actions.setAlignItems(Alignment.CENTER);
        actions.setWrap(true);
        actions.setSpacing(true);
        return actions;
    }
}
