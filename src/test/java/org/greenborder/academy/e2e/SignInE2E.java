package org.greenborder.academy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo logins in a real browser against the running application. */
class SignInE2E extends BrowserTestBase {

    private String baseUrl;

    @BeforeEach
    void freshSession() {
        baseUrl = signedOut();
    }

    @Test
    void theAdministratorSignsInAndSeesTheAdministratorsHome() {
        ShellPage home = LoginPage.open(driver, baseUrl).signInAs("admin", "ozone-layer-1987");
        assertThat(home.greeting()).isEqualTo("Welcome, Platform Administrator");
        assertThat(home.hasHomeSection("admin")).isTrue();
        assertThat(home.menuEntries()).containsExactly("Home", "Workshops", "My workshops", "Follow-up", "Certificates", "Guidance library", "Inspection training", "My training", "My certificates", "Training results", "Regional needs", "Needs assessments", "Users", "Audit log", "Guidance import", "Scenarios", "My account");
        assertThat(home.signedInUser()).isEqualTo("admin");
        // the sign-in just made is recorded: the administrator's own row shows its time
        assertThat(home.openAndReadPage(baseUrl, "admin/users")).contains("Khamphet Sisavath", "Siriporn Chaiyasit", " UTC");
        home.signOut();
    }

    @Test
    void theOrganiserSignsInAndSeesTheOrganisersHome() {
        ShellPage home = LoginPage.open(driver, baseUrl).signInAs("organiser", "ozone-layer-1987");
        assertThat(home.greeting()).isEqualTo("Welcome, Siriporn Chaiyasit");
        assertThat(home.hasHomeSection("organiser")).isTrue();
        assertThat(home.hasHomeSection("admin")).isFalse();
        assertThat(home.menuEntries()).containsExactly("Home", "Workshops", "My workshops", "Follow-up", "Certificates", "Guidance library", "Inspection training", "My training", "My certificates", "Training results", "Regional needs", "My account");
        home.signOut();
    }

    @Test
    void theTraineeSignsInSeesTheTraineesHomeAndIsRefusedTheAdministratorsPage() {
        ShellPage home = LoginPage.open(driver, baseUrl).signInAs("trainee", "ozone-layer-1987");
        assertThat(home.greeting()).isEqualTo("Welcome, Khamphet Sisavath");
        assertThat(home.hasHomeSection("trainee")).isTrue();
        assertThat(home.menuEntries()).containsExactly("Home", "Workshops", "My workshops", "Guidance library", "Inspection training", "My training", "My certificates", "My account");
        assertThat(home.openAndReadPage(baseUrl, "admin/users")).contains("Access denied").doesNotContain("Siriporn");
        home.signOut();
    }

    @Test
    void theAnalystSignsInAndSeesTheAnalystsHome() {
        ShellPage home = LoginPage.open(driver, baseUrl).signInAs("analyst", "ozone-layer-1987");
        assertThat(home.greeting()).isEqualTo("Welcome, Maya Lindqvist");
        assertThat(home.hasHomeSection("analyst")).isTrue();
        assertThat(home.menuEntries()).containsExactly("Home", "Workshops", "My workshops", "Follow-up", "Guidance library", "Inspection training", "My training", "My certificates", "Training results", "Regional needs", "Needs assessments", "My account");
        home.signOut();
    }

    @Test
    void aWrongPasswordShowsAnErrorAndNoApplicationPage() {
        LoginPage login = LoginPage.open(driver, baseUrl).signInExpectingFailure("trainee", "not-the-password");
        assertThat(login.showsError()).isTrue();
        assertThat(login.errorText()).contains("not correct");
        assertThat(driver.findElements(org.openqa.selenium.By.id("main-menu"))).isEmpty();
    }

    @Test
    void signingOutEndsTheSession() {
        LoginPage.open(driver, baseUrl).signInAs("analyst", "ozone-layer-1987").signOut();
        driver.get(baseUrl + "/account");
        new LoginPage(driver);
        assertThat(driver.getCurrentUrl()).endsWith("/login");
    }
}
