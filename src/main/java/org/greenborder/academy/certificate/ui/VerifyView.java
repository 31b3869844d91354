package org.greenborder.academy.certificate.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.greenborder.academy.certificate.CertificateService;
import org.greenborder.academy.certificate.CertificateStatus;
import org.greenborder.academy.certificate.Verification;
import org.greenborder.academy.certificate.VerificationLimitException;

/**
 * The public page a certificate's QR code opens: no sign-in, no menu, readable on a phone. It says whether the
 * certificate is valid, revoked (since when), superseded (by which) or expired, and what it certifies; for a code
 * that was never issued, only that it is unknown.
 */
@Route(value = "verify", autoLayout = false)
@AnonymousAllowed
class VerifyView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    final Span status = new Span();
    final Div details = new Div();
    final TextField code = new TextField("Verification code");
    final Button check = new Button("Check");
    private final CertificateService certificates;

    VerifyView(CertificateService certificates) {
        this.certificates = certificates;
        setId("verify-view");
        addClassName("gba-verify");
        setMaxWidth("44rem");
        getStyle().set("margin", "0 auto");
        status.setId("verify-status");
        details.setId("verify-details");
        code.setId("verify-code");
        code.setPlaceholder("e.g. 7KQM-W3XD-9HPT-RZ4C-N");
        code.setMaxLength(40);
        code.setWidth("20rem");
        check.setId("verify-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        check.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(VerifyView.class, code.getValue().strip())));
        HorizontalLayout form = new HorizontalLayout(code, check);
        form.setAlignItems(Alignment.BASELINE);
        add(new H1("Certificate check"), new Paragraph("Green Border Academy certificates carry a code and a QR code that lead here."),
                status, details, new H2("Check a code"), form);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        details.removeAll();
        status.setText("");
        status.setVisible(parameter != null);
        if (parameter == null) {
            return;
        }
        code.setValue(parameter.length() > 40 ? parameter.substring(0, 40) : parameter);
        Verification verification;
        try {
            verification = certificates.verify(parameter, clientAddress());
        } catch (VerificationLimitException e) {
            status.setText("Please wait");
            status.getElement().setAttribute("data-status", "limited");
            status.setClassName("gba-verify-status gba-verify-limited");
            details.add(new Paragraph(e.getMessage()));
            return;
        }
        show(verification);
    }

    private void show(Verification v) {
        status.getElement().setAttribute("data-status", v.status().json());
        status.setClassName("gba-verify-status gba-verify-" + v.status().json());
        status.setText(switch (v.status()) {
            case VALID -> "Valid certificate";
            case EXPIRED -> "Expired on " + day(v.validUntil());
            case REVOKED -> "Revoked on " + day(v.revokedOn());
            case SUPERSEDED -> "Superseded on " + day(v.supersededOn());
            case UNKNOWN -> "Unknown code";
        });
        if (v.status() == CertificateStatus.UNKNOWN) {
            details.add(new Paragraph("No certificate has this code. Check it letter by letter: codes use the digits 2–9 and "
                    + "the letters A–Z without I and O. A code that was mistyped cannot match another certificate."));
            return;
        }
        if (v.status() == CertificateStatus.SUPERSEDED && v.supersededBy() != null) {
            Paragraph replaced = new Paragraph("This certificate was replaced by a corrected one: ");
            replaced.add(new com.vaadin.flow.component.html.Anchor("verify/" + v.supersededBy(), v.supersededBy()));
            replaced.setId("verify-superseded-by");
            details.add(replaced);
        }
        if (v.status() == CertificateStatus.REVOKED) {
            details.add(new Paragraph("The issuer has withdrawn this certificate. It no longer certifies what it says."));
        }
        details.add(row("Certificate", v.title()), row("Holder", v.holderName()));
        if (v.holderLocalName() != null) {
            details.add(row("Name in local script", v.holderLocalName()));
        }
        details.add(row("Event", v.eventTitle()),
                row("Where and when", v.eventPlace() + ", " + day(v.eventStart())
                        + (v.eventEnd().equals(v.eventStart()) ? "" : " – " + day(v.eventEnd()))),
                row("What", v.achievement()),
                row("Issued by", v.issuer()),
                row("Issued on", day(v.issuedOn())));
        if (v.validUntil() != null) {
            details.add(row("Valid until", day(v.validUntil())));
        }
        details.add(row("Code", v.code()), row("PDF fingerprint (SHA-256)", v.pdfSha256()));
    }

    private static Div row(String label, String value) {
        Div row = new Div();
        row.addClassName("gba-verify-row");
        Span name = new Span(label);
        name.addClassName("gba-muted");
        Span text = new Span(value == null ? "" : value);
        text.addClassName("gba-verify-value");
        row.add(name, text);
        return row;
    }

    private static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return "Certificate check · Green Border Academy";
    }
}
