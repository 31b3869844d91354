package org.greenborder.academy.certificate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.greenborder.academy.certificate.Certificate;
import org.greenborder.academy.certificate.CertificateKind;
import org.greenborder.academy.certificate.CertificateLayout;
import org.greenborder.academy.certificate.CertificateService;
import org.greenborder.academy.certificate.CertificateStatus;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.support.BrowserlessTestBase;
import org.greenborder.academy.support.SignedIn;
import org.greenborder.academy.support.WorkshopFixture;
import org.greenborder.academy.workshop.AgendaSession;
import org.greenborder.academy.workshop.AttendanceService;
import org.greenborder.academy.workshop.AttendanceStatus;
import org.greenborder.academy.workshop.EventRole;
import org.greenborder.academy.workshop.EventStatus;
import org.greenborder.academy.workshop.Registration;
import org.greenborder.academy.workshop.SessionKind;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The certificate screens: the public check, the holder's list, an event's desk and the expiry overview. */
@SpringBootTest
@Import(WorkshopFixture.class)
class CertificateViewsTest extends BrowserlessTestBase {

    @Autowired
    WorkshopFixture fx;
    @Autowired
    CertificateService certificates;
    @Autowired
    AttendanceService attendance;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    private void signIn(String username, Role role) {
        SignedIn.signIn(contextHolder, username, role);
    }

    @AfterEach
    void noExpiryAsBefore() {
        fx.system.run(() -> certificates.setValidityMonths(CertificateKind.ATTENDANCE, null));
    }

    private Certificate traineesCertificate() {
        return fx.as("trainee", Role.TRAINEE, () -> certificates.mine()).getFirst();
    }

    @Test
    void anyoneChecksACodeWithoutSigningIn() {
        Certificate certificate = traineesCertificate();
        contextHolder.clearContext();
        VerifyView view = navigate("verify/" + certificate.getCode(), VerifyView.class);
        assertThat(view.status.getText()).isEqualTo("Valid certificate");
        assertThat(view.status.getElement().getAttribute("data-status")).isEqualTo("valid");
        assertThat(view.details.getElement().getTextRecursively()).contains("Khamphet Sisavath", "ຄຳເພັດ ສີສະຫວາດ",
                certificate.getEventTitle(), certificate.getPdfSha256()).doesNotContain("trainee");

        VerifyView unknown = navigate("verify/7KQM-W3XD-9HPT-RZ4C-N", VerifyView.class);
        assertThat(unknown.status.getText()).isEqualTo("Unknown code");
        assertThat(unknown.details.getElement().getTextRecursively()).doesNotContain("Khamphet").contains("letter by letter");

        test(unknown.code).setValue(certificate.getCode().toLowerCase());
        test(unknown.check).click();
        assertThat(((VerifyView) getCurrentView()).status.getText()).isEqualTo("Valid certificate");
    }

    @Test
    void theHolderSeesTheirCertificatesWithDownloadsAndAShareLink() {
        signIn("trainee", Role.TRAINEE);
        MyCertificatesView view = navigate("my-certificates", MyCertificatesView.class);
        List<Certificate> rows = view.grid.getGenericDataView().getItems().toList();
        assertThat(rows).extracting(Certificate::getKind)
                .containsExactlyInAnyOrder(CertificateKind.ATTENDANCE, CertificateKind.SCENARIO_COMPLETION);
        HorizontalLayout actions = (HorizontalLayout) test(view.grid).getCellComponent(0, 5);
        assertThat(actions.getChildren().map(child -> child.getId().orElse(""))).contains(
                "pdf-" + rows.getFirst().getCode().toLowerCase(), "share-" + rows.getFirst().getCode());
        Button share = (Button) actions.getChildren().filter(child -> child.getId().orElse("").startsWith("share-")).findFirst().orElseThrow();
        assertThat(share.getElement().getAttribute("data-link")).endsWith("/verify/" + rows.getFirst().getCode());
    }

