package org.greenborder.academy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A trainee works the HCFC-22 shipment in Chromium: inspects, notes red flags, seizes, and reads the review. */
class TraineeCompletesAScenarioE2E extends BrowserTestBase {

    @Test
    void aTraineeCompletesAScenarioAndReadsTheReview() {
        String baseUrl = signedOut();
        LoginPage.open(driver, baseUrl).signInAs("trainee", "greenborder");
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
}
