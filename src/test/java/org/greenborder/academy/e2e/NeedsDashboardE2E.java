package org.greenborder.academy.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.greenborder.academy.support.Browser;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * A UNEP analyst's journey on the demo data: open the regional dashboard, narrow it to South-East Asia, look at
 * one country's profile and its suggested topics, come back and download the regional report as PDF.
 */
class NeedsDashboardE2E extends BrowserTestBase {

    @Test
    void anAnalystFiltersToSouthEastAsiaOpensACountryAndDownloadsTheReport() throws Exception {
        LoginPage.open(driver, signedOut()).signInAs("analyst", "ozone-layer-1987");
        NeedsDashboardPage dashboard = NeedsDashboardPage.openFromMenu(driver);
        // the 2016 round rated China and Sri Lanka, among others
        assertThat(dashboard.heatMapCountries()).contains("China", "Lao PDR", "Sri Lanka");
        assertThat(dashboard.hasChart("needs-chart-trend")).isTrue();

        dashboard.filterSubRegion("South-East Asia");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> !dashboard.heatMapCountries().contains("China"));
        assertThat(dashboard.heatMapCountries()).contains("Cambodia", "Lao PDR", "Viet Nam", "Timor-Leste")
                .doesNotContain("China", "Sri Lanka", "Mongolia");
        assertThat(driver.getCurrentUrl()).contains("region=SOUTH_EAST_ASIA");

        NeedsDashboardPage.CountryProfilePage lao = dashboard.openCountry("LA");
        assertThat(lao.heading()).isEqualTo("Lao PDR");
        assertThat(lao.recommendations()).contains("Need level", "REN 5th annual workshop needs survey");

        NeedsDashboardPage again = lao.back();
        assertThat(driver.getCurrentUrl()).contains("region=SOUTH_EAST_ASIA");
        Instant before = Instant.now();
        again.downloadReport();
        Path pdf = awaitDownload(Browser.downloads(driver), before);
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(bytes);
        String firstPage = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(firstPage).contains("Regional capacity needs report").contains("South-East Asia");
    }

    private static Path awaitDownload(Path folder, Instant after) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            try (Stream<Path> files = Files.list(folder)) {
                var done = files.filter(f -> f.toString().endsWith(".pdf"))
                        .filter(f -> f.toFile().lastModified() >= after.toEpochMilli() - 1000).findFirst();
                if (done.isPresent() && Files.size(done.get()) > 0) {
                    return done.get();
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no PDF downloaded into " + folder);
    }
}
