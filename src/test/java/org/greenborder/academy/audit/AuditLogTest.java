package org.greenborder.academy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.greenborder.academy.certificate.Certificate;
import org.greenborder.academy.certificate.CertificateKind;
import org.greenborder.academy.certificate.CertificateService;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.security.UserAccount;
import org.greenborder.academy.shared.ConcurrentEditException;
import org.greenborder.academy.support.WorkshopFixture;
import org.greenborder.academy.workshop.EventRole;
import org.greenborder.academy.workshop.EventStatus;
import org.greenborder.academy.workshop.Registration;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail records who did what as the features do it (accounts, events, certificates, sign-ins), keeps
 * nothing of what rolled back, cannot be changed through the application, and is read by administrators only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(WorkshopFixture.class)
class AuditLogTest {

    @Autowired
    WorkshopFixture fx;
    @Autowired
    AuditLog log;
    @Autowired
    CertificateService certificates;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;
    @Value("${local.server.port}")
    int port;

    private List<AuditEntry> entries(AuditAction action, String text) {
        String admin = fx.account(Role.ADMIN);
        return fx.as(admin, Role.ADMIN, () -> log.search(new AuditFilter(Set.of(action), null, null, null, text), 0, 100));
    }

    @Test
    void anEditOfAnEventIsRecordedWithWhoDidItAndWhatChanged() {
        String organiser = fx.account(Role.ORGANISER);
        WorkshopEvent draft = fx.newEvent(WorkshopFixture.unique("Audited workshop"), EventStatus.DRAFT);
        WorkshopEvent created = fx.as(organiser, Role.ORGANISER, () -> fx.workshops.create(draft));
        WorkshopEvent edited = fx.as(organiser, Role.ORGANISER, () -> fx.workshops.get(created.getId()));
        edited.setVenueCity("Luang Prabang");
        edited.setStatus(EventStatus.PUBLISHED);
        fx.as(organiser, Role.ORGANISER, () -> fx.workshops.update(edited));

        String target = "event " + created.getId() + " (";
        assertThat(entries(AuditAction.EVENT_CREATED, target)).singleElement()
                .satisfies(entry -> assertThat(entry.getActor()).isEqualTo(organiser));
        assertThat(entries(AuditAction.EVENT_UPDATED, target)).singleElement().satisfies(entry -> {
            assertThat(entry.getActor()).isEqualTo(organiser);
            assertThat(entry.getDetail()).contains("was: ", "Vientiane", "now: ", "Luang Prabang");
        });
        assertThat(entries(AuditAction.EVENT_STATUS_CHANGED, target)).singleElement()
                .satisfies(entry -> assertThat(entry.getDetail()).isEqualTo("Draft → Published"));
    }

