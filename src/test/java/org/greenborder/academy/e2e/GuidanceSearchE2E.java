package org.greenborder.academy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.greenborder.academy.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** An officer types in the shell's search box on any page, gets highlighted results and opens a document. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GuidanceSearchE2E {

    private static ChromeDriver driver;

    @Value("${local.server.port}")
    int port;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void searchFromTheShellAndOpenADocument() {
        String baseUrl = "http://localhost:" + port;
        driver.manage().deleteAllCookies();
        LoginPage.open(driver, baseUrl).signInAs("trainee", "greenborder");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#shell-search input")));
        box.sendKeys("R22 bottles code", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/guidance"));
        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#guidance-results .gba-result a")));
        assertThat(driver.findElement(By.id("guidance-results")).getDomProperty("innerHTML")).contains("<mark>");
        String title = first.getText();
        first.click();

        WebElement document = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("guidance-document")));
        assertThat(document.getText()).contains(title);
        assertThat(driver.getCurrentUrl()).contains("/guidance/doc/");
    }
}
