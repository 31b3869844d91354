package org.greenborder.academy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import org.greenborder.academy.certificate.Certificate;
import org.greenborder.academy.certificate.CertificateService;
import org.greenborder.academy.certificate.CertificateStatus;
import org.greenborder.academy.certificate.PdfQrReader;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.support.SignedIn;
import org.greenborder.academy.workshop.EventFilter;
import org.greenborder.academy.workshop.EventSummary;
import org.greenborder.academy.workshop.WorkshopService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Anyone holding a certificate, on paper or as a PDF, checks it in a browser without an account: by following its
 * QR code, after it was revoked, and by typing its code (mistyped, then loosely written). The certificates are the
 * demo ones, fetched through the service as their holder or organiser would.
 */
class CertificateVerificationE2E extends BrowserTestBase {

    /** DemoWorkshops.LAO_WORKSHOP (package-private there): the closed 2014 workshop with the demo certificates. */
    static final String LAO_WORKSHOP =
            "Capacity Building Workshop of SEAP Customs Officers on Controlling Illegal Trade in Chemicals and Waste";
    static final String TRAINEE_NAME = "Khamphet Sisavath";
    static final String TRAINEE_LAO_NAME = "ຄຳເພັດ ສີສະຫວາດ";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Autowired
    CertificateService certificates;
    @Autowired
    WorkshopService workshops;
    @Autowired
    SecurityContextHolderStrategy contextHolder;
    @Autowired
    Clock clock;

    @Test
    void theQrCodeOfAnIssuedCertificateOpensItsPublicCheck() throws IOException {
        Certificate certificate = traineesLaoCertificate();
        byte[] pdf = asTrainee(() -> certificates.pdf(certificate.getId()));

        String qrUrl = PdfQrReader.decode(pdf);
        assertThat(qrUrl).isEqualTo(certificates.verificationUrl(certificate.getCode()))
                .endsWith("/verify/" + certificate.getCode());

        // the QR code holds the configured public address (gba.certificates.public-url), not this test server's
        // random port: follow its path on the server under test, as the public address would lead to it
        VerifyPage page = VerifyPage.open(driver, signedOut(), URI.create(qrUrl).getPath());
        assertThat(page.status()).isEqualTo("valid");
        assertThat(page.statusText()).isEqualTo("Valid certificate");
        assertThat(page.details()).contains(TRAINEE_NAME, TRAINEE_LAO_NAME, LAO_WORKSHOP, certificate.getCode());
        assertThat(page.isPublic()).isTrue();
    }

    @Test
    void aRevokedCertificateSaysSinceWhenButNotWhy() {
        long lao = laoWorkshopId();
        // someone else's: the other tests check the trainee's certificates, which must stay valid
        Certificate someoneElses = asOrganiser(() -> certificates.ofEvent(lao)).stream()
                .filter(certificate -> !TRAINEE_NAME.equals(certificate.getHolderName()))
                .filter(certificate -> certificate.status(today()) == CertificateStatus.VALID)
                .findFirst().orElseThrow();
        String reason = "Issued to the wrong participant record, see ticket E2E-4711";
        LocalDate before = today();
        asOrganiser(() -> certificates.revoke(someoneElses.getId(), reason));
        LocalDate after = today();

        VerifyPage page = VerifyPage.open(driver, signedOut(), "/verify/" + someoneElses.getCode());
        assertThat(page.status()).isEqualTo("revoked");
        // "today" is the server's UTC day; the two readings differ only if the revocation straddled midnight
        assertThat(page.statusText()).isIn("Revoked on " + DAY.format(before), "Revoked on " + DAY.format(after));
        assertThat(page.details()).contains(someoneElses.getHolderName(), "withdrawn");
        // the reason is for the organisers; verifiers only learn that the certificate no longer counts
        assertThat(page.pageSource()).doesNotContain(reason).doesNotContain("E2E-4711");
        assertThat(page.isPublic()).isTrue();
    }

    @Test
    void aTypedCodeIsCheckedMistypedOrLooselyWritten() {
        String code = traineesLaoCertificate().getCode();
        VerifyPage page = VerifyPage.open(driver, signedOut(), "/verify");

        page.check(mistyped(code));
        assertThat(page.status()).isEqualTo("unknown");
        assertThat(page.details()).doesNotContain(TRAINEE_NAME).doesNotContain(TRAINEE_LAO_NAME);

        // what someone copying from paper might type: lower case, spaces for the hyphens
        page.check(code.toLowerCase(Locale.ROOT).replace('-', ' '));
        assertThat(page.status()).isEqualTo("valid");
        assertThat(page.details()).contains(TRAINEE_NAME, TRAINEE_LAO_NAME);
        assertThat(page.isPublic()).isTrue();
    }

    /** The code with its first symbol changed to another of the alphabet: the check symbol then fails. */
    private static String mistyped(String code) {
        char wrong = code.charAt(0) == 'X' ? 'Y' : 'X';
        return wrong + code.substring(1);
    }

    private Certificate traineesLaoCertificate() {
        return asTrainee(() -> certificates.mine()).stream()
                .filter(certificate -> certificate.getEventTitle().equals(LAO_WORKSHOP))
                .findFirst().orElseThrow();
    }

    private long laoWorkshopId() {
        return asOrganiser(() -> workshops.list(EventFilter.ANY)).stream()
                .filter(event -> event.title().equals(LAO_WORKSHOP))
                .mapToLong(EventSummary::id).findFirst().orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private <T> T asTrainee(Supplier<T> work) {
        return SignedIn.as(contextHolder, "trainee", Role.TRAINEE, work);
    }

    private <T> T asOrganiser(Supplier<T> work) {
        return SignedIn.as(contextHolder, "organiser", Role.ORGANISER, work);
    }
}
