package org.greenborder.academy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * The administrator's first sign-in with the second factor switched on, in a real browser: the password leads to
 * the set-up page, the app's secret is read off it (as a phone would scan it), a wrong code is refused where the
 * user types, the right one opens the application; the next sign-in asks only for a code, and the audit log shows
 * both.
 */
@TestPropertySource(properties = "gba.security.two-factor.enforced=true")
class TwoFactorSignInE2E extends BrowserTestBase {

    private static final TimeBasedOneTimePasswordGenerator APP = new TimeBasedOneTimePasswordGenerator();

    /** What the phone shows, {@code stepsAhead} 30-second steps from now (each code works once). */
    private static String code(String secret, int stepsAhead) throws Exception {
        SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret), APP.getAlgorithm());
        return APP.generateOneTimePasswordString(key, Instant.now().plus(APP.getTimeStep().multipliedBy(stepsAhead)));
    }

    private WebElement waitFor(String id) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private void typeCode(String code) {
        WebElement input = driver.findElement(By.cssSelector("#two-factor-code input"));
        input.clear();
        input.sendKeys(code);
        driver.findElement(By.id("two-factor-confirm")).click();
    }

    @Test
    void theAdministratorSetsUpTheAppAtTheFirstSignInAndGivesACodeAtTheNext() throws Exception {
        String baseUrl = signedOut();
        LoginPage.open(driver, baseUrl).submit("admin", "ozone-layer-1987");

        String secret = waitFor("two-factor-secret").getText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(driver.findElement(By.id("two-factor-qr")).isDisplayed()).isTrue();
        // not signed in yet: a page of the application sends the browser back to the sign-in page
        assertThat(driver.findElements(By.id("main-menu"))).isEmpty();

        typeCode("000000");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("two-factor-message"), "not right"));
        typeCode(code(secret, 0));
        ShellPage home = new ShellPage(driver);
        assertThat(home.greeting()).isEqualTo("Welcome, Platform Administrator");
        home.signOut();

        LoginPage.open(driver, baseUrl).submit("admin", "ozone-layer-1987");
        waitFor("two-factor-code");
        assertThat(driver.findElements(By.id("two-factor-qr"))).isEmpty();
        typeCode(code(secret, 1));
        String audit = new ShellPage(driver).openAndReadPage(baseUrl, "admin/audit");
        assertThat(audit).contains("Second factor set up", "Second factor failed", "second factor: authenticator code",
                "second factor: authenticator app set up");
    }
}
