package org.greenborder.academy.e2e;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The sign-in page: Vaadin's login form, whose inputs sit in the light DOM of its text fields. */
class LoginPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    LoginPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login-form input[name='username']")));
    }

    static LoginPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/login");
        return new LoginPage(driver);
    }

    ShellPage signInAs(String username, String password) {
        submit(username, password);
        return new ShellPage(driver);
    }

    LoginPage signInExpectingFailure(String username, String password) {
        submit(username, password);
        wait.until(ExpectedConditions.urlContains("error"));
        return new LoginPage(driver);
    }

    void submit(String username, String password) {
        WebElement user = driver.findElement(By.cssSelector("#login-form input[name='username']"));
        WebElement secret = driver.findElement(By.cssSelector("#login-form input[name='password']"));
        user.clear();
        user.sendKeys(username);
        secret.clear();
        secret.sendKeys(password);
        driver.findElement(By.cssSelector("#login-form vaadin-button[slot='submit']")).click();
    }

    boolean showsError() {
        WebElement form = driver.findElement(By.id("login-form"));
        return form.getDomProperty("error") != null && Boolean.parseBoolean(form.getDomProperty("error"));
    }

    String errorText() {
        return driver.findElement(By.id("login-form")).getText();
    }
}
