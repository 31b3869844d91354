package org.greenborder.academy.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Any page inside the application shell: menu, signed-in user, the current view. */
class ShellPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    ShellPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("main-menu")));
    }

    List<String> menuEntries() {
        return driver.findElements(By.cssSelector("#main-menu > vaadin-side-nav-item")).stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }

    String greeting() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-greeting"))).getText();
    }

    boolean hasHomeSection(String role) {
        return !driver.findElements(By.id("home-" + role)).isEmpty();
    }

    String signedInUser() {
        return driver.findElement(By.id("signed-in-user")).getText();
    }

    String openAndReadPage(String baseUrl, String path) {
        driver.get(baseUrl + "/" + path);
        new ShellPage(driver);
        return driver.findElement(By.tagName("vaadin-app-layout")).getText();
    }

    LoginPage signOut() {
        driver.findElement(By.id("logout")).click();
        return new LoginPage(driver);
    }
}
