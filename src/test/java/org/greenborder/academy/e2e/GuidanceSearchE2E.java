package org.greenborder.academy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An officer types in the shell's search box on any page, gets highlighted results and opens a document. */
class GuidanceSearchE2E extends BrowserTestBase {

    @Test
    void searchFromTheShellAndOpenADocument() {
        String baseUrl = signedOut();
        LoginPage.open(driver, baseUrl).signInAs("trainee", "ozone-layer-1987");
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
