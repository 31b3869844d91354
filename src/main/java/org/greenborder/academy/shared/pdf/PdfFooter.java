package org.greenborder.academy.shared.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;

/**
 * "Page n of m" at the bottom right of every page and a line of text at the bottom left, stamped once the document
 * is complete and the number of pages is known.
 */
public final class PdfFooter {

    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0xB0, 0xB0, 0xB0);
    private static final float SIZE = 7.5f;

    private PdfFooter() {
    }

    /** @param rule whether a thin line separates the footer from the page's content */
    public static byte[] stamp(byte[] pdf, String left, float margin, boolean rule) {
        PdfFonts fonts = PdfFonts.get();
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 8192);
            PdfStamper stamper = new PdfStamper(reader, out);
            int pages = reader.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                Rectangle size = reader.getPageSizeWithRotation(page);
                PdfContentByte over = stamper.getOverContent(page);
                if (rule) {
                    over.setColorStroke(RULE);
                    over.setLineWidth(0.5f);
                    over.moveTo(margin, 34);
                    over.lineTo(size.getWidth() - margin, 34);
                    over.stroke();
                }
                ColumnText.showTextAligned(over, Element.ALIGN_LEFT, fonts.phrase(left, SIZE, false, MUTED), margin, 22, 0);
                ColumnText.showTextAligned(over, Element.ALIGN_RIGHT,
                        new Phrase("Page " + page + " of " + pages, fonts.font(SIZE, false, MUTED)), size.getWidth() - margin, 22, 0);
            }
            stamper.close();
            reader.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot add the page footer", e);
        }
    }
}
