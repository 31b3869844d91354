package org.greenborder.academy.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven through the system chromedriver, so Selenium Manager never tries to
 * download a browser or driver (this machine reaches no such site).
 */
public final class Browser {

    private static final java.util.Map<ChromeDriver, java.nio.file.Path> DOWNLOADS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private Browser() {
    }

    /** Where the browser saves the files a test downloads (a fresh folder per browser). */
    public static java.nio.file.Path downloads(ChromeDriver driver) {
        return DOWNLOADS.get(driver);
    }

    public static ChromeDriver start() {
        ExternalResources.requireChromium();
        try {
            File profile = Files.createTempDirectory("gba-chromium-").toFile();
            File downloads = Files.createTempDirectory("gba-downloads-").toFile();
            ChromeOptions options = new ChromeOptions();
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.getAbsolutePath(),
                    "download.prompt_for_download", false));
            options.setBinary(ExternalResources.CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                    "--user-data-dir=" + profile.getAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(ExternalResources.CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            DOWNLOADS.put(driver, downloads.toPath());
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
