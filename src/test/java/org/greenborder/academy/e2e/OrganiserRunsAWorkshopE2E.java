package org.greenborder.academy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The organiser's journey in a real browser: a new event with a breakout session and two groups, participants
 * imported from CSV, groups assigned automatically, a trainee checking in through the QR link, the organiser
 * seeing the attendance.
 */
class OrganiserRunsAWorkshopE2E extends BrowserTestBase {

    @Test
    void fromAnEmptyEventToTheTraineesCheckIn() throws Exception {
        String baseUrl = signedOut();
        LoginPage.open(driver, baseUrl).signInAs("organiser", "ozone-layer-1987");
        WorkshopPage workshop = new WorkshopPage(driver)
                .createEvent(baseUrl, "Joint customs and ozone officers training, Vientiane", "2027-04-06", "2027-04-07", "Lao PDR");

        workshop.publish();
        workshop.addSession("Effective collaborative measures", "Breakout groups");
        workshop.addGroup("Enhanced collaboration between customs and competent authorities",
                "a. Priority areas to be addressed\nb. Control measures at national and regional levels");
        workshop.addGroup("Environmentally sound management of traded hazardous wastes",
                "a. Current situations\nb. Reasons where ESM cannot be ensured");

        Path csv = Files.createTempFile("participants", ".csv");
        Files.writeString(csv, """
                full_name,local_name,country,organisation,agency_type,email,username
                Khamphet Sisavath,ຄຳເພັດ ສີສະຫວາດ,LA,Lao Customs Department,CUSTOMS,,trainee
                Sok Dara,,KH,General Department of Customs and Excise of Cambodia,CUSTOMS,sok.dara.e2e@example.org,
                Nguyen Thi Hoa,,VN,Viet Nam Customs,CUSTOMS,hoa.e2e@example.org,
                Siti Aminah,,MY,Department of Environment Malaysia,COMPETENT_AUTHORITY,siti.e2e@example.org,
                """);
        assertThat(workshop.importParticipants(csv)).contains("4 of 4 people registered");

        String groups = workshop.autoAssign();
        assertThat(workshop.groupMemberCounts()).containsExactly("2 member(s)", "2 member(s)");
        assertThat(groups).contains("Khamphet Sisavath");

        String checkInUrl = workshop.openCheckInAndReadUrl();
        assertThat(checkInUrl).contains("/check-in/");

        driver.manage().deleteAllCookies();
        LoginPage.open(driver, baseUrl).signInAs("trainee", "ozone-layer-1987");
        driver.get(checkInUrl);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-in-heading"), "Checked in"));
        assertThat(driver.findElement(By.id("check-in-message")).getText()).contains("Khamphet Sisavath");

        driver.manage().deleteAllCookies();
        LoginPage.open(driver, baseUrl).signInAs("organiser", "ozone-layer-1987");
        driver.get(baseUrl + "/workshops");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workshops-grid"), "Joint customs and ozone officers training"));
        driver.findElement(By.xpath("//vaadin-grid-cell-content[contains(., 'Joint customs and ozone officers training')]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("event-view-title"), "Joint customs and ozone officers training, Vientiane"));
        String sheet = workshop.attendanceSheetText();
        assertThat(sheet).contains("Khamphet Sisavath", "Present", "QR self check-in");
    }
}
