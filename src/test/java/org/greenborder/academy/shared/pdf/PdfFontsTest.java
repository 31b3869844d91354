package org.greenborder.academy.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.LayoutProcessor;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

class PdfFontsTest {

    private static final String LAO_NAME = "ຄຳເພັດ ສີສະຫວາດ";

    private final PdfFonts fonts = PdfFonts.get();

    @Test
    void loadsTheFontsOnceAndShapesComplexScripts() {
        assertThat(PdfFonts.get()).isSameAs(fonts);
        assertThat(PdfFonts.get().regular()).isSameAs(fonts.regular());
        assertThat(fonts.shaping()).as("Java's font layout takes the bundled fonts (headless)").isTrue();
        for (UnicodeScript script : List.of(UnicodeScript.LAO, UnicodeScript.THAI, UnicodeScript.KHMER, UnicodeScript.MYANMAR)) {
            assertThat(LayoutProcessor.supportsFont(fonts.forScript(script, false))).as(script.name()).isTrue();
        }
    }

    @Test
    void givesEachScriptItsOwnFontAndKeepsSpacesInsideTheRun() {
        List<PdfFonts.Run> runs = fonts.runs("Khamphet Sisavath (" + LAO_NAME + ")", false);

        assertThat(runs).extracting(PdfFonts.Run::text).containsExactly("Khamphet Sisavath (", LAO_NAME, ")");
        assertThat(runs).extracting(run -> fontName(run.font()))
                .containsExactly("DejaVuSans", "NotoSansLao-Regular", "DejaVuSans");
    }

    @Test
    void picksThaiKhmerAndMyanmarFontsAndBoldLatin() {
        assertThat(fontNames(fonts.runs("สมศักดิ์ ใจดี", false))).containsExactly("NotoSansThai-Regular");
        assertThat(fontNames(fonts.runs("ស្រីមុំ សុខា", false))).containsExactly("NotoSansKhmer-Regular");
        assertThat(fontNames(fonts.runs("အောင်ဆန်း", false))).containsExactly("NotoSansMyanmar-Regular");
        assertThat(fontNames(fonts.runs("Group A", true))).containsExactly("DejaVuSans-Bold");
        assertThat(fonts.runs("", false)).isEmpty();
    }

    @Test
    void rendersALaoNameWithTheEmbeddedLaoFont() throws Exception {
        byte[] pdf = render("Khamphet Sisavath (" + LAO_NAME + ")");

        PdfReader reader = new PdfReader(pdf);
        assertThat(embeddedFonts(reader, 1)).anySatisfy(name -> assertThat(name).endsWith("+NotoSansLao-Regular"))
                .anySatisfy(name -> assertThat(name).endsWith("+DejaVuSans"));
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("Khamphet Sisavath").contains(LAO_NAME);
    }

    @Test
    void shapedTextCarriesTheOriginalTextForCopyAndSearch() throws Exception {
        // Khmer subscript consonants and Myanmar pre-base vowels are reordered by the shaper; /ActualText keeps the
        // typed text for viewers that copy or search.
        byte[] pdf = render("ស្រីមុំ អောင်ဆန်း");

        PdfReader reader = new PdfReader(pdf);
        assertThat(new String(reader.getPageContent(1), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/ActualText");
        assertThat(embeddedFonts(reader, 1)).anySatisfy(name -> assertThat(name).endsWith("+NotoSansKhmer-Regular"))
                .anySatisfy(name -> assertThat(name).endsWith("+NotoSansMyanmar-Regular"));
    }

    @Test
    void sharesTheFontsBetweenDocumentsRenderedAtTheSameTime() throws Exception {
        List<String> names = List.of(LAO_NAME, "สมศักดิ์ ใจดี", "Nguyễn Văn An", "Khamphet Sisavath");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> texts = IntStream.range(0, 24)
                    .mapToObj(i -> pool.submit(() -> new PdfTextExtractor(new PdfReader(
                            render("Person " + i + ": " + names.get(i % names.size())))).getTextFromPage(1)))
                    .toList();
            for (int i = 0; i < texts.size(); i++) {
                assertThat(texts.get(i).get()).contains("Person " + i + ":").contains(names.get(i % names.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private byte[] render(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(fonts.phrase(text, 14)));
        document.close();
        return out.toByteArray();
    }

    private static List<String> embeddedFonts(PdfReader reader, int page) {
        PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
        PdfDictionary fontDictionary = resources.getAsDict(PdfName.FONT);
        List<String> names = new ArrayList<>();
        for (PdfName key : fontDictionary.getKeys()) {
            PdfDictionary font = fontDictionary.getAsDict(key);
            names.add(PdfName.decodeName(font.getAsName(PdfName.BASEFONT).toString()));
        }
        return names;
    }

    private static List<String> fontNames(List<PdfFonts.Run> runs) {
        return runs.stream().map(run -> fontName(run.font())).toList();
    }

    private static String fontName(BaseFont font) {
        return font.getPostscriptFontName();
    }
}