    @Test
    void whatRollsBackLeavesNoEntry() {
        String organiser = fx.account(Role.ORGANISER);
        WorkshopEvent draft = fx.newEvent(WorkshopFixture.unique("Stale edit"), EventStatus.DRAFT);
        WorkshopEvent created = fx.as(organiser, Role.ORGANISER, () -> fx.workshops.create(draft));
        WorkshopEvent stale = fx.as(organiser, Role.ORGANISER, () -> fx.workshops.get(created.getId()));
        WorkshopEvent fresh = fx.as(organiser, Role.ORGANISER, () -> fx.workshops.get(created.getId()));
        fresh.setVenueCity("Pakse");
        fx.as(organiser, Role.ORGANISER, () -> fx.workshops.update(fresh));
        stale.setVenueCity("Savannakhet");

        assertThatThrownBy(() -> fx.as(organiser, Role.ORGANISER, () -> fx.workshops.update(stale)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(entries(AuditAction.EVENT_UPDATED, "event " + created.getId() + " ("))
                .extracting(AuditEntry::getDetail).singleElement().asString().contains("Pakse").doesNotContain("Savannakhet");
    }

    @Test
    void roleChangesDisablingAndPasswordResetsAreRecordedWithoutThePassword() {
        String admin = fx.account(Role.ADMIN);
        String user = fx.account(Role.TRAINEE);
        UserAccount account = fx.as(admin, Role.ADMIN, () -> fx.accounts.findByUsername(user).orElseThrow());
        account.setRoles(EnumSet.of(Role.TRAINEE, Role.ORGANISER));
        account.setEnabled(false);
        fx.as(admin, Role.ADMIN, () -> fx.accounts.update(account));
        fx.as(admin, Role.ADMIN, () -> {
            fx.accounts.resetPassword(account.getId(), "a brand new passphrase");
            return null;
        });

        assertThat(entries(AuditAction.ROLES_CHANGED, "user " + user)).singleElement().satisfies(entry -> {
            assertThat(entry.getActor()).isEqualTo(admin);
            assertThat(entry.getDetail()).isEqualTo("[Customs trainee] → [Workshop organiser, Customs trainee]");
        });
        assertThat(entries(AuditAction.ACCOUNT_DISABLED, "user " + user)).hasSize(1);
        assertThat(entries(AuditAction.PASSWORD_RESET, "user " + user)).singleElement()
                .satisfies(entry -> assertThat(entry.getDetail()).isNull());
    }

    @Test
    void certificatesIssuedAndRevokedAreRecordedButNotTheRevocationReason() {
        String organiser = fx.account(Role.ORGANISER);
        WorkshopEvent draft = fx.newEvent(WorkshopFixture.unique("Certificates audited"), EventStatus.PUBLISHED);
        draft.setEditors(Set.of(organiser));
        WorkshopEvent event = fx.system.call(() -> fx.workshops.create(draft));
        Registration expert = fx.confirmedParticipant(event, "Rohan Expert", null, EventRole.RESOURCE_PERSON);
        WorkshopEvent closing = fx.as(organiser, Role.ORGANISER, () -> fx.workshops.get(event.getId()));
        closing.setStatus(EventStatus.CLOSED);
        fx.as(organiser, Role.ORGANISER, () -> fx.workshops.update(closing));
        Certificate issued = fx.as(organiser, Role.ORGANISER, () -> certificates.ofEvent(event.getId())).stream()
                .filter(certificate -> certificate.getKind() == CertificateKind.RESOURCE_PERSON).findFirst()
                .orElseGet(() -> fx.as(organiser, Role.ORGANISER,
                        () -> certificates.issue(event.getId(), expert.getPerson().getId(), CertificateKind.RESOURCE_PERSON)));
        fx.as(organiser, Role.ORGANISER, () -> certificates.revoke(issued.getId(), "Confidential: issued to the wrong person"));

        assertThat(entries(AuditAction.CERTIFICATE_ISSUED, issued.getCode())).singleElement()
                .satisfies(entry -> assertThat(entry.getDetail()).contains("Rohan Expert"));
        assertThat(entries(AuditAction.CERTIFICATE_REVOKED, issued.getCode())).singleElement().satisfies(entry -> {
            assertThat(entry.getActor()).isEqualTo(organiser);
            assertThat(entry.getDetail()).doesNotContain("Confidential");
        });
    }

    @Test
    void aFailedSignInIsRecordedWithTheNameTriedAndTheAddress() throws Exception {
        String tried = WorkshopFixture.unique("nobody");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((tried + ":wrong password")
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);

        String admin = fx.account(Role.ADMIN);
        List<AuditEntry> found = fx.as(admin, Role.ADMIN, () -> log.search(
                new AuditFilter(Set.of(AuditAction.SIGN_IN_FAILED), tried, null, null, null), 0, 10));
        assertThat(found).singleElement().satisfies(entry -> {
            assertThat(entry.getDetail()).isEqualTo("wrong user name or password");
            assertThat(entry.getClientAddress()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        });
    }

    @Test
    void onlyAdministratorsReadTheTrail() {
        for (Role role : List.of(Role.ORGANISER, Role.ANALYST, Role.TRAINEE)) {
            String user = fx.account(role);
            assertThatThrownBy(() -> fx.as(user, role, () -> log.search(AuditFilter.all(), 0, 10)))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fx.as(user, role, () -> log.count(AuditFilter.all())))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void anEntryCannotBeChangedThroughTheApplication() throws Exception {
        String admin = fx.account(Role.ADMIN);
        fx.as(admin, Role.ADMIN, () -> {
            fx.accounts.endSessions(fx.accounts.findByUsername(admin).orElseThrow().getId());
            return null;
        });
        AuditEntry stored = entries(AuditAction.SESSIONS_ENDED, "user " + admin).getFirst();
        Field detail = AuditEntry.class.getDeclaredField("detail");
        detail.setAccessible(true);
        transactions.executeWithoutResult(status -> {
            AuditEntry managed = entityManager.find(AuditEntry.class, stored.getId());
            try {
                detail.set(managed, "rewritten history");
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        });
        entityManager.clear();
        assertThat(entries(AuditAction.SESSIONS_ENDED, "user " + admin).getFirst().getDetail()).isNull();
    }

    @Test
    void theFiltersAndPagesFindWhatTheyName() {
        String organiser = fx.account(Role.ORGANISER);
        String marker = WorkshopFixture.unique("Paged");
        for (int i = 0; i < 5; i++) {
            WorkshopEvent draft = fx.newEvent(marker + " " + i, EventStatus.DRAFT);
            fx.as(organiser, Role.ORGANISER, () -> fx.workshops.create(draft));
        }
        String admin = fx.account(Role.ADMIN);
        AuditFilter mine = new AuditFilter(Set.of(), organiser, null, null, marker);
        assertThat(fx.as(admin, Role.ADMIN, () -> log.count(mine))).isEqualTo(5);
        List<AuditEntry> firstTwo = fx.as(admin, Role.ADMIN, () -> log.search(mine, 0, 2));
        List<AuditEntry> nextThree = fx.as(admin, Role.ADMIN, () -> log.search(mine, 2, 10));
        assertThat(firstTwo).hasSize(2);
        assertThat(nextThree).hasSize(3).extracting(AuditEntry::getId).doesNotContainAnyElementsOf(
                firstTwo.stream().map(AuditEntry::getId).toList());
        // newest first
        assertThat(firstTwo.getFirst().getTarget()).contains(marker + " 4");
        AuditFilter before = new AuditFilter(Set.of(), organiser, null, Instant.parse("2000-01-01T00:00:00Z"), marker);
        assertThat(fx.as(admin, Role.ADMIN, () -> log.count(before))).isZero();
        AuditFilter otherActor = new AuditFilter(Set.of(), "someone-else", null, null, marker);
        assertThat(fx.as(admin, Role.ADMIN, () -> log.count(otherActor))).isZero();
    }

    @Test
    void agendaSessionsAddedEditedAndDeletedAreRecorded() {
        String organiser = fx.account(Role.ORGANISER);
        WorkshopEvent draft = fx.newEvent(WorkshopFixture.unique("Agenda audited"), EventStatus.DRAFT);
        WorkshopEvent event = fx.as(organiser, Role.ORGANISER, () -> fx.workshops.create(draft));
        org.greenborder.academy.workshop.AgendaSession added = fx.as(organiser, Role.ORGANISER, () -> fx.agenda.save(event.getId(),
                fx.session(event, java.time.LocalDate.of(2027, 3, 8), java.time.LocalTime.of(9, 0), java.time.LocalTime.of(10, 30),
                        org.greenborder.academy.workshop.SessionKind.PLENARY, "Opening")));
        added.setTitle("Opening and introductions");
        org.greenborder.academy.workshop.AgendaSession edited = fx.as(organiser, Role.ORGANISER, () -> fx.agenda.save(event.getId(), added));
        fx.as(organiser, Role.ORGANISER, () -> {
            fx.agenda.delete(event.getId(), edited.getId());
            return null;
        });

        String target = "event " + event.getId() + " (";
        assertThat(entries(AuditAction.AGENDA_SESSION_ADDED, target)).singleElement()
                .satisfies(entry -> assertThat(entry.getDetail()).contains("2027-03-08 09:00", "\"Opening\""));
        assertThat(entries(AuditAction.AGENDA_SESSION_EDITED, target)).singleElement()
                .satisfies(entry -> assertThat(entry.getDetail()).contains("was: ", "\"Opening\"", "now: ", "Opening and introductions"));
        assertThat(entries(AuditAction.AGENDA_SESSION_DELETED, target)).singleElement()
                .satisfies(entry -> assertThat(entry.getActor()).isEqualTo(organiser));
    }

    @Test
    void aSignedInUserRefusedByARoleRuleIsRecorded() {
        String trainee = fx.account(Role.TRAINEE);
        assertThatThrownBy(() -> fx.as(trainee, Role.TRAINEE, () -> fx.accounts.search("")))
                .isInstanceOf(AccessDeniedException.class);
        String admin = fx.account(Role.ADMIN);
        List<AuditEntry> found = fx.as(admin, Role.ADMIN, () -> log.search(
                new AuditFilter(Set.of(AuditAction.ACCESS_DENIED), trainee, null, null, null), 0, 10));
        assertThat(found).extracting(AuditEntry::getTarget).containsExactly("UserAccountService#search");
    }

    @Test
    void theActorIsWhoReportedItEvenWhenAnOuterTransactionCommitsLater() {
        // as the demo data does: one transaction around work done under the system's identity
        WorkshopEvent draft = fx.newEvent(WorkshopFixture.unique("Started at boot"), EventStatus.DRAFT);
        WorkshopEvent created = transactions.execute(status -> fx.system.call(() -> fx.workshops.create(draft)));
        assertThat(entries(AuditAction.EVENT_CREATED, "event " + created.getId() + " (")).singleElement()
                .satisfies(entry -> assertThat(entry.getActor()).isEqualTo("system"));
    }
}
