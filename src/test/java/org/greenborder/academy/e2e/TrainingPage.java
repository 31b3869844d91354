package org.greenborder.academy.e2e;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The trainee's catalogue, attempt screen and review, by the components' stable ids. */
class TrainingPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    TrainingPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // every move re-renders the screen, so elements found a moment ago may be gone
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    static TrainingPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/training");
        return new TrainingPage(driver);
    }

    void start(String scenarioId) {
        click(By.id("start-" + scenarioId));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attempt-stage")));
    }

    String budget() {
        return text(By.id("attempt-budget"));
    }

    void inspect(String actionId) {
        String before = budget();
        click(By.id("action-" + actionId));
        wait.until(driver -> !budget().equals(before));
    }

    void note(String flagId) {
        click(By.id("flag-" + flagId));
        wait.until(driver -> driver.findElement(By.id("flag-" + flagId)).getDomAttribute("checked") != null);
    }

    String stageTitle() {
        return text(By.cssSelector("#attempt-stage h3"));
    }

    void decide(String option, String legalBasis) {
        String stage = stageTitle();
        click(radio("decision-options", option));
        if (legalBasis != null) {
            click(radio("decision-legal-basis", legalBasis));
        }
        click(By.id("decide"));
        click(By.cssSelector("vaadin-confirm-dialog[id='confirm-decision'] [slot='confirm-button']"));
        if (legalBasis == null) {
            wait.until(driver -> !stageTitle().equals(stage));
        }
    }

    /** Chooses the first option that closes the case and the first legal basis, and confirms. */
    void decideFirstClosingOption() {
        click(By.xpath("//vaadin-radio-group[@id='decision-options']//vaadin-radio-button[1]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-legal-basis")));
        click(By.xpath("//vaadin-radio-group[@id='decision-legal-basis']//vaadin-radio-button[1]"));
        click(By.id("decide"));
        click(By.cssSelector("vaadin-confirm-dialog[id='confirm-decision'] [slot='confirm-button']"));
    }

    String review() {
        return text(By.id("review-result"));
    }

    String flagsReview() {
        return text(By.id("review-flags"));
    }

    /** The element's text, read inside the wait: the screen may re-render between finding and reading. */
    private String text(By locator) {
        return wait.until(driver -> driver.findElement(locator).getDomProperty("textContent"));
    }

    private static By radio(String groupId, String text) {
        return By.xpath("//vaadin-radio-group[@id='" + groupId + "']//vaadin-radio-button[contains(normalize-space(.), \"" + text + "\")]");
    }

    private void click(By locator) {
        wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class).until(driver -> {
            WebElement element = driver.findElement(locator);
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
    }
}