    @Test
    void theOrganiserSetsTheRulesIssuesAndRevokesWhereTheyWork() {
        String organiser = fx.account(Role.ORGANISER);
        String alice = fx.account(Role.TRAINEE);
        WorkshopEvent draft = fx.newEvent(WorkshopFixture.unique("Desk"), EventStatus.CLOSED);
        draft.setEditors(Set.of(organiser));
        WorkshopEvent event = fx.system.call(() -> fx.workshops.create(draft));
        Registration registration = fx.confirmedParticipant(event, "Alice Souvanna", alice, EventRole.PARTICIPANT);
        AgendaSession session = fx.save(event, fx.session(event, LocalDate.of(2027, 3, 9), LocalTime.of(9, 0), LocalTime.of(12, 0),
                SessionKind.PLENARY, "Opening"));
        fx.system.run(() -> attendance.mark(session.getId(), List.of(registration.getId()), AttendanceStatus.PRESENT));

        signIn(organiser, Role.ORGANISER);
        EventCertificatesView view = navigate("workshop-certificates/" + event.getId(), EventCertificatesView.class);
        // the tests run on localhost: the desk warns that printed QR codes would lead nowhere
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("certificate-local-address").single().getText())
                .contains("GBA_PUBLIC_URL");
        test(view.layout).selectItem(CertificateLayout.SIMPLE.label());
        view.threshold.clear(); // the user empties the field (the tester only types valid numbers)
        test(view.save).click();
        assertThat(fx.as(organiser, Role.ORGANISER, () -> certificates.design(event.getId())).getVersion()).as("nothing saved").isZero();
        test(view.threshold).setValue(90);
        test(view.signatory1Name).setValue("Siriporn Chaiyasit");
        test(view.save).click();
        assertThat(fx.as(organiser, Role.ORGANISER, () -> certificates.design(event.getId())))
                .satisfies(design -> {
                    assertThat(design.getLayout()).isEqualTo(CertificateLayout.SIMPLE);
                    assertThat(design.getAttendanceThreshold()).isEqualTo(90);
                    assertThat(design.getSignatory1Name()).isEqualTo("Siriporn Chaiyasit");
                });

        test(view.issueAll).click();
        // the bulk run ends on another thread; the screen then lists what it issued
        Certificate issued = awaitOne(organiser, event.getId());
        view.refreshLists();
        assertThat(view.issued.getGenericDataView().getItems().toList()).extracting(Certificate::getCode).containsExactly(issued.getCode());

        view.openRevokeDialog(issued);
        test(find(Button.class).withId("revoke-confirm").single()).click();
        assertThat(certificates.verify(issued.getCode(), "test").status()).as("no reason, no revocation").isEqualTo(CertificateStatus.VALID);
        test(find(TextArea.class).withId("revoke-reason").single()).setValue("Name misspelt; participant asked for withdrawal");
        test(find(Button.class).withId("revoke-confirm").single()).click();
        assertThat(certificates.verify(issued.getCode(), "test").status()).isEqualTo(CertificateStatus.REVOKED);

        // a trainee does not get to the desk at all
        signIn(alice, Role.TRAINEE);
        navigate("workshop-certificates/" + event.getId(), com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(EventCertificatesView.class);
    }

    private Certificate awaitOne(String organiser, long eventId) {
        for (int i = 0; i < 100; i++) {
            List<Certificate> all = fx.as(organiser, Role.ORGANISER, () -> certificates.ofEvent(eventId));
            if (!all.isEmpty()) {
                return all.getFirst();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("no certificate issued");
    }

    @Test
    void administratorsSetValidityAndOrganisersSeeWhatExpiresSoon() {
        signIn("admin", Role.ADMIN);
        CertificatesView settings = navigate("certificates", CertificatesView.class);
        test(settings.validity.get(CertificateKind.ATTENDANCE)).setValue(2);
        test(find(Button.class).withId("validity-save").single()).click();
        assertThat(fx.system.call(certificates::validityMonths)).containsEntry(CertificateKind.ATTENDANCE, 2);
        assertThat(test(find(Notification.class).single()).getText()).isEqualTo("Validity saved.");

        String organiser = fx.account(Role.ORGANISER);
        WorkshopEvent draft = fx.newEvent(WorkshopFixture.unique("Expiring"), EventStatus.CLOSED);
        draft.setEditors(Set.of(organiser));
        WorkshopEvent event = fx.system.call(() -> fx.workshops.create(draft));
        Registration registration = fx.confirmedParticipant(event, "Bounmy Expiring", null, EventRole.PARTICIPANT);
        AgendaSession session = fx.save(event, fx.session(event, LocalDate.of(2027, 3, 9), LocalTime.of(9, 0), LocalTime.of(12, 0),
                SessionKind.PLENARY, "Opening"));
        fx.system.run(() -> attendance.mark(session.getId(), List.of(registration.getId()), AttendanceStatus.PRESENT));
        Certificate issued = fx.as(organiser, Role.ORGANISER, () -> certificates.issue(event.getId(), registration.getPerson().getId(), CertificateKind.ATTENDANCE));
        assertThat(issued.getValidUntil()).isNotNull();

        signIn(organiser, Role.ORGANISER);
        CertificatesView overview = navigate("certificates", CertificatesView.class);
        assertThat(overview.expiring.getGenericDataView().getItems().toList()).extracting(Certificate::getCode).containsExactly(issued.getCode());
        assertThat(overview.validity.get(CertificateKind.ATTENDANCE).isReadOnly()).as("only administrators change validity").isTrue();
        assertThat(find(Button.class).withId("validity-save").all()).allSatisfy(button -> assertThat(button.isVisible()).isFalse());
    }
}
