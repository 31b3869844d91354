package org.greenborder.academy.certificate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;
import org.greenborder.academy.certificate.Certificate;
import org.greenborder.academy.certificate.CertificateService;

/** Download links for certificate files; the service checks, at download time, that the caller may have them. */
final class CertificateDownloads {

    private CertificateDownloads() {
    }

    static Anchor pdf(CertificateService certificates, Certificate certificate) {
        return link("pdf-" + certificate.getCode(), "PDF", VaadinIcon.DOWNLOAD, "certificate-" + certificate.getCode() + ".pdf",
                "application/pdf", () -> certificates.pdf(certificate.getId()));
    }

    static Anchor badge(CertificateService certificates, Certificate certificate) {
        return link("badge-" + certificate.getCode(), "Open Badge", VaadinIcon.MEDAL, "badge-" + certificate.getCode() + ".json",
                "application/json", () -> certificates.badgeJson(certificate.getCode()).getBytes(StandardCharsets.UTF_8));
    }

    static Anchor link(String id, String text, VaadinIcon icon, String fileName, String contentType, Supplier<byte[]> content) {
        Anchor anchor = new Anchor((DownloadHandler) event -> {
            byte[] bytes = content.get();
            event.setFileName(fileName);
            event.setContentType(contentType);
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        }, "");
        anchor.add(icon.create());
        anchor.add(" " + text);
        anchor.setId(id.toLowerCase(Locale.ROOT));
        anchor.addClassName("gba-download");
        return anchor;
    }
}
