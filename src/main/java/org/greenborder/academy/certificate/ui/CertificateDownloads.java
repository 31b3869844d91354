package org.greenborder.academy.certificate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.greenborder.academy.certificate.Certificate;
import org.greenborder.academy.certificate.CertificateService;
import org.greenborder.academy.shared.ui.Downloads;

/** Download links for a certificate's files; the service checks, at download time, that the caller may have them. */
final class CertificateDownloads {

    private CertificateDownloads() {
    }

    static Anchor pdf(CertificateService certificates, Certificate certificate) {
        return Downloads.link("pdf-" + certificate.getCode().toLowerCase(Locale.ROOT), "PDF", VaadinIcon.DOWNLOAD, "certificate-" + certificate.getCode() + ".pdf",
                "application/pdf", () -> certificates.pdf(certificate.getId()));
    }

    static Anchor badge(CertificateService certificates, Certificate certificate) {
        return Downloads.link("badge-" + certificate.getCode().toLowerCase(Locale.ROOT), "Open Badge", VaadinIcon.MEDAL, "badge-" + certificate.getCode() + ".json",
                "application/json", () -> certificates.badgeJson(certificate.getCode()).getBytes(StandardCharsets.UTF_8));
    }
}
