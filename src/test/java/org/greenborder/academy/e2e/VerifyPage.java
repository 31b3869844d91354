package org.greenborder.academy.e2e;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The public certificate check: the status of a code, its details and the "check a code" form, by stable ids. */
class VerifyPage {

    private static final By STATUS = By.id("verify-status");
    private static final By DETAILS = By.id("verify-details");
    private static final By CODE_INPUT = By.cssSelector("#verify-code input");
    private static final By CHECK = By.id("verify-check");

    private final WebDriver driver;
    private final WebDriverWait wait;

    VerifyPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // each check navigates and re-renders the view, so an element found a moment ago may be replaced
        this.wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
        wait.until(ExpectedConditions.visibilityOfElementLocated(CODE_INPUT));
    }

    /** Opens a path of the application (e.g. {@code /verify/7KQM-…}) in the browser's current session. */
    static VerifyPage open(WebDriver driver, String baseUrl, String path) {
        driver.get(baseUrl + path);
        return new VerifyPage(driver);
    }

    /**
     * The status the page gives ({@code valid}, {@code revoked}, {@code unknown}…), once the server has rendered
     * one: the view is built in the browser after the page loads, so the element may not have it yet.
     */
    String status() {
        return wait.until(driver -> {
            WebElement status = driver.findElement(STATUS);
            String value = status.getDomAttribute("data-status");
            return value != null && status.isDisplayed() ? value : null;
        });
    }

    String statusText() {
        status();
        return driver.findElement(STATUS).getText().strip();
    }

    String details() {
        status();
        return driver.findElement(DETAILS).getText();
    }

    /** Types a code into the form and checks it; returns once the page shows the answer for that code. */
    VerifyPage check(String code) {
        String before = driver.getCurrentUrl();
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(CODE_INPUT));
        input.clear();
        input.sendKeys(code);
        wait.until(ExpectedConditions.elementToBeClickable(CHECK)).click();
        // checking navigates to /verify/{code}: the new address comes with the server's answer for that code
        wait.until(driver -> !driver.getCurrentUrl().equals(before));
        status();
        return this;
    }

    /** Neither the sign-in form nor the application's menu: the page is shown as it is to anyone. */
    boolean isPublic() {
        return driver.findElements(By.id("login-form")).isEmpty() && driver.findElements(By.id("main-menu")).isEmpty()
                && driver.getCurrentUrl().contains("/verify");
    }

    String pageSource() {
        return driver.getPageSource();
    }
}
