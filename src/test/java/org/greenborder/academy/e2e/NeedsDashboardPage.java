package org.greenborder.academy.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The regional needs dashboard and the country profile it links to. */
class NeedsDashboardPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    NeedsDashboardPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("needs-dashboard-view")));
    }

    static NeedsDashboardPage openFromMenu(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-side-nav-item[normalize-space(.)='Regional needs']"))).click();
        return new NeedsDashboardPage(driver);
    }

    NeedsDashboardPage filterSubRegion(String label) {
        WebElement select = driver.findElement(By.id("needs-region"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].opened = true;", select);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']"))).click();
        wait.until(ExpectedConditions.urlContains("region="));
        return this;
    }

    /** The countries in the heat map, as their links read. */
    List<String> heatMapCountries() {
        return driver.findElements(By.cssSelector("#needs-heat-map a[id^='heat-country-']")).stream().map(WebElement::getText).toList();
    }

    String totals() {
        return driver.findElement(By.id("needs-totals")).getText();
    }

    boolean hasChart(String id) {
        return !driver.findElements(By.cssSelector("#" + id + " svg")).isEmpty();
    }

    CountryProfilePage openCountry(String isoCode) {
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.id("heat-country-" + isoCode)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
        link.click();
        return new CountryProfilePage(driver);
    }

    static class CountryProfilePage {

        private final WebDriver driver;
        private final WebDriverWait wait;

        CountryProfilePage(WebDriver driver) {
            this.driver = driver;
            this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("country-profile-view")));
        }

        String heading() {
            return wait.until(d -> {
                String text = d.findElement(By.cssSelector("#country-profile-view h2")).getDomProperty("textContent");
                return text == null || text.isBlank() ? null : text.strip();
            });
        }

        String recommendations() {
            return driver.findElement(By.id("profile-recommendations")).getDomProperty("textContent");
        }

        NeedsDashboardPage back() {
            WebElement link = driver.findElement(By.id("profile-back"));
            // the page opens scrolled as far as the dashboard was
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
            wait.until(ExpectedConditions.elementToBeClickable(link)).click();
            return new NeedsDashboardPage(driver);
        }
    }

    void downloadReport() {
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.id("needs-report")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
        link.click();
    }
}
