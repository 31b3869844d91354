package org.greenborder.academy.shared.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.LayoutProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts every PDF of the application uses, bundled under {@code src/main/resources/fonts} (no JDK ships fonts):
 * DejaVu Sans (regular and bold) for Latin text, including Vietnamese, Noto Sans Lao, Thai, Khmer and Myanmar for
 * participants' names in their own script, and a subset of Noto Sans CJK SC with the Han characters of Simplified and
 * Traditional Chinese names (see {@code tools/fonts/make-cjk-subset.py}). Each font is loaded once, embedded as a
 * subset with Identity-H encoding, and shared by all documents (loading fonts per document is several times slower).
 *
 * <p>Lao, Thai, Khmer and Myanmar need glyph shaping (marks stacked and positioned, Khmer subscript consonants, Myanmar
 * vowels drawn before the consonant they follow), which OpenPDF does not do by itself. This class therefore switches
 * on OpenPDF's {@link LayoutProcessor}, which shapes text with Java's own font layout (HarfBuzz inside the JDK, works
 * headless) and writes {@code /ActualText} so that copying and searching give back the original text. That switch is
 * JVM-wide: once it is on, every Identity-H TrueType font that OpenPDF creates must be loadable by name from a file or
 * the classpath. Create fonts through this class rather than directly. Han needs no shaping; the Chinese font goes
 * through the same layout, which maps its characters one to one.
 *
 * <p>Use {@link #phrase(String, float)} for any text that may contain a local-script name: it splits the text into
 * runs per script and gives each run the font that has its glyphs. Text is put in Unicode normal form C first: names
 * typed on some keyboards (Vietnamese ones above all) arrive as base letters followed by combining marks, which
 * DejaVu Sans would draw as loose marks, while it has the precomposed letters. {@link #missingCodePoints(String)} tells
 * a form beforehand which characters no bundled font can draw.
 */
public final class PdfFonts {

    private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);

    static final String DIRECTORY = "fonts/";
    static final String DEJAVU_SANS = DIRECTORY + "DejaVuSans.ttf";
    static final String DEJAVU_SANS_BOLD = DIRECTORY + "DejaVuSans-Bold.ttf";
    static final String NOTO_SANS_LAO = DIRECTORY + "NotoSansLao-Regular.ttf";
    static final String NOTO_SANS_THAI = DIRECTORY + "NotoSansThai-Regular.ttf";
    static final String NOTO_SANS_KHMER = DIRECTORY + "NotoSansKhmer-Regular.ttf";
    static final String NOTO_SANS_MYANMAR = DIRECTORY + "NotoSansMyanmar-Regular.ttf";
    static final String NOTO_SANS_CJK = DIRECTORY + "NotoSansCJKsc-Regular-Subset.ttf";

    /** Line height for Latin text, as a multiple of the font size. */
    private static final float LATIN_LEADING = 1.25f;
    /** Myanmar and Khmer stack marks high above and below the line; give them room. */
    private static final float LOCAL_SCRIPT_LEADING = 1.6f;

    private static final class Holder {
        private static final PdfFonts INSTANCE = load();
    }

    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont lao;
    private final BaseFont thai;
    private final BaseFont khmer;
    private final BaseFont myanmar;
    private final BaseFont han;
    /** Every font, in the order to look for a character that the font of its script lacks. */
    private final List<BaseFont> fallbacks;
    private final boolean shaping;

    private PdfFonts(BaseFont regular, BaseFont bold, BaseFont lao, BaseFont thai, BaseFont khmer, BaseFont myanmar,
                     BaseFont han, boolean shaping) {
        this.regular = regular;
        this.bold = bold;
        this.lao = lao;
        this.thai = thai;
        this.khmer = khmer;
        this.myanmar = myanmar;
        this.han = han;
        this.fallbacks = List.of(regular, bold, han, thai, lao, khmer, myanmar);
        this.shaping = shaping;
    }

    /** The fonts, loaded on first use. */
    public static PdfFonts get() {
        return Holder.INSTANCE;
    }

    private static PdfFonts load() {
        // The layout processor only shapes fonts created after it is switched on.
        LayoutProcessor.enable();
        LayoutProcessor.setWriteActualText();
        try {
            PdfFonts fonts = loadAll(true);
            if (fonts.shaping) {
                return fonts;
            }
            log.warn("Java's font layout did not take the bundled fonts; Lao, Thai, Khmer and Myanmar text will be unshaped");
        } catch (RuntimeException | LinkageError e) {
            log.warn("Java's font layout is not available ({}); Lao, Thai, Khmer and Myanmar text will be unshaped", e.toString());
        }
        LayoutProcessor.disable();
        return loadAll(false);
    }

    private static PdfFonts loadAll(boolean shaping) {
        BaseFont lao = create(NOTO_SANS_LAO);
        BaseFont thai = create(NOTO_SANS_THAI);
        BaseFont khmer = create(NOTO_SANS_KHMER);
        BaseFont myanmar = create(NOTO_SANS_MYANMAR);
        BaseFont han = create(NOTO_SANS_CJK);
        boolean shaped = shaping && List.of(lao, thai, khmer, myanmar).stream().allMatch(LayoutProcessor::supportsFont);
        return new PdfFonts(create(DEJAVU_SANS), create(DEJAVU_SANS_BOLD), lao, thai, khmer, myanmar, han, shaped);
    }

    /**
     * Creates the font from the classpath bytes. The name is the classpath location too: the layout processor reads
     * the font again by that name for Java's layout.
     */
    private static BaseFont create(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the classpath");
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        }
    }

    /** DejaVu Sans, for Latin (and Cyrillic, Greek, Vietnamese...) text. */
    public BaseFont regular() {
        return regular;
    }

    /** DejaVu Sans Bold. */
    public BaseFont bold() {
        return bold;
    }

    /** Whether complex scripts are shaped (Java's font layout took the fonts); false means readable but wrong forms. */
    public boolean shaping() {
        return shaping;
    }

    /**
     * The font for a script: the Noto font for Lao, Thai, Khmer, Myanmar and Han (Chinese), else DejaVu Sans (bold or
     * not).
     */
    public BaseFont forScript(UnicodeScript script, boolean boldLatin) {
        return switch (script) {
            case LAO -> lao;
            case THAI -> thai;
            case KHMER -> khmer;
            case MYANMAR -> myanmar;
            case HAN -> han;
            default -> boldLatin ? bold : regular;
        };
    }

    /** A Latin font of this size, for text known to hold no local script (labels, numbers, page footers). */
    public Font font(float size, boolean bold, Color color) {
        return new Font(bold ? this.bold : regular, size, Font.NORMAL, color);
    }

    /** The text in black regular type, each script in its own font. */
    public Phrase phrase(String text, float size) {
        return phrase(text, size, false, Color.BLACK);
    }

    /**
     * The text with each script run in its font. Bold Latin uses DejaVu Sans Bold; the local-script fonts come in
     * regular weight only, so bold there is drawn by stroking the outline.
     */
    public Phrase phrase(String text, float size, boolean bold, Color color) {
        List<Run> runs = runs(text == null ? "" : text, bold);
        boolean local = runs.stream().anyMatch(run -> run.font() != regular && run.font() != this.bold);
        Phrase phrase = new Phrase(size * (local ? LOCAL_SCRIPT_LEADING : LATIN_LEADING));
        // Also for the line ends OpenPDF adds itself, which would otherwise ask for (non-embedded) Helvetica.
        phrase.setFont(font(size, bold, color));
        for (Run run : runs) {
            boolean latin = run.font() == regular || run.font() == this.bold;
            int style = bold && !latin ? Font.BOLD : Font.NORMAL;
            phrase.add(new Chunk(run.text(), new Font(run.font(), size, style, color)));
        }
        return phrase;
    }

    /**
     * The characters of the text that no bundled font can draw, each with its code point ("김 (U+AE40), …"), for a
     * message; empty when every character prints.
     */
    public Optional<String> unprintable(String text) {
        List<Integer> missing = missingCodePoints(text);
        return missing.isEmpty() ? Optional.empty() : Optional.of(missing.stream()
                .map(codePoint -> new String(Character.toChars(codePoint)) + " (U+" + String.format("%04X", codePoint) + ")")
                .collect(Collectors.joining(", ")));
    }

    /**
     * The characters of the text that no bundled font can draw, each once, in the order they first occur, so that a
     * form can say "this character cannot be printed on certificates" before anything is printed. The text is checked
     * in normal form C, as it is printed. Whitespace, control and format characters (zero-width joiners, direction
     * marks) and variation selectors are not reported: they print as space or not at all.
     */
    public List<Integer> missingCodePoints(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Set<Integer> missing = new LinkedHashSet<>();
        normalize(text).codePoints()
                .filter(codePoint -> !invisible(codePoint))
                .filter(codePoint -> fallbacks.stream().noneMatch(font -> font.charExists(codePoint)))
                .forEach(missing::add);
        return List.copyOf(missing);
    }

    private static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || type == Character.CONTROL || type == Character.FORMAT
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** A stretch of text drawn with one font. */
    record Run(String text, BaseFont font) {
    }

    /**
     * Splits the (normalised) text where the script changes. Spaces, punctuation, digits and combining marks (scripts
     * COMMON and INHERITED) stay in the current run when its font has them, so that the shaper sees whole words and
     * clusters.
     */
    List<Run> runs(String raw, boolean boldLatin) {
        String text = normalize(raw);
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        BaseFont currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            BaseFont font = fontFor(codePoint, currentFont, boldLatin);
            if (currentFont != null && font != currentFont) {
                runs.add(new Run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(codePoint);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(current.toString(), currentFont));
        }
        return runs;
    }

    private BaseFont fontFor(int codePoint, BaseFont currentFont, boolean boldLatin) {
        UnicodeScript script = UnicodeScript.of(codePoint);
        boolean neutral = script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED || script == UnicodeScript.UNKNOWN;
        if (neutral && currentFont != null && (codePoint == '\n' || currentFont.charExists(codePoint))) {
            return currentFont;
        }
        BaseFont font = forScript(script, boldLatin);
        if (font.charExists(codePoint) || invisible(codePoint)) {
            return font;
        }
        // Fullwidth letters and CJK punctuation, as Chinese input methods type them, after Latin text for example. A
        // character that no font has stays with the font of its script.
        return fallbacks.stream().filter(other -> other.charExists(codePoint)).findFirst().orElse(font);
    }
}
