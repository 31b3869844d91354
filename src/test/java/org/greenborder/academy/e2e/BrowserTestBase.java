package org.greenborder.academy.e2e;

import org.greenborder.academy.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** One headless Chromium per test class, against the application on a random port, each test signed out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTestBase {

    static ChromeDriver driver;

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

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** A fresh start: no session cookie from the previous test. */
    String signedOut() {
        driver.manage().deleteAllCookies();
        return baseUrl();
    }
}
