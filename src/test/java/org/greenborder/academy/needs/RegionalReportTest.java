package org.greenborder.academy.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.support.WorkshopFixture;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The regional report on the demo data: the period chosen and the figures of the dashboard for it are in the text. */
@SpringBootTest
@Import(WorkshopFixture.class)
class RegionalReportTest {

    @Autowired
    WorkshopFixture fx;
    @Autowired
    NeedsDashboard dashboard;

    @Test
    void theReportHoldsThePeriodAndTheCountriesFigures() throws Exception {
        NeedsFilter filter = new NeedsFilter(SubRegion.SOUTH_EAST_ASIA, null, LocalDate.of(2014, 1, 1), LocalDate.of(2016, 12, 31));
        RegionalPicture picture = fx.as("analyst", Role.ANALYST, () -> dashboard.picture(filter));
        byte[] pdf = fx.as("analyst", Role.ANALYST, () -> dashboard.report(filter));

        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        String all = text.toString();
        assertThat(all).contains("1 January 2014 – 31 December 2016", "South-East Asia", "Lao PDR", "Timor-Leste", "Viet Nam")
                .doesNotContain("Sri Lanka");
        assertThat(all).contains(picture.totals().needsAddressed() + " of " + picture.totals().needsReported());
        double laoResources = picture.cell(CountryCode.of("LA"), "RESOURCES").orElseThrow().level();
        assertThat(all).contains(String.format(Locale.ROOT, "%.1f", laoResources));
        // the analyst who made it is named, as a donor report needs
        assertThat(all).contains("Maya Lindqvist");
    }

    @Autowired
    NeedsService needs;

    @Test
    void aCommentThatLooksLikeAFormulaIsExportedAsText() {
        NeedsRound round = new NeedsRound();
        round.setTitle(WorkshopFixture.unique("Pacific review"));
        round.setHeldOn(LocalDate.of(2026, 6, 1));
        NeedsRound saved = fx.as("analyst", Role.ANALYST, () -> needs.saveRound(round));
        CountryCode fiji = CountryCode.of("FJ");
        fx.as("analyst", Role.ANALYST, () -> needs.saveSheet(saved.getId(), fiji, org.greenborder.academy.workshop.AgencyType.CUSTOMS,
                needs.sheet(saved.getId(), fiji, org.greenborder.academy.workshop.AgencyType.CUSTOMS).stream()
                        .map(l -> l.themeCode().equals("RESOURCES") ? l.with(5, "=HYPERLINK(\"http://evil.example\",\"click\")") : l)
                        .toList()));
        CountryProfile profile = fx.as("analyst", Role.ANALYST, () -> dashboard.profile(fiji, NeedsFilter.ANY));
        String csv = new String(fx.as("analyst", Role.ANALYST, () -> dashboard.profileCsv(profile, "Needs by round")),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        byte[] xlsx = fx.as("analyst", Role.ANALYST, () -> dashboard.profileXlsx(profile));
        assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(dashboard.regionalTableNames()).contains("Coverage", "Summary");
    }
}
