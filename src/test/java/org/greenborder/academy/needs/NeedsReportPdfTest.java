package org.greenborder.academy.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** What the donor report says (as extractable text), how it is made (vector charts, embedded fonts) and its metadata. */
class NeedsReportPdfTest {

    private static final Instant GENERATED = Instant.parse("2026-05-03T07:05:00Z");
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private static byte[] pdf;
    private static String text;

    @BeforeAll
    static void render() throws Exception {
        pdf = NeedsReportPdf.render(NeedsSamples.small(), List.of(NeedsSamples.lao(), NeedsSamples.vietNam()),
                "Siriporn Chaiyaporn", GENERATED, BANGKOK);
        text = text(pdf);
    }

    @Test
    void saysWhatItCoversAndWhoMadeIt() {
        assertThat(text).contains("Regional capacity needs report",
                "South-East Asia, Basel Convention, 1 January 2016 – 31 December 2016",
                "Period: 1 January 2016 – 31 December 2016",
                "Generated 3 May 2026, 14:05 (Asia/Bangkok) by Siriporn Chaiyaporn");
    }

    @Test
    void givesTheHeadlineFigures() {
        assertThat(text).contains("countries rated", "3 of 5 needs addressed", "60%", "officers trained",
                "exercise attempts", "certificates issued");
        assertThat(firstPage()).contains("37", "65", "29");
    }

    @Test
    void tablesCarryTheLevelsAndCoverage() {
        assertThat(text).contains("6.1 Need levels", "Lao PDR", "Viet Nam", "4.5", "3.5",
                "6.2 Reported needs and the training that reached them",
                "Vientiane workshop on intelligence sharing (2016)",
                "6.3 Officers trained per country and year", "2016",
                "6.4 Most-missed red flags", "Cylinder labels do not match the declared HFC blend", "5 of 8", "63%");
    }

    @Test
    void countrySectionsListNeedsWorkshopsActionsAndRecommendations() {
        assertThat(text).contains("COUNTRY PROFILE",
                "Needs in the latest round: Needs assessment 2016 (15 September 2016)",
                "Customs Department: 5 — No access to the regional RILO database",
                "Sub-regional workshop on intelligence sharing", "Nominate a national focal point for ENVIRONET",
                "(overdue)", "9 certificates issued: Workshop attendance 9.",
                "20 certificates issued: Workshop attendance 14, Exercise completion 6.",
                "Recommended topics for the next workshop",
                "1. Risk profiling and targeting of shipments — level 3.0",
                "No training on this theme has reached Lao PDR since it was reported",
                "No open action items.");
        assertThat(text).as("the highest priority comes first")
                .containsSubsequence("1. Risk profiling and targeting of shipments", "2. Information and intelligence sharing");
        assertThat(text).as("Vietnamese comments print").contains("Đội kiểm soát cần thêm đào");
    }

    @Test
    void everyPageIsNumbered() throws Exception {
        try (PdfReader reader = new PdfReader(pdf)) {
            int pages = reader.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(4);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= pages; page++) {
                assertThat(extractor.getTextFromPage(page)).contains("Page " + page + " of " + pages);
            }
        }
    }

    @Test
    void hasMetadata() throws Exception {
        try (PdfReader reader = new PdfReader(pdf)) {
            assertThat(reader.getInfo())
                    .containsEntry("Title", "Regional capacity needs report")
                    .containsEntry("Author", "Green Border Academy")
                    .containsEntry("Subject", "South-East Asia, Basel Convention, 1 January 2016 – 31 December 2016");
        }
    }

    @Test
    void chartsAreVectorFormsNotImagesAndAllFontsAreEmbedded() throws Exception {
        try (PdfReader reader = new PdfReader(pdf)) {
            List<String> subtypes = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                collectXObjects(reader.getPageN(page).getAsDict(PdfName.RESOURCES), subtypes, 0);
            }
            // five regional figures and one per country with more than one round (Lao PDR)
            assertThat(subtypes).doesNotContain("/Image").filteredOn("/Form"::equals).hasSizeGreaterThanOrEqualTo(6);

            int fonts = 0;
            for (int i = 1; i < reader.getXrefSize(); i++) {
                PdfObject object = reader.getPdfObject(i);
                if (object instanceof PdfDictionary dictionary && PdfName.FONTDESCRIPTOR.equals(dictionary.getAsName(PdfName.TYPE))) {
                    fonts++;
                    assertThat(dictionary.contains(PdfName.FONTFILE2) || dictionary.contains(PdfName.FONTFILE3)
                            || dictionary.contains(PdfName.FONTFILE))
                            .as("embedded: " + dictionary.get(PdfName.FONTNAME)).isTrue();
                }
                if (object instanceof PdfDictionary dictionary && PdfName.FONT.equals(dictionary.getAsName(PdfName.TYPE))) {
                    assertThat(String.valueOf(dictionary.get(PdfName.BASEFONT))).doesNotContain("Helvetica");
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    @Test
    void emptyPictureSaysThereIsNoData() throws Exception {
        byte[] empty = NeedsReportPdf.render(NeedsSamples.empty(), List.of(), null, GENERATED, ZoneId.of("UTC"));
        String emptyText = text(empty);
        assertThat(emptyText).contains("Regional capacity needs report", "1 January 2016 – 31 December 2016",
                "No data for this filter", "Page 1 of 1").doesNotContain(" by ");
    }

    @Test
    void partlyEmptyPictureExplainsTheMissingFigures() throws Exception {
        RegionalPicture small = NeedsSamples.small();
        RegionalPicture noFlags = new RegionalPicture(small.filter(), small.themes(), small.countries(), small.heat(),
                List.of(), small.coverage(), List.of(), List.of(), small.totals());
        String partly = text(NeedsReportPdf.render(noFlags, List.of(), "x", GENERATED, BANGKOK));
        assertThat(partly).contains("No data for this filter. No assessment round up to the end of the period.",
                "No data for this filter. No red flag was missed in the period's exercises.",
                "No officer was trained in the period.");
    }

    private String firstPage() {
        try (PdfReader reader = new PdfReader(pdf)) {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void collectXObjects(PdfDictionary resources, List<String> subtypes, int depth) {
        if (resources == null || depth > 8) {
            return;
        }
        PdfDictionary xobjects = resources.getAsDict(PdfName.XOBJECT);
        if (xobjects == null) {
            return;
        }
        for (PdfName key : xobjects.getKeys()) {
            if (PdfReader.getPdfObject(xobjects.get(key)) instanceof PRStream stream) {
                subtypes.add(String.valueOf(stream.getAsName(PdfName.SUBTYPE)));
                collectXObjects(stream.getAsDict(PdfName.RESOURCES), subtypes, depth + 1);
            }
        }
    }

    private static String text(byte[] document) throws Exception {
        StringBuilder all = new StringBuilder();
        try (PdfReader reader = new PdfReader(document)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
        }
        return all.toString();
    }
}
