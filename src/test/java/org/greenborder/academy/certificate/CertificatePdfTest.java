package org.greenborder.academy.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenborder.academy.shared.pdf.PdfFonts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** What a certificate PDF carries: its text, a QR code a phone can read, embedded font subsets, metadata, size. */
class CertificatePdfTest {

    static final String CODE = "7KQM-W3XD-9HPT-RZ4C-N";
    static final String URL = "https://academy.example.org/verify/" + CODE;

    static CertificateContent content(String name, String localName, CertificateLayout layout) {
        return new CertificateContent(1, 2, "trainee", name, localName, "Attended 9 of 10 sessions (90 %).",
                "Capacity Building Workshop of SEAP Customs Officers on Controlling Illegal Trade in Chemicals and Waste",
                "Vientiane, Lao PDR", LocalDate.of(2014, 4, 1), LocalDate.of(2014, 4, 3), null,
                "UNEP OzonAction Compliance Assistance Programme and Regional Enforcement Network for Chemicals and Waste",
                layout, Instant.parse("2026-11-22T08:00:00Z"), LocalDate.of(2029, 11, 22));
    }

    static byte[] render(String name, String localName, CertificateLayout layout, boolean withImages) {
        List<CertificatePdf.Signatory> signatories = List.of(
                new CertificatePdf.Signatory("Siriporn Chaiyasit", "Programme Officer, OzonAction CAP", withImages ? TestImages.signature() : null),
                new CertificatePdf.Signatory("Rohan Desai", "Montreal Protocol enforcement specialist", withImages ? TestImages.signature() : null));
        return CertificatePdf.render(new CertificatePdf.Sheet(CertificateKind.ATTENDANCE, CODE, URL,
                content(name, localName, layout), withImages ? TestImages.logo() : null, withImages ? TestImages.logo() : null,
                signatories, false));
    }

    @ParameterizedTest
    @EnumSource(CertificateLayout.class)
    void theTextHasTheNameTheAchievementAndTheCode(CertificateLayout layout) throws IOException {
        byte[] pdf = render("Khamphet Sisavath", "ຄຳເພັດ ສີສະຫວາດ", layout, true);
        // kept for a look (and for docs/certificates.md's sample page)
        Files.createDirectories(Path.of("target/certificate-samples"));
        Files.write(Path.of("target/certificate-samples/sample-" + layout.name().toLowerCase(java.util.Locale.ROOT) + ".pdf"), pdf);
        String text;
        try (PdfReader reader = new PdfReader(pdf)) {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            assertThat(reader.getPageSizeWithRotation(1).getWidth()).as("landscape").isEqualTo(842f);
            assertThat(reader.getPageSizeWithRotation(1).getHeight()).isEqualTo(595f);
            text = new PdfTextExtractor(reader).getTextFromPage(1);
        }
        assertThat(text).containsIgnoringCase("Certificate of Attendance");
        assertThat(text).contains("Khamphet Sisavath", "ຄຳເພັດ ສີສະຫວາດ", "has attended",
                "Attended 9 of 10 sessions (90 %).", CODE, "Siriporn Chaiyasit", "1–3 April 2014", "Valid until 22 November 2029");
    }

    @ParameterizedTest
    @EnumSource(CertificateLayout.class)
    void theQrCodeDecodesToTheVerificationAddress(CertificateLayout layout) throws IOException {
        assertThat(PdfQrReader.decode(render("Sok Dara", "សុខ ដារ៉ា", layout, true))).isEqualTo(URL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Lao, Khamphet Sisavath, ຄຳເພັດ ສີສະຫວາດ",
            "Khmer, Chan Sophea, ចាន់ សុភា",
            "Thai, Somchai Jaidee, สมชาย ใจดี",
            "Myanmar, Aung Kyaw Oo, အောင်ကျော်ဦး",
            "Vietnamese, Nguyen Thi Phuong, Nguyễn Thị Phương",
            "Chinese simplified, Wang Xiaoming, 王小明",
            "Chinese traditional, Chan Chi-keung, 陳志強"})
    void everyLocalScriptPrintsWithItsOwnGlyphs(String script, String name, String localName) throws IOException {
        assertThat(PdfFonts.get().missingCodePoints(localName)).as("code points no bundled font has").isEmpty();
        byte[] pdf = render(name, localName, CertificateLayout.FORMAL, false);
        try (PdfReader reader = new PdfReader(pdf)) {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains(name);
            // shaped scripts are drawn as glyphs in visual order; the page says what they spell in /ActualText
            String content = new String(reader.getPageContent(1), java.nio.charset.StandardCharsets.ISO_8859_1);
            String firstWord = localName.split(" ")[0];
            assertThat(text.contains(localName) || ActualText.in(content).stream().anyMatch(spelled -> spelled.contains(firstWord)))
                    .as("the page spells " + localName).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(CertificateLayout.class)
    void fontsAreEmbeddedSubsetsAndTheFileIsSmall(CertificateLayout layout) throws IOException {
        byte[] pdf = render("Nguyễn Văn Hùng", "အောင်ကျော်ဦး", layout, true);
        assertThat(pdf.length).as("bytes of a certificate with two logos, two signatures and a Myanmar name").isLessThan(100 * 1024);
        Map<String, String> fonts = new HashMap<>();
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfDictionary resources = reader.getPageN(1).getAsDict(PdfName.RESOURCES);
            PdfDictionary fontDictionary = resources.getAsDict(PdfName.FONT);
            for (PdfName key : fontDictionary.getKeys()) {
                PdfDictionary font = fontDictionary.getAsDict(key);
                PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
                PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
                fonts.put(font.getAsName(PdfName.BASEFONT).toString(), descriptor.get(PdfName.FONTFILE2) == null ? "not embedded" : "embedded");
            }
            assertThat(reader.getInfo()).containsEntry("Title", "Certificate of Attendance: Nguyễn Văn Hùng")
                    .containsKey("Author").containsKey("CreationDate");
            assertThat(reader.getInfo().get("Keywords")).contains(CODE).contains(URL);
        }
        assertThat(fonts).isNotEmpty().allSatisfy((font, embedded) -> {
            assertThat(font).as("subset fonts are named with a six-letter tag").matches("/[A-Z]{6}\\+.*");
            assertThat(embedded).isEqualTo("embedded");
        });
        assertThat(fonts.keySet()).anyMatch(font -> font.contains("NotoSansMyanmar"));
    }

    @ParameterizedTest
    @EnumSource(CertificateLayout.class)
    void aPreviewSaysSoOnThePage(CertificateLayout layout) throws IOException {
        byte[] pdf = CertificatePdf.render(new CertificatePdf.Sheet(CertificateKind.RESOURCE_PERSON, CODE, URL,
                content("Sample Participant", null, layout), null, null, List.of(), true));
        try (PdfReader reader = new PdfReader(pdf)) {
            assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("PREVIEW — NOT A VALID CERTIFICATE")
                    .containsIgnoringCase("Certificate of Appreciation");
        }
    }
}
