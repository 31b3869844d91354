package org.greenborder.academy.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipInputStream;
import org.greenborder.academy.scenario.SimulatedTrainee;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.shared.ContentFiles;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.greenborder.academy.support.WorkshopFixture;
import org.greenborder.academy.workshop.AgendaSession;
import org.greenborder.academy.workshop.AttendanceService;
import org.greenborder.academy.workshop.AttendanceStatus;
import org.greenborder.academy.workshop.EventRole;
import org.greenborder.academy.workshop.EventStatus;
import org.greenborder.academy.workshop.Person;
import org.greenborder.academy.workshop.Registration;
import org.greenborder.academy.workshop.SessionKind;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/**
 * Certificates end to end through the services: earned by attendance when the event closes and by passing the
 * required scenario, issued, verified, revoked, re-issued after a name correction, and kept from those who may not
 * see them.
 */
@SpringBootTest
@Import(WorkshopFixture.class)
class CertificateServiceTest {

    static final String SCENARIO = "hcfc22-declared-as-hfc134a";

    @Autowired
    WorkshopFixture fx;
    @Autowired
    CertificateService certificates;
    @Autowired
    AttendanceService attendance;
    @Autowired
    SimulatedTrainee simulated;

    String organiser;
    String alice;
    String bob;
    WorkshopEvent event;
    Registration aliceRegistration;
    Registration bobRegistration;
    Registration expert;

    @BeforeEach
    void aWorkshopWithFourSessionsAndThreePeople() {
        organiser = fx.account(Role.ORGANISER);
        alice = fx.account(Role.TRAINEE);
        bob = fx.account(Role.TRAINEE);
        WorkshopEvent draft = fx.newEvent(WorkshopFixture.unique("Certificates"), EventStatus.PUBLISHED);
        draft.setEditors(Set.of(organiser));
        event = fx.system.call(() -> fx.workshops.create(draft));
        aliceRegistration = fx.confirmedParticipant(event, "Alice Phommachanh", alice, EventRole.PARTICIPANT);
        bobRegistration = fx.confirmedParticipant(event, "Bob Keomany", bob, EventRole.PARTICIPANT);
        expert = fx.confirmedParticipant(event, "Rohan Expert", null, EventRole.RESOURCE_PERSON);
        for (int day = 8; day <= 9; day++) {
            for (LocalTime start : List.of(LocalTime.of(9, 0), LocalTime.of(14, 0))) {
                AgendaSession session = fx.save(event, fx.session(event, LocalDate.of(2027, 3, day), start, start.plusHours(2),
                        SessionKind.PLENARY, "Session " + day + " " + start));
                fx.system.run(() -> attendance.mark(session.getId(), List.of(aliceRegistration.getId()), AttendanceStatus.PRESENT));
                // Bob misses the afternoons: 50 %
                fx.system.run(() -> attendance.mark(session.getId(), List.of(bobRegistration.getId()),
                        start.getHour() < 12 ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT));
            }
        }
    }

    private <T> T asOrganiser(java.util.function.Supplier<T> work) {
        return fx.as(organiser, Role.ORGANISER, work);
    }

    private void close() {
        asOrganiser(() -> {
            WorkshopEvent edited = fx.workshops.get(event.getId());
            edited.setStatus(EventStatus.CLOSED);
            return fx.workshops.update(edited);
        });
    }

    private List<Certificate> ofEvent() {
        return asOrganiser(() -> certificates.ofEvent(event.getId()));
    }

