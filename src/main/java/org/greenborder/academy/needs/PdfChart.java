package org.greenborder.academy.needs;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.greenborder.academy.shared.pdf.PdfFonts;
import org.jfree.chart.JFreeChart;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * Draws a chart onto a PDF page as vector graphics: paths and real text in a form XObject, sharp at any zoom and
 * searchable, never a bitmap. Text is set in the embedded DejaVu Sans of {@link PdfFonts}, the font the chart measured
 * its labels with ({@link ChartFonts}), so labels fit exactly; OpenPDF's default mapping would fall back to
 * non-embedded Helvetica.
 */
final class PdfChart {

    private PdfChart() {
    }

    /**
     * The chart laid out at {@code layoutWidth} (in chart units, as on screen) and scaled to {@code width} points, so
     * that one chart design serves the dashboard and the page; the result can go in a table cell or the text flow.
     */
    static Image image(PdfContentByte canvas, JFreeChart chart, float width, double layoutWidth, double layoutHeight) {
        float scale = (float) (width / layoutWidth);
        float height = (float) (layoutHeight * scale);
        PdfTemplate template = canvas.createTemplate(width, height);
        Graphics2D g2 = template.createGraphics(width, height, FONTS);
        try {
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, layoutWidth, layoutHeight));
        } finally {
            g2.dispose();
        }
        try {
            return Image.getInstance(template);
        } catch (BadElementException e) {
            throw new IllegalStateException("Cannot place the chart", e);
        }
    }

    private static final FontMapper FONTS = new FontMapper() {
        @Override
        public BaseFont awtToPdf(Font font) {
            return ChartFonts.isBold(font) ? PdfFonts.get().bold() : PdfFonts.get().regular();
        }

        @Override
        public Font pdfToAwt(BaseFont font, int size) {
            return font == PdfFonts.get().bold() ? ChartFonts.bold(size) : ChartFonts.plain(size);
        }
    };
}
