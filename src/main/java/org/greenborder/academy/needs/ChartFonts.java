package org.greenborder.academy.needs;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The typeface of every chart: DejaVu Sans from the fonts bundled for the PDFs, registered with Java's font system
 * so that charts measure their labels with exactly the metrics of the font the PDF embeds, and so that a server
 * without any system fonts can still draw them. Falls back to the logical "SansSerif" if the files cannot be read.
 */
final class ChartFonts {

    private static final Logger log = LoggerFactory.getLogger(ChartFonts.class);

    /** The family the charts ask Java for. */
    static final String FAMILY = register();

    private ChartFonts() {
    }

    static Font plain(float size) {
        return new Font(FAMILY, Font.PLAIN, 1).deriveFont(size);
    }

    static Font bold(float size) {
        return new Font(FAMILY, Font.BOLD, 1).deriveFont(size);
    }

    /** Whether the (AWT) font is the bold face, whichever way it was made bold. */
    static boolean isBold(Font font) {
        return font.isBold() || font.getFontName().toLowerCase(java.util.Locale.ROOT).contains("bold");
    }

    /**
     * Registers both faces, so that {@code new Font("DejaVu Sans", Font.BOLD, n)} picks the real bold face instead of
     * an emboldened regular one. Registration is refused when the system already has the font, which is fine: same font.
     */
    private static String register() {
        try {
            GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
            String family = null;
            for (String resource : new String[] {"fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf"}) {
                try (InputStream in = ChartFonts.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IOException(resource + " is missing from the classpath");
                    }
                    Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                    environment.registerFont(font);
                    family = font.getFamily(java.util.Locale.ROOT);
                }
            }
            return family;
        } catch (IOException | FontFormatException | RuntimeException e) {
            log.warn("Charts fall back to the JVM's SansSerif font: {}", e.toString());
            return Font.SANS_SERIF;
        }
    }
}
