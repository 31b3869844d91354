package org.greenborder.academy.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.greenborder.academy.support.HttpBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sessions over real HTTP, as a browser holds them: a new session id at sign-in, the cookie's flags, sign-out that
 * ends the session, and an administrator's change of an account (disabled, a role removed, password reset) that
 * ends the sessions it already has. Also the security headers on the pages and the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionSecurityTest {

    private static final String PASSWORD = "a walk along the mekong";

    @Value("${local.server.port}")
    int port;

    @Autowired
    UserAccountService accounts;

    @Autowired
    SystemIdentity system;

    @Autowired
    ServletRegistrationBean<SpringServlet> vaadinServlet;

    @Autowired
    UserAccountRepository repository;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Work done as it arrives from a page: a request in this browser's session, signed in as its user. */
    private void inSessionOf(HttpBrowser browser, String username, Runnable work) {
        var request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, browser.session));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            system.callAs(username, Role.TRAINEE, () -> {
                work.run();
                return null;
            });
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private String newTrainee() {
        String username = "session-" + UUID.randomUUID().toString().substring(0, 8);
        system.call(() -> accounts.create(new NewAccount(username, "Session Test", null, null, null,
                EnumSet.of(Role.TRAINEE, Role.ORGANISER), PASSWORD)));
        return username;
    }

    @Test
    void signingInGivesANewSessionIdWithAHttpOnlySameSiteCookie() throws Exception {
        HttpBrowser browser = new HttpBrowser(port);
        browser.csrf("/login");
        String before = browser.session;
        assertThat(before).isNotNull();

        HttpResponse<String> response = browser.signIn(newTrainee(), PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(browser.session).isNotNull().isNotEqualTo(before);
        assertThat(browser.lastSetCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure"); // plain HTTP here; over TLS the container adds Secure
        assertThat(browser.signedIn()).isTrue();
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        HttpBrowser browser = new HttpBrowser(port);
        browser.signIn(newTrainee(), PASSWORD);
        String token = browser.csrf("/account");
        String session = browser.session;

        HttpResponse<String> out = browser.post("/logout", Map.of("_csrf", token));

        assertThat(out.statusCode()).isEqualTo(302);
        browser.session = session; // a stolen copy of the old cookie is worth nothing now
        assertThat(browser.signedIn()).isFalse();
    }

    @Test
    void disablingAnAccountEndsItsSessions() throws Exception {
        String username = newTrainee();
        HttpBrowser first = new HttpBrowser(port);
        HttpBrowser second = new HttpBrowser(port);
        first.signIn(username, PASSWORD);
        second.signIn(username, PASSWORD);
        HttpBrowser other = new HttpBrowser(port);
        other.signIn(newTrainee(), PASSWORD);
        assertThat(first.signedIn() && second.signedIn() && other.signedIn()).isTrue();

        system.run(() -> {
            UserAccount account = accounts.findByUsername(username).orElseThrow();
            account.setEnabled(false);
            accounts.update(account);
        });

        assertThat(first.signedIn()).isFalse();
        assertThat(second.signedIn()).isFalse();
        assertThat(other.signedIn()).as("someone else's session").isTrue();
        assertThat(new HttpBrowser(port).signIn(username, PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("error"));
    }

    @Test
    void removingARoleOrResettingThePasswordEndsTheSessions() throws Exception {
        String username = newTrainee();
        HttpBrowser browser = new HttpBrowser(port);
        browser.signIn(username, PASSWORD);
        system.run(() -> {
            UserAccount account = accounts.findByUsername(username).orElseThrow();
            account.setRoles(EnumSet.of(Role.TRAINEE));
            accounts.update(account);
        });
        assertThat(browser.signedIn()).as("after losing the organiser role").isFalse();

        browser.signIn(username, PASSWORD);
        assertThat(browser.signedIn()).isTrue();
        system.run(() -> accounts.resetPassword(accounts.findByUsername(username).orElseThrow().getId(), "another mekong walk"));
        assertThat(browser.signedIn()).as("after a password reset").isFalse();
    }

    @Test
    void pagesAndTheApiCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = new HttpBrowser(port).get("/login");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "default-src 'self'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("only over TLS").isEmpty();

        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).startsWith("default-src 'none'"));
        assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        HttpResponse<String> crossOrigin = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Origin", "https://elsewhere.example").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Access-Control-Request-Method", "GET").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(crossOrigin.headers().firstValue("Access-Control-Allow-Origin")).as("no CORS for other sites").isEmpty();
    }

    @Test
    void vaadinsHeartbeatDoesNotKeepAnIdleSessionAlive() throws Exception {
        new HttpBrowser(port).get("/login"); // the servlet starts on its first request
        // with closeIdleSessions, only user actions count: an open tab alone ends its session after the timeout
        assertThat(vaadinServlet.getServlet().getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }

    @Test
    void aLongPassphraseInLaoScriptIsHashedWithArgon2AndSignsIn() throws Exception {
        String username = "lao-" + UUID.randomUUID().toString().substring(0, 8);
        String passphrase = "ຂ້ອຍຮັກແມ່ນ້ຳຂອງແລະພູເຂົາຂອງລາວຫຼາຍທີ່ສຸດ"; // 41 characters, 123 bytes: more than bcrypt takes
        assertThat(passphrase.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        system.call(() -> accounts.create(new NewAccount(username, "Lao Passphrase", null, null, null,
                EnumSet.of(Role.TRAINEE), passphrase)));
        assertThat(repository.findByUsername(username).orElseThrow().getPasswordHash()).startsWith("{argon2@");

        HttpBrowser browser = new HttpBrowser(port);
        browser.signIn(username, passphrase);
        assertThat(browser.signedIn()).isTrue();
    }

    @Test
    void aBcryptHashFromBeforeStillSignsInAndIsReplacedByArgon2() throws Exception {
        String username = newTrainee();
        UserAccount account = repository.findByUsername(username).orElseThrow();
        account.setPasswordHash("{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD));
        repository.save(account);

        HttpBrowser browser = new HttpBrowser(port);
        browser.signIn(username, PASSWORD);

        assertThat(browser.signedIn()).isTrue();
        assertThat(repository.findByUsername(username).orElseThrow().getPasswordHash()).startsWith("{argon2@");
    }

    @Test
    void traceIsNotAnswered() throws Exception {
        HttpBrowser browser = new HttpBrowser(port);
        browser.signIn(newTrainee(), PASSWORD);
        HttpResponse<String> trace = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/account"))
                .header("Cookie", "JSESSIONID=" + browser.session).header("X-Secret", "echo me")
                .method("TRACE", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(trace.statusCode()).as("refused (Spring Security or Tomcat)").isIn(403, 405);
        assertThat(trace.body()).doesNotContain("echo me", browser.session);
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneMustWaitOnTheFormAndTheApi() throws Exception {
        String username = newTrainee();
        for (int i = 0; i < LoginThrottle.ACCOUNT_THRESHOLD; i++) {
            assertThat(new HttpBrowser(port).signIn(username, "not the password " + i).headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }

        HttpResponse<String> form = new HttpBrowser(port).signIn(username, PASSWORD);
        assertThat(form.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?error&wait="));

        String basic = Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(api.headers().firstValue("Retry-After")).isPresent();
        assertThat(api.body()).contains("\"error\":\"too_many_attempts\"");
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        String username = newTrainee();
        HttpBrowser here = new HttpBrowser(port);
        HttpBrowser elsewhere = new HttpBrowser(port);
        here.signIn(username, PASSWORD);
        elsewhere.signIn(username, PASSWORD);

        // the change as it arrives from the account page: a request in this browser's session, signed in as its user
        inSessionOf(here, username, () -> accounts.changeOwnPassword(PASSWORD, "a new walk along the mekong"));

        assertThat(here.signedIn()).as("the session that made the change").isTrue();
        assertThat(elsewhere.signedIn()).as("another session of the same account").isFalse();
    }

    @Test
    void usersSeeTheirSessionsAndSignOutTheOthersWithTheirPassword() throws Exception {
        String username = newTrainee();
        HttpBrowser here = new HttpBrowser(port);
        HttpBrowser elsewhere = new HttpBrowser(port);
        here.signIn(username, PASSWORD);
        elsewhere.signIn(username, PASSWORD);

        inSessionOf(here, username, () ->
                assertThat(accounts.mySessions()).hasSize(2).filteredOn(SessionInfo::current).hasSize(1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inSessionOf(here, username,
                () -> accounts.endMyOtherSessions("not my password"))).isInstanceOf(IncorrectPasswordException.class);
        assertThat(elsewhere.signedIn()).as("a wrong password ends nothing").isTrue();
        inSessionOf(here, username, () -> accounts.endMyOtherSessions(PASSWORD));
        assertThat(here.signedIn()).as("this browser").isTrue();
        assertThat(elsewhere.signedIn()).as("the other browser").isFalse();
    }

    @Test
    void anAdministratorSignsAUserOutEverywhere() throws Exception {
        String username = newTrainee();
        HttpBrowser browser = new HttpBrowser(port);
        browser.signIn(username, PASSWORD);
        assertThat(browser.signedIn()).isTrue();
        long id = system.call(() -> accounts.findByUsername(username).orElseThrow().getId());
        system.call(() -> {
            accounts.endSessions(id);
            return null;
        });
        assertThat(browser.signedIn()).isFalse();
        // the account itself stays usable
        HttpBrowser again = new HttpBrowser(port);
        again.signIn(username, PASSWORD);
        assertThat(again.signedIn()).isTrue();
    }

    @Test
    void aPasswordAnAdministratorChoseOpensNoApiUntilItsOwnerChoosesTheirs() throws Exception {
        String username = "session-" + UUID.randomUUID().toString().substring(0, 8);
        system.callAs("admin", Role.ADMIN, () -> accounts.create(new NewAccount(username, "Session Test", null, null, null,
                EnumSet.of(Role.TRAINEE), PASSWORD)));
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("password_change_required");

        system.callAs(username, Role.TRAINEE, () -> {
            accounts.changeOwnPassword(PASSWORD, "a walk of my own choosing");
            return null;
        });
        String own = "Basic " + Base64.getEncoder().encodeToString((username + ":a walk of my own choosing").getBytes(StandardCharsets.UTF_8));
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", own).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }
}
