package org.greenborder.academy.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The workshop pages as an organiser drives them: event list, new-event dialog, the event's tabs. */
class WorkshopPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    WorkshopPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    WorkshopPage createEvent(String baseUrl, String title, String startIso, String endIso, String country) {
        driver.get(baseUrl + "/workshops");
        click(By.id("workshops-new"));
        type(By.cssSelector("#event-title input"), title);
        setProperty(By.id("event-start"), "value", startIso);
        setProperty(By.id("event-end"), "value", endIso);
        type(By.cssSelector("#event-city input"), "Vientiane");
        WebElement countryInput = visible(By.cssSelector("#event-country input"));
        countryInput.sendKeys(country);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-combo-box-item")));
        countryInput.sendKeys(Keys.ENTER);
        wait.until(driver -> !visible(By.cssSelector("#event-zone input")).getDomProperty("value").isBlank());
        click(By.id("new-event-create"));
        wait.until(ExpectedConditions.textToBe(By.id("event-view-title"), title));
        return this;
    }

    void openTab(String id) {
        click(By.id(id));
    }

    void publish() {
        openTab("tab-details");
        choose(By.id("event-status"), "Published");
        click(By.id("details-save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#event-view .gba-badge-published"), "Published"));
    }

    void addSession(String title, String kindLabel) {
        openTab("tab-agenda");
        click(By.id("agenda-add"));
        type(By.cssSelector("#session-title input"), title);
        choose(By.id("session-kind"), kindLabel);
        click(By.id("session-save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("session-dialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("agenda-timeline"), title));
    }

    void addGroup(String theme, String questions) {
        openTab("tab-groups");
        click(By.cssSelector("[id^='groups-add-']"));
        type(By.cssSelector("#group-theme input"), theme);
        WebElement area = visible(By.cssSelector("#group-questions textarea"));
        area.sendKeys(questions);
        click(By.id("group-save"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("group-dialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("groups-tab"), theme));
    }

    String importParticipants(Path csv) {
        openTab("tab-participants");
        click(By.id("participants-confirm"));
        wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class).until(driver -> {
            WebElement upload = driver.findElement(By.id("participants-upload"));
            WebElement input = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                    .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
            input.sendKeys(csv.toAbsolutePath().toString());
            return true;
        });
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("participants-import-report"), "registered"));
        return driver.findElement(By.id("participants-import-report")).getText();
    }

    String autoAssign() {
        openTab("tab-groups");
        click(By.cssSelector("[id^='groups-assign-']"));
        wait.until(driver -> driver.findElements(By.cssSelector("[id^='group-members-count-']")).stream()
                .noneMatch(element -> element.getText().startsWith("0 member")));
        return driver.findElement(By.id("groups-tab")).getText();
    }

    String openCheckInAndReadUrl() {
        openTab("tab-attendance");
        click(By.id("attendance-show-code"));
        WebElement link = visible(By.id("check-in-url"));
        visible(By.id("check-in-qr"));
        return link.getDomAttribute("href");
    }

    String attendanceSheetText() {
        openTab("tab-attendance");
        return visible(By.id("attendance-sheet")).getText();
    }

    List<String> groupMemberCounts() {
        return driver.findElements(By.cssSelector("[id^='group-members-count-']")).stream().map(WebElement::getText).toList();
    }

    private void choose(By select, String label) {
        WebElement element = visible(select);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].opened = true;", element);
        By item = By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']");
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
    }

    private void setProperty(By locator, String property, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0][arguments[1]] = arguments[2];", visible(locator), property, value);
    }

    private void type(By locator, String text) {
        WebElement input = visible(locator);
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    /** Clicks once the element is there; a tab's content is rebuilt when it opens, so a found element may go stale. */
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

    private WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
