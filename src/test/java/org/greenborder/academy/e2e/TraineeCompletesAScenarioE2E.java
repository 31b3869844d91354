package org.greenborder.academy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.greenborder.academy.scenario.AttemptStatus;
import org.greenborder.academy.scenario.ScenarioService;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.support.SignedIn;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.junit.jupiter.api.Test;

/**
 * A trainee works the HCFC-22 shipment in Chromium: inspects, notes red flags, seizes, and reads the review; and
 * a second tab of the same attempt cannot decide it twice.
 */
class TraineeCompletesAScenarioE2E extends BrowserTestBase {

    @Test
    void aTraineeCompletesAScenarioAndReadsTheReview() {
        String baseUrl = signedOut();
        LoginPage.open(driver, baseUrl).signInAs("trainee", "ozone-layer-1987");
        TrainingPage training = TrainingPage.open(driver, baseUrl);
        training.start("hcfc22-declared-as-hfc134a");
        assertThat(training.budget()).startsWith("Officer time left: 240 of 240 min");

        training.inspect("licence-check");
        training.note("price");
        training.note("alert-match");
        training.decide("Detain the container", null);
        assertThat(training.stageTitle()).isEqualTo("At the examination bay");
        training.inspect("identifier");
        training.note("reads-r22");
        training.decide("Seize the shipment", "National ODS licensing");

        assertThat(training.review()).contains("Passed");
        assertThat(training.flagsReview()).contains("The identifier reads R-22 in cylinders labelled R-134a")
                .contains("Missed").contains("rightly left alone");
        assertThat(driver.getCurrentUrl()).contains("/training/review/");
    }

    @Test
    void aSecondTabOfTheSameAttemptCannotDecideAgain() {
        String baseUrl = signedOut();
        LoginPage.open(driver, baseUrl).signInAs("trainee", "ozone-layer-1987");
        TrainingPage first = TrainingPage.open(driver, baseUrl);
        first.start("lead-acid-batteries-no-consent");
        String attemptUrl = driver.getCurrentUrl();
        String firstTab = driver.getWindowHandle();

        driver.switchTo().newWindow(WindowType.TAB);
        driver.get(attemptUrl);
        TrainingPage second = new TrainingPage(driver);
        second.decideFirstClosingOption();
        assertThat(second.review()).isNotEmpty();

        // the first tab still showed the open attempt: the server pushes the change and it follows to the review
        driver.switchTo().window(firstTab);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("/training/review/"));
        assertThat(closedBatteryAttempts()).isEqualTo(1);
    }

    @Autowired
    ScenarioService scenarioService;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    /** Closed attempts of the demo trainee on the battery scenario: one decision, one closed attempt. */
    private long closedBatteryAttempts() {
        return SignedIn.as(contextHolder, "trainee", Role.TRAINEE,
                () -> scenarioService.myAttempts().stream().filter(a -> a.scenarioId().equals("lead-acid-batteries-no-consent")
                        && a.status() != AttemptStatus.IN_PROGRESS).count());
    }
}