    @Test
    void closingTheWorkshopIssuesAttendanceAndResourcePersonCertificatesToThoseWhoEarnedThem() throws IOException {
        CertificateDesign design = asOrganiser(() -> certificates.design(event.getId()));
        design.setAttendanceThreshold(75);
        asOrganiser(() -> certificates.saveDesign(design));

        close();

        assertThat(ofEvent()).extracting(Certificate::getHolderName, Certificate::getKind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Alice Phommachanh", CertificateKind.ATTENDANCE),
                org.assertj.core.groups.Tuple.tuple("Rohan Expert", CertificateKind.RESOURCE_PERSON));
        Certificate alices = fx.as(alice, Role.TRAINEE, () -> certificates.mine()).getFirst();
        assertThat(alices.getAchievement()).isEqualTo("Attended 4 of 4 sessions (100 %).");
        assertThat(alices.isAutomatic()).isTrue();
        // the PDF is stored as issued, with its fingerprint
        byte[] pdf = fx.as(alice, Role.TRAINEE, () -> certificates.pdf(alices.getId()));
        assertThat(ContentFiles.sha256(pdf)).isEqualTo(alices.getPdfSha256());
        assertThat(pdf.length).isEqualTo(alices.getPdfSize());
        try (PdfReader reader = new PdfReader(pdf)) {
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Alice Phommachanh", alices.getCode(), "Attended 4 of 4 sessions");
        }
        // Bob (50 %) got nothing automatically; the organiser may still decide to give him one
        Certificate bobs = asOrganiser(() -> certificates.issue(event.getId(), bobRegistration.getPerson().getId(), CertificateKind.ATTENDANCE));
        assertThat(bobs.getAchievement()).isEqualTo("Attended 2 of 4 sessions (50 %).");
        assertThatThrownBy(() -> asOrganiser(() -> certificates.issue(event.getId(), bobRegistration.getPerson().getId(), CertificateKind.ATTENDANCE)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already holds");
        assertThatThrownBy(() -> asOrganiser(() -> certificates.issue(event.getId(), bobRegistration.getPerson().getId(), CertificateKind.RESOURCE_PERSON)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not as a resource person");
    }

    @Test
    void passingTheRequiredScenarioIssuesACompletionCertificateWithTheScore() {
        CertificateDesign design = asOrganiser(() -> certificates.design(event.getId()));
        design.setRequiredScenarios(Set.of(SCENARIO));
        asOrganiser(() -> certificates.saveDesign(design));
        assertThatThrownBy(() -> asOrganiser(() -> certificates.issue(event.getId(), aliceRegistration.getPerson().getId(),
                CertificateKind.SCENARIO_COMPLETION))).isInstanceOf(RuleViolationException.class).hasMessageContaining("has not passed");

        fx.as(alice, Role.TRAINEE, () -> simulated.play(SCENARIO, 77L, 1.0));

        List<Certificate> mine = fx.as(alice, Role.TRAINEE, () -> certificates.mine());
        assertThat(mine).singleElement().satisfies(certificate -> {
            assertThat(certificate.getKind()).isEqualTo(CertificateKind.SCENARIO_COMPLETION);
            assertThat(certificate.getScorePercent()).isGreaterThanOrEqualTo(70);
            assertThat(certificate.getAchievement()).startsWith("Scenarios passed: ");
        });
        // Bob has not played: nothing for him, and nobody else sees Alice's certificate
        assertThat(fx.as(bob, Role.TRAINEE, () -> certificates.mine())).isEmpty();
        long id = mine.getFirst().getId();
        assertThatThrownBy(() -> fx.as(bob, Role.TRAINEE, () -> certificates.pdf(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fx.as(bob, Role.TRAINEE, () -> certificates.myCertificate(mine.getFirst().getCode())))
                .isInstanceOf(NotFoundException.class);
        assertThat(fx.as(alice, Role.TRAINEE, () -> certificates.badge(mine.getFirst().getCode())))
                .containsEntry("type", List.of("VerifiableCredential", "OpenBadgeCredential"))
                .containsKey("credentialSubject").doesNotContainKey("proof");
    }

    @Test
    void revokingAndReissuingChangeWhatTheCodeSays() {
        close();
        Certificate issued = asOrganiser(() -> certificates.issue(event.getId(), aliceRegistration.getPerson().getId(), CertificateKind.ATTENDANCE));
        assertThat(certificates.verify(issued.getCode(), "test").status()).isEqualTo(CertificateStatus.VALID);

        // a name correction, then a re-issue: the old code is superseded and points to the new one
        fx.system.run(() -> {
            Person person = fx.participants.registrations(event.getId()).stream()
                    .filter(r -> r.getId().equals(aliceRegistration.getId())).findFirst().orElseThrow().getPerson();
            person.setFullName("Alice Phommachanh-Souvanna");
            person.setLocalName("ອາລິສ ພົມມະຈັນ");
            fx.participants.savePerson(person);
        });
        assertThat(asOrganiser(() -> certificates.candidates(event.getId())))
                .filteredOn(candidate -> candidate.personId() == aliceRegistration.getPerson().getId())
                .singleElement().satisfies(candidate -> assertThat(candidate.nameChanged()).isTrue());
        Certificate fresh = asOrganiser(() -> certificates.reissue(issued.getId()));
        assertThat(fresh.getCode()).isNotEqualTo(issued.getCode());
        assertThat(fresh.getHolderName()).isEqualTo("Alice Phommachanh-Souvanna");
        assertThat(fresh.getHolderLocalName()).isEqualTo("ອາລິສ ພົມມະຈັນ");
        assertThat(fresh.getAchievement()).isEqualTo(issued.getAchievement());
        Verification old = certificates.verify(issued.getCode(), "test");
        assertThat(old.status()).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(old.supersededBy()).isEqualTo(fresh.getCode());
        assertThat(old.supersededOn()).isEqualTo(LocalDate.now(ZoneOffset.UTC));
        assertThatThrownBy(() -> asOrganiser(() -> certificates.revoke(issued.getId(), "wrong"))).isInstanceOf(RuleViolationException.class);

        assertThatThrownBy(() -> asOrganiser(() -> certificates.revoke(fresh.getId(), " "))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("reason");
        asOrganiser(() -> certificates.revoke(fresh.getId(), "Issued to the wrong person"));
        Verification revoked = certificates.verify(fresh.getCode(), "test");
        assertThat(revoked.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(revoked.revokedOn()).isEqualTo(LocalDate.now(ZoneOffset.UTC));
        assertThat(revoked.toString()).doesNotContain("wrong person");
        // a revoked certificate is not issued again automatically, but the organiser may issue a new one
        assertThat(asOrganiser(() -> certificates.candidates(event.getId())))
                .filteredOn(candidate -> candidate.personId() == aliceRegistration.getPerson().getId())
                .singleElement().satisfies(candidate -> assertThat(candidate.current()).isEmpty());
    }

    @Test
    void aNameTheFontsCannotPrintIsRefusedRatherThanPrintedWithBoxes() {
        close();
        fx.system.run(() -> {
            Person person = fx.participants.registrations(event.getId()).stream()
                    .filter(r -> r.getId().equals(bobRegistration.getId())).findFirst().orElseThrow().getPerson();
            person.setLocalName("김민준");
            fx.participants.savePerson(person);
        });
        assertThatThrownBy(() -> asOrganiser(() -> certificates.issue(event.getId(), bobRegistration.getPerson().getId(), CertificateKind.ATTENDANCE)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("cannot print: 김 (U+AE40)");
        assertThat(ofEvent()).isEmpty();
    }

    @Test
    void whatAutomaticIssueMissedIsCaughtUp() {
        // the event closes before anyone set up its certificates: no listener could issue anything then
        close();
        assertThat(ofEvent()).isEmpty();
        CertificateDesign design = asOrganiser(() -> certificates.design(event.getId()));
        design.setAttendanceThreshold(75);
        asOrganiser(() -> certificates.saveDesign(design));

        fx.system.run(() -> assertThat(certificates.catchUp()).isGreaterThanOrEqualTo(2));

        assertThat(ofEvent()).extracting(Certificate::getHolderName).containsExactlyInAnyOrder("Alice Phommachanh", "Rohan Expert");
        fx.system.run(() -> certificates.catchUp());
        assertThat(ofEvent()).as("never twice").hasSize(2);
    }

    @Test
    void anUnknownCodeSaysUnknownAndNothingElse() {
        Verification typo = certificates.verify("7KQM-W3XD-9HPT-RZ4C-N", "test");
        assertThat(typo).isEqualTo(Verification.unknown());
        assertThat(certificates.verify("'; drop table certificate; --", "test").status()).isEqualTo(CertificateStatus.UNKNOWN);
        assertThat(certificates.verify(CertificateCode.generate(), "test")).isEqualTo(Verification.unknown());
    }

    @Test
    void onlyTheEventsOrganisersManageItsCertificates() {
        close();
        String stranger = fx.account(Role.ORGANISER);
        long person = aliceRegistration.getPerson().getId();
        assertThatThrownBy(() -> fx.as(stranger, Role.ORGANISER, () -> certificates.issue(event.getId(), person, CertificateKind.ATTENDANCE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(stranger, Role.ORGANISER, () -> certificates.ofEvent(event.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(alice, Role.TRAINEE, () -> certificates.issue(event.getId(), person, CertificateKind.ATTENDANCE)))
                .isInstanceOf(AccessDeniedException.class);
        Certificate issued = asOrganiser(() -> certificates.issue(event.getId(), person, CertificateKind.ATTENDANCE));
        assertThatThrownBy(() -> fx.as(stranger, Role.ORGANISER, () -> certificates.revoke(issued.getId(), "no")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(stranger, Role.ORGANISER, () -> certificates.pdf(issued.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asOrganiser(() -> certificates.pdf(987_654_321L))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void issuingAllRunsInTheBackgroundAndTheFilesComeAsZipAndOnePdf() throws Exception {
        CertificateDesign design = asOrganiser(() -> certificates.design(event.getId()));
        design.setAutoIssue(false);
        design.setAttendanceThreshold(50);
        asOrganiser(() -> certificates.saveDesign(design));
        close();
        assertThat(ofEvent()).as("nothing automatic when switched off").isEmpty();

        BulkIssue bulk = asOrganiser(() -> certificates.issueAll(event.getId()));
        assertThat(bulk.total()).isEqualTo(3);
        bulk.finished().get(30, TimeUnit.SECONDS);
        assertThat(bulk.issued()).isEqualTo(3);
        assertThat(bulk.problems()).isEmpty();
        assertThat(ofEvent()).hasSize(3);
        assertThat(asOrganiser(() -> certificates.issueAll(event.getId())).total()).as("nothing left to issue").isZero();

        byte[] zip = asOrganiser(() -> certificates.eventZip(event.getId()));
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) {
                entries++;
            }
        }
        assertThat(entries).isEqualTo(3);
        try (PdfReader merged = new PdfReader(asOrganiser(() -> certificates.eventMergedPdf(event.getId())))) {
            assertThat(merged.getNumberOfPages()).isEqualTo(3);
        }
    }

    @Test
    void theDesignChecksItsImagesAndScenarios() {
        CertificateImage logo = asOrganiser(() -> certificates.uploadImage(event.getId(), ImagePurpose.LOGO, "logo.png", TestImages.logo()));
        CertificateDesign design = asOrganiser(() -> certificates.design(event.getId()));
        design.setSignatory1Name("Siriporn Chaiyasit");
        design.setSignatory1ImageId(logo.getId());
        assertThatThrownBy(() -> asOrganiser(() -> certificates.saveDesign(design))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("uploaded as a logo");
        design.setSignatory1ImageId(null);
        design.setLogoLeftId(logo.getId());
        design.setRequiredScenarios(Set.of("no-such-scenario"));
        assertThatThrownBy(() -> asOrganiser(() -> certificates.saveDesign(design))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("No such scenario");
        design.setRequiredScenarios(Set.of(SCENARIO));
        CertificateDesign saved = asOrganiser(() -> certificates.saveDesign(design));
        assertThat(saved.getLogoLeftId()).isEqualTo(logo.getId());
        // an edit made on the copy from before that save is refused rather than overwriting it
        assertThatThrownBy(() -> asOrganiser(() -> certificates.saveDesign(design)))
                .isInstanceOf(org.greenborder.academy.shared.ConcurrentEditException.class);
        // a preview renders the unsaved design, marked as such
        byte[] preview = asOrganiser(() -> certificates.preview(saved, CertificateKind.SCENARIO_COMPLETION));
        assertThat(preview.length).isGreaterThan(1000);
    }
}
