package org.greenborder.academy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Supplier;
import org.greenborder.academy.scenario.ExerciseService;
import org.greenborder.academy.scenario.ExerciseSummary;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.support.SignedIn;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.support.Browser;
import org.greenborder.academy.workshop.EventFilter;
import org.greenborder.academy.workshop.WorkshopService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Server push in a real browser: the demo trainee, on the training page, is told the moment the organiser starts
 * an exercise of the Asian Network workshop, joins from the notification, and the organiser's live board (in a
 * second Chromium) shows the trainee's move without reloading.
 */
class LiveExerciseE2E extends BrowserTestBase {

    @Autowired
    ExerciseService exercises;
    @Autowired
    WorkshopService workshops;
    @Autowired
    SystemIdentity system;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    private <T> T asOrganiser(Supplier<T> work) {
        return SignedIn.as(contextHolder, "organiser", Role.ORGANISER, work);
    }

    @Test
    void theRoomIsToldAtOnceAndTheBoardFollowsWithoutReloading() {
        long eventId = system.call(() -> workshops.list(EventFilter.ANY)).stream()
                .filter(event -> event.title().contains("Asian Network")).findFirst().orElseThrow().id();
        ExerciseSummary exercise = asOrganiser(() -> {
            long session = exercises.sessionChoices(eventId).getFirst().id();
            return exercises.attach(eventId, session, "hcfc22-declared-as-hfc134a", false);
        });

        String baseUrl = signedOut();
        LoginPage.open(driver, baseUrl).signInAs("trainee", "ozone-layer-1987");
        driver.get(baseUrl + "/training");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("scenario-cards")));

        asOrganiser(() -> exercises.start(exercise.id()));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("exercise-started-join"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attempt-stage")));
        assertThat(driver.getCurrentUrl()).contains("/training/attempt/");

        ChromeDriver board = Browser.start();
        try {
            LoginPage.open(board, baseUrl).signInAs("organiser", "ozone-layer-1987");
            board.get(baseUrl + "/exercise-board/" + exercise.id());
            WebDriverWait boardWait = new WebDriverWait(board, Duration.ofSeconds(30));
            boardWait.ignoring(StaleElementReferenceException.class);
            boardWait.until(d -> d.findElement(By.id("board-summary")).getText().startsWith("1 joined"));

            new TrainingPage(driver).inspect("licence-check");
            boardWait.until(d -> d.findElement(By.id("board")).getText().contains("trainee")
                    && d.findElement(By.id("board")).getText().contains("The declaration")
                    && d.findElement(By.id("board")).getText().matches("(?s).*\\b1\\b.*"));
            new TrainingPage(driver).decide("Release", "No ground to hold");
            boardWait.until(d -> d.findElement(By.id("board-summary")).getText().equals("1 joined, 1 finished"));
        } finally {
            board.quit();
        }
    }
}
