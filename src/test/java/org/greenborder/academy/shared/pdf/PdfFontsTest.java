package org.greenborder.academy.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.LayoutProcessor;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PdfFontsTest {

    private static final String LAO_NAME = "ຄຳເພັດ ສີສະຫວາດ";

    /** A trainee's name as it may be printed on a certificate, and the bundled font it must be drawn with. */
    record Name(String language, String text, String font) {
        @Override
        public String toString() {
            return language + " " + text;
        }
    }

    static List<Name> names() {
        return List.of(
                new Name("Lao", "ສົມສັກ ພົມມະວົງ", PdfFonts.NOTO_SANS_LAO),
                // Subscript consonants (ណ្ណ, ទ្ធ) and vowel signs above and below.
                new Name("Khmer", "ចាន់ សុវណ្ណារិទ្ធ", PdfFonts.NOTO_SANS_KHMER),
                // Two marks stacked above one consonant (ศักดิ์).
                new Name("Thai", "กิตติศักดิ์ ศรีสวัสดิ์", PdfFonts.NOTO_SANS_THAI),
                // A vowel drawn before the consonant it follows, a medial and the killer mark.
                new Name("Myanmar", "အောင်ကျော်ဦး", PdfFonts.NOTO_SANS_MYANMAR),
                new Name("Vietnamese", "Nguyễn Thị Phương", PdfFonts.DEJAVU_SANS),
                new Name("Vietnamese", "Trần Đức Hùng", PdfFonts.DEJAVU_SANS),
                new Name("Chinese (Simplified)", "李晓燕", PdfFonts.NOTO_SANS_CJK),
                // 镕 is not in GB 2312, only in the 2013 table of general standard characters.
                new Name("Chinese (Simplified)", "朱镕基", PdfFonts.NOTO_SANS_CJK),
                // A transliterated name, its parts joined by a middle dot.
                new Name("Chinese (Simplified)", "阿沛·阿旺晋美", PdfFonts.NOTO_SANS_CJK),
                new Name("Chinese (Traditional)", "陳志強", PdfFonts.NOTO_SANS_CJK),
                new Name("Chinese (Traditional)", "黃淑萱", PdfFonts.NOTO_SANS_CJK),
                // 喆 and 堃, popular in Taiwanese names, are in neither Big5 nor GB 2312 (the 2013 table has them).
                new Name("Chinese (Traditional)", "林喆堃", PdfFonts.NOTO_SANS_CJK));
    }

    private static final Map<String, java.awt.Font> AWT_FONTS = new ConcurrentHashMap<>();

    private final PdfFonts fonts = PdfFonts.get();

    @Test
    void loadsTheFontsOnceAndShapesComplexScripts() {
        assertThat(PdfFonts.get()).isSameAs(fonts);
        assertThat(PdfFonts.get().regular()).isSameAs(fonts.regular());
        assertThat(fonts.shaping()).as("Java's font layout takes the bundled fonts (headless)").isTrue();
        for (UnicodeScript script : List.of(UnicodeScript.LAO, UnicodeScript.THAI, UnicodeScript.KHMER, UnicodeScript.MYANMAR)) {
            assertThat(LayoutProcessor.supportsFont(fonts.forScript(script, false))).as(script.name()).isTrue();
        }
        // Han is not shaped, but the layout processor is on for every font: it must have taken the Chinese one too.
        assertThat(LayoutProcessor.supportsFont(fonts.forScript(UnicodeScript.HAN, false))).as("HAN").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void drawsEveryCharacterOfANameWithTheFontOfItsScript(Name name) throws Exception {
        List<PdfFonts.Run> runs = fonts.runs(name.text(), false);

        assertThat(runs).extracting(PdfFonts.Run::text).containsExactly(name.text());
        BaseFont font = runs.getFirst().font();
        java.awt.Font awtFont = awtFont(name.font());
        assertThat(fontName(font)).isEqualTo(awtFont.getPSName());
        name.text().codePoints().forEach(codePoint -> assertThat(font.charExists(codePoint))
                .as("%s has U+%04X", fontName(font), codePoint).isTrue());
        assertThat(fonts.missingCodePoints(name.text())).isEmpty();
        assertThat(missingGlyphs(awtFont, name.text())).as("glyphs Java's layout could not find").isEmpty();
    }

    @Test
    void printsDecomposedVietnameseWithThePrecomposedLetters() throws Exception {
        String name = "Nguyễn Thị Phương";
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(name).hasSizeGreaterThan(name.length());

        assertThat(fonts.runs(decomposed, false)).extracting(PdfFonts.Run::text).containsExactly(name);
        assertThat(fonts.phrase(decomposed, 12).getContent()).isEqualTo(name);
        assertThat(fonts.phrase(decomposed, 12, true, java.awt.Color.BLACK).getContent()).isEqualTo(name);
        assertThat(fonts.missingCodePoints(decomposed)).isEmpty();
        assertThat(missingGlyphs(awtFont(PdfFonts.DEJAVU_SANS), fonts.runs(decomposed, false).getFirst().text())).isEmpty();
        assertThat(new PdfTextExtractor(new PdfReader(render("Trainee: " + decomposed))).getTextFromPage(1)).contains(name);
    }

    @Test
    void embedsOnlyTheGlyphsOfAChineseNameUsed() throws Exception {
        String text = "Certificate of completion awarded to 陳志強 (Chan Chi-keung) and 李晓燕 (Li Xiaoyan)";
        byte[] pdf = render(text);

        // The bundled font is 5 MB; a subset with six glyphs is a few kilobytes.
        assertThat(pdf.length).isLessThan(50_000);
        PdfReader reader = new PdfReader(pdf);
        assertThat(embeddedFonts(reader, 1)).anySatisfy(name -> assertThat(name).endsWith("+NotoSansCJKsc-Regular"))
                .anySatisfy(name -> assertThat(name).endsWith("+DejaVuSans"));
        assertThat(embeddedFontFileLength(reader, 1, "NotoSansCJKsc-Regular")).isBetween(500, 5_000);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("陳志強").contains("李晓燕")
                .contains("Chan Chi-keung");
    }

    @Test
    void takesFullwidthFormsAndChinesePunctuationFromTheChineseFont() {
        List<PdfFonts.Run> runs = fonts.runs("Wang（王小明）、Chen", false);

        assertThat(runs).extracting(PdfFonts.Run::text).containsExactly("Wang", "（王小明）、", "Chen");
        assertThat(fontNames(runs)).containsExactly("DejaVuSans", "NotoSansCJKsc-Regular", "DejaVuSans");
        assertThat(fonts.missingCodePoints("Ｗａｎｇ（王）「陳」《李》。")).isEmpty();
    }

    @Test
    void reportsTheCharactersNoFontCanDraw() {
        // Hangul is not bundled; DejaVu Sans has some emoji (U+1F600) but not this one.
        assertThat(fonts.missingCodePoints("Kim Min-jun (김민준) 🙂 王🙂"))
                .containsExactly(0xAE40, 0xBBFC, 0xC900, 0x1F642);
        // And Java's layout, which the name tests rely on, does see a missing glyph as missing.
        assertThat(missingGlyphs(awtFont(PdfFonts.NOTO_SANS_CJK), "王김")).containsExactly(0xAE40);
        assertThat(fonts.missingCodePoints(" \t\r\n\u00A0\u3000\u200B\u200C\u200D\u00AD\uFE0F")).isEmpty();
        assertThat(fonts.missingCodePoints("")).isEmpty();
        assertThat(fonts.missingCodePoints(null)).isEmpty();
        String all = String.join(" ", names().stream().map(Name::text).toList());
        assertThat(fonts.missingCodePoints(all + " " + LAO_NAME + " Khamphet Sisavath (1975–2024), Đà Nẵng")).isEmpty();
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

    /** The characters Java's font layout (the one OpenPDF's layout processor uses) drew as the missing glyph. */
    private static List<Integer> missingGlyphs(java.awt.Font font, String text) {
        char[] chars = text.toCharArray();
        GlyphVector glyphs = font.deriveFont(14f).layoutGlyphVector(new FontRenderContext(null, false, true), chars, 0,
                chars.length, java.awt.Font.LAYOUT_LEFT_TO_RIGHT);
        assertThat(glyphs.getNumGlyphs()).isPositive();
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
            int glyph = glyphs.getGlyphCode(i);
            if (glyph == 0 || glyph == font.getMissingGlyphCode()) {
                missing.add(text.codePointAt(glyphs.getGlyphCharIndex(i)));
            }
        }
        return missing;
    }

    /** The font as Java sees it, from the same classpath bytes as PdfFonts loads. */
    private static java.awt.Font awtFont(String resource) {
        return AWT_FONTS.computeIfAbsent(resource, key -> {
            try (InputStream in = PdfFontsTest.class.getClassLoader().getResourceAsStream(key)) {
                assertThat(in).as(key).isNotNull();
                return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(in.readAllBytes()));
            } catch (Exception e) {
                throw new AssertionError("Java cannot load " + key, e);
            }
        });
    }

    /** The compressed size of the embedded font program (FontFile2) of the page's font with this PostScript name. */
    private static int embeddedFontFileLength(PdfReader reader, int page, String postscriptName) {
        PdfDictionary fontDictionary = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        for (PdfName key : fontDictionary.getKeys()) {
            PdfDictionary font = fontDictionary.getAsDict(key);
            if (PdfName.decodeName(font.getAsName(PdfName.BASEFONT).toString()).endsWith("+" + postscriptName)) {
                PdfDictionary descriptor = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0)
                        .getAsDict(PdfName.FONTDESCRIPTOR);
                return ((PRStream) PdfReader.getPdfObject(descriptor.get(PdfName.FONTFILE2))).getLength();
            }
        }
        throw new AssertionError("No font " + postscriptName + " on page " + page);
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
