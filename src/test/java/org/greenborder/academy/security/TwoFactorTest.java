package org.greenborder.academy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.greenborder.academy.audit.AuditAction;
import org.greenborder.academy.audit.AuditEntry;
import org.greenborder.academy.audit.AuditFilter;
import org.greenborder.academy.audit.AuditLog;
import org.greenborder.academy.support.HttpBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The second factor with it switched on, as in production: a correct password alone does not sign in an organiser,
 * an analyst or an administrator; the app is set up from a secret that only a correct code confirms; every code
 * works once; wrong codes are throttled; the API asks for the same factor; an administrator resets a lost phone.
 * The steps after the password are driven through the service with the session a browser would carry (the browser
 * journey itself is {@code TwoFactorSignInE2E}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gba.security.two-factor.enforced=true")
class TwoFactorTest {

    private static final String PASSWORD = "a walk along the mekong";

    @Value("${local.server.port}")
    int port;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    SystemIdentity system;
    @Autowired
    AuditLog audit;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
        contextHolder.clearContext();
    }

    private String account(Role role) {
        String username = "two-factor-" + UUID.randomUUID().toString().substring(0, 8);
        system.call(() -> accounts.create(new NewAccount(username, "Two Factor Test", null, null, null, EnumSet.of(role), PASSWORD)));
        return username;
    }

    /** The session a browser holds after a correct password: only the pending sign-in. */
    private MockHttpSession afterPassword(String username, Instant since) {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(PendingSignIn.ATTRIBUTE, new PendingSignIn(username, since, null));
        return session;
    }

    private <T> T inSession(MockHttpSession session, Supplier<T> step) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        request.setRemoteAddr("192.0.2.10");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            return step.get();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private void inSession(MockHttpSession session, Runnable step) {
        inSession(session, () -> {
            step.run();
            return null;
        });
    }

    private static String codeNow(String secret, int stepsAhead) {
        return Totp.code(secret, Totp.step(Instant.now()) + stepsAhead);
    }

    /** Sets up the app for the user as they would; returns the secret. */
    private String enrol(String username) {
        MockHttpSession session = afterPassword(username, Instant.now());
        String secret = inSession(session, () -> twoFactor.startEnrolment()).groupedSecret().replace(" ", "");
        inSession(session, () -> twoFactor.confirmEnrolment(codeNow(secret, 0)));
        return secret;
    }

    private static String signedInAs(MockHttpSession session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext security && security.getAuthentication() != null
                ? security.getAuthentication().getName() : null;
    }

    private HttpResponse<String> api(String username, String code) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (code != null) {
            request.header(TwoFactorApiFilter.HEADER, code);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private java.util.List<AuditEntry> trail(String actor, AuditAction action) {
        return system.call(() -> audit.search(new AuditFilter(Set.of(action), actor, null, null, null), 0, 50));
    }

    @Test
    void aCorrectPasswordAloneSendsAnOrganiserToTheSecondStepSignedOut() throws Exception {
        String organiser = account(Role.ORGANISER);
        HttpBrowser browser = new HttpBrowser(port);
        HttpResponse<String> signIn = browser.signIn(organiser, PASSWORD);
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/two-factor");
        // the session is not signed in: a page for signed-in users sends it to the sign-in page
        HttpResponse<String> account = browser.get("/account");
        assertThat(account.statusCode()).isEqualTo(302);
        assertThat(account.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(repository.findByUsername(organiser).orElseThrow().getLastLoginAt()).as("not signed in yet").isNull();
        assertThat(trail(organiser, AuditAction.PASSWORD_ACCEPTED)).hasSize(1);
        assertThat(trail(organiser, AuditAction.SIGNED_IN)).isEmpty();
    }

    @Test
    void aTraineeIsSignedInByThePasswordAlone() throws Exception {
        String trainee = account(Role.TRAINEE);
        HttpBrowser browser = new HttpBrowser(port);
        HttpResponse<String> signIn = browser.signIn(trainee, PASSWORD);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotEndWith("/two-factor");
        assertThat(browser.signedIn()).isTrue();
        assertThat(api(trainee, null).statusCode()).isEqualTo(200);
    }

    @Test
    void settingUpTheAppTakesACodeFromItAndThenSignsIn() {
        String analyst = account(Role.ANALYST);
        MockHttpSession session = afterPassword(analyst, Instant.now());
        assertThat(inSession(session, () -> twoFactor.pending())).contains(new TwoFactorService.Pending(analyst, false));
        TwoFactorService.NewAuthenticator app = inSession(session, () -> twoFactor.startEnrolment());
        assertThat(app.uri()).startsWith("otpauth://totp/Green%20Border%20Academy:" + analyst + "?secret=");
        assertThat(app.qrPng()).startsWith(0x89, 'P', 'N', 'G');
        // a reload shows the same secret, not a new one the user has not scanned
        assertThat(inSession(session, () -> twoFactor.startEnrolment()).groupedSecret()).isEqualTo(app.groupedSecret());
        String secret = app.groupedSecret().replace(" ", "");

        assertThatThrownBy(() -> inSession(session, () -> twoFactor.confirmEnrolment("000000")))
                .isInstanceOf(SecondFactorException.class).hasMessageContaining("not right");
        assertThat(signedInAs(session)).isNull();
        assertThat(repository.findByUsername(analyst).orElseThrow().getTotpEnrolledAt()).isNull();

        inSession(session, () -> twoFactor.confirmEnrolment(codeNow(secret, 0)));
        assertThat(signedInAs(session)).isEqualTo(analyst);
        assertThat(session.getAttribute(PendingSignIn.ATTRIBUTE)).isNull();
        assertThat(repository.findByUsername(analyst).orElseThrow().getTotpEnrolledAt()).isNotNull();
        assertThat(repository.findByUsername(analyst).orElseThrow().getLastLoginAt()).isNotNull();
        assertThat(trail(analyst, AuditAction.SECOND_FACTOR_ENROLLED)).hasSize(1);
        assertThat(trail(analyst, AuditAction.SECOND_FACTOR_FAILED)).hasSize(1);
        assertThat(trail(analyst, AuditAction.SIGNED_IN)).extracting(AuditEntry::getDetail)
                .contains("second factor: authenticator app set up");
    }

    @Test
    void everyCodeWorksOnce() {
        String admin = account(Role.ADMIN);
        String secret = enrol(admin);
        String usedAtEnrolment = codeNow(secret, 0);

        MockHttpSession again = afterPassword(admin, Instant.now());
        assertThat(inSession(again, () -> twoFactor.pending())).contains(new TwoFactorService.Pending(admin, true));
        assertThatThrownBy(() -> inSession(again, () -> twoFactor.verify(usedAtEnrolment)))
                .isInstanceOf(SecondFactorException.class);
        assertThat(signedInAs(again)).isNull();
        inSession(again, () -> twoFactor.verify(codeNow(secret, 1)));
        assertThat(signedInAs(again)).isEqualTo(admin);

        MockHttpSession third = afterPassword(admin, Instant.now());
        assertThatThrownBy(() -> inSession(third, () -> twoFactor.verify(codeNow(secret, 1))))
                .isInstanceOf(SecondFactorException.class);
    }

    @Test
    void wrongCodesAreThrottledLikeWrongPasswords() {
        String organiser = account(Role.ORGANISER);
        String secret = enrol(organiser);
        MockHttpSession session = afterPassword(organiser, Instant.now());
        for (int i = 0; i < LoginThrottle.ACCOUNT_THRESHOLD; i++) {
            assertThatThrownBy(() -> inSession(session, () -> twoFactor.verify("000000"))).hasMessageContaining("not right");
        }
        assertThatThrownBy(() -> inSession(session, () -> twoFactor.verify(codeNow(secret, 1))))
                .isInstanceOf(SecondFactorException.class).hasMessageContaining("Too many wrong codes. Wait");
        assertThat(signedInAs(session)).isNull();
    }

    @Test
    void aPendingSignInExpiresAndADisabledAccountCannotFinish() {
        String organiser = account(Role.ORGANISER);
        String secret = enrol(organiser);
        MockHttpSession old = afterPassword(organiser, Instant.now().minus(PendingSignIn.LIFETIME).minusSeconds(1));
        assertThat(inSession(old, () -> twoFactor.pending())).isEmpty();
        assertThatThrownBy(() -> inSession(old, () -> twoFactor.verify(codeNow(secret, 1))))
                .isInstanceOfSatisfying(SecondFactorException.class, e -> assertThat(e.signInAgain()).isTrue());

        MockHttpSession pending = afterPassword(organiser, Instant.now());
        UserAccount stored = system.call(() -> accounts.findByUsername(organiser).orElseThrow());
        stored.setEnabled(false);
        system.call(() -> accounts.update(stored));
        assertThatThrownBy(() -> inSession(pending, () -> twoFactor.verify(codeNow(secret, 1))))
                .isInstanceOfSatisfying(SecondFactorException.class, e -> assertThat(e.signInAgain()).isTrue());
        assertThat(signedInAs(pending)).isNull();
    }

    @Test
    void withoutAPendingSignInThereIsNothingToConfirm() {
        MockHttpSession empty = new MockHttpSession();
        assertThat(inSession(empty, () -> twoFactor.pending())).isEmpty();
        assertThatThrownBy(() -> inSession(empty, () -> twoFactor.startEnrolment())).isInstanceOf(SecondFactorException.class);
        assertThatThrownBy(() -> inSession(empty, () -> twoFactor.verify("123456"))).isInstanceOf(SecondFactorException.class);
    }

    @Test
    void theApiAsksTheSameSecondFactorOfTheseRoles() throws Exception {
        String analyst = account(Role.ANALYST);
        HttpResponse<String> notSetUp = api(analyst, null);
        assertThat(notSetUp.statusCode()).isEqualTo(401);
        assertThat(notSetUp.body()).contains("second_factor_not_set_up");

        String secret = enrol(analyst);
        HttpResponse<String> noCode = api(analyst, null);
        assertThat(noCode.statusCode()).isEqualTo(401);
        assertThat(noCode.body()).contains("second_factor_required").doesNotContain(analyst + "\"");
        String code = codeNow(secret, 1);
        HttpResponse<String> withCode = api(analyst, code);
        assertThat(withCode.statusCode()).isEqualTo(200);
        assertThat(withCode.body()).contains(analyst);
        HttpResponse<String> replayed = api(analyst, code);
        assertThat(replayed.statusCode()).isEqualTo(401);
        assertThat(replayed.body()).contains("second_factor_rejected");
    }

    @Test
    void anAdministratorResetsALostPhoneAndTheUserSetsUpANewApp() {
        String organiser = account(Role.ORGANISER);
        enrol(organiser);
        long id = system.call(() -> accounts.findByUsername(organiser).orElseThrow().getId());
        String admin = account(Role.ADMIN);
        assertThatThrownBy(() -> system.callAs(organiser, Role.ORGANISER, () -> {
            twoFactor.reset(id);
            return null;
        })).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        system.callAs(admin, Role.ADMIN, () -> {
            twoFactor.reset(id);
            return null;
        });
        assertThat(repository.findByUsername(organiser).orElseThrow().getTotpEnrolledAt()).isNull();
        assertThat(trail(admin, AuditAction.SECOND_FACTOR_RESET)).extracting(AuditEntry::getTarget).containsExactly("user " + organiser);
        MockHttpSession next = afterPassword(organiser, Instant.now());
        assertThat(inSession(next, () -> twoFactor.pending())).contains(new TwoFactorService.Pending(organiser, false));
    }
}
