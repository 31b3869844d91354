package org.greenborder.academy.certificate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfWriter;
import org.greenborder.academy.shared.ContentFiles;
import org.greenborder.academy.shared.pdf.PdfFonts;
import org.greenborder.academy.shared.pdf.PdfQrCode;

/**
 * Renders one certificate: A4 landscape, in the event's layout (formal: framed and centred; simple: a coloured band
 * with the logos and the QR code beside left-aligned text). Fonts are embedded as subsets and the QR code is vector
 * drawing, which keeps a certificate with two logos and two signatures far below 100 KB. A pure function of its
 * input: everything printed comes in the {@link Sheet}.
 */
final class CertificatePdf {

    /** What goes on the page. Images are the re-encoded uploads (PNG or JPEG bytes), or null. */
    record Sheet(CertificateKind kind, String code, String verificationUrl, CertificateContent content,
                 byte[] logoLeft, byte[] logoRight, List<Signatory> signatories, boolean preview) {
    }

    record Signatory(String name, String title, byte[] signature) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
    private static final Color GREEN = new Color(0x1F, 0x5C, 0x3A);
    private static final Color GOLD = new Color(0xB0, 0x8D, 0x3C);
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x5A, 0x5A, 0x5A);
    private static final Color BAND = new Color(0xE6, 0xEF, 0xE9);

    private static final int DECODED_MAX = 64;
    private static final Map<String, Image> DECODED = new ConcurrentHashMap<>();

    private CertificatePdf() {
    }

    static byte[] render(Sheet sheet) {
        Rectangle page = PageSize.A4.rotate();
        Document document = new Document(page, 0, 0, 0, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setFullCompression();
            metadata(document, writer, sheet);
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            if (sheet.content().layout() == CertificateLayout.SIMPLE) {
                simple(canvas, page, sheet);
            } else {
                formal(canvas, page, sheet);
            }
            if (sheet.preview()) {
                previewMark(canvas, page);
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Cannot render certificate " + sheet.code(), e);
        }
        return out.toByteArray();
    }

    private static void metadata(Document document, PdfWriter writer, Sheet sheet) {
        CertificateContent content = sheet.content();
        document.addTitle(sheet.kind().heading() + ": " + content.holderName());
        document.addSubject(sheet.kind().heading() + " — " + content.eventTitle());
        document.addAuthor(content.issuer());
        document.addKeywords("certificate; verification code " + sheet.code() + "; " + sheet.verificationUrl());
        document.addCreator("Green Border Academy");
        document.addProducer();
        writer.getExtraCatalog().put(PdfName.LANG, new org.openpdf.text.pdf.PdfString("en"));
        GregorianCalendar issued = GregorianCalendar.from(content.issuedAt().atZone(ZoneOffset.UTC));
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(issued));
    }

    // ---------------------------------------------------------------------------------------------------------- formal

    private static void formal(PdfContentByte canvas, Rectangle page, Sheet sheet) throws IOException, DocumentException {
        float width = page.getWidth();
        float height = page.getHeight();
        canvas.saveState();
        canvas.setColorStroke(GREEN);
        canvas.setLineWidth(4f);
        canvas.rectangle(18, 18, width - 36, height - 36);
        canvas.stroke();
        canvas.setColorStroke(GOLD);
        canvas.setLineWidth(0.8f);
        canvas.rectangle(28, 28, width - 56, height - 56);
        canvas.stroke();
        canvas.restoreState();

        logo(canvas, sheet.logoLeft(), 48, height - 48 - 56, 150, 56, Element.ALIGN_LEFT);
        logo(canvas, sheet.logoRight(), width - 48 - 150, height - 48 - 56, 150, 56, Element.ALIGN_RIGHT);

        PdfFonts fonts = PdfFonts.get();
        CertificateContent content = sheet.content();
        float centre = width / 2;
        text(canvas, fonts.phrase(content.issuer(), 10, false, MUTED), 220, height - 66, width - 220, height - 40, Element.ALIGN_CENTER);
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                fonts.phrase(sheet.kind().heading().toUpperCase(Locale.UK), 30, true, GREEN), centre, height - 128, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                fonts.phrase("This is to certify that", 13, false, MUTED), centre, height - 162, 0);

        float nameSize = fittedSize(content.holderName(), 30, 36);
        float y = height - 205;
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, fonts.phrase(clean(content.holderName()), nameSize, true, INK),
                centre, y, 0);
        if (content.holderLocalName() != null) {
            y -= 34;
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                    fonts.phrase(clean(content.holderLocalName()), fittedSize(content.holderLocalName(), 20, 40), false, INK), centre, y, 0);
        }
        y -= 16;
        canvas.saveState();
        canvas.setColorStroke(GOLD);
        canvas.setLineWidth(0.6f);
        canvas.moveTo(centre - 170, y);
        canvas.lineTo(centre + 170, y);
        canvas.stroke();
        canvas.restoreState();

        float bodyTop = y - 6;
        Paragraph body = new Paragraph();
        body.setAlignment(Element.ALIGN_CENTER);
        body.add(fonts.phrase(sheet.kind().verb() + "\n", 12, false, MUTED));
        body.add(fonts.phrase(clean(content.eventTitle()) + "\n", 14, true, INK));
        body.add(fonts.phrase(where(content) + "\n", 12, false, MUTED));
        body.add(fonts.phrase(clean(content.achievement()), 11, false, INK));
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(110, 160, width - 110, bodyTop);
        column.addElement(body);
        column.go();

        signatories(canvas, sheet.signatories(), 60, 104, width - 260);
        qrBlock(canvas, sheet, width - 48 - 100, 44, 96);
        footer(canvas, sheet, 48, 44);
    }

    // ---------------------------------------------------------------------------------------------------------- simple

    private static void simple(PdfContentByte canvas, Rectangle page, Sheet sheet) throws IOException, DocumentException {
        float width = page.getWidth();
        float height = page.getHeight();
        float band = 190;
        canvas.saveState();
        canvas.setColorFill(BAND);
        canvas.rectangle(0, 0, band, height);
        canvas.fill();
        canvas.setColorFill(GREEN);
        canvas.rectangle(band, 0, 6, height);
        canvas.fill();
        canvas.restoreState();

        logo(canvas, sheet.logoLeft(), 24, height - 40 - 64, band - 48, 64, Element.ALIGN_CENTER);
        logo(canvas, sheet.logoRight(), 24, height - 40 - 64 - 84, band - 48, 64, Element.ALIGN_CENTER);
        qrBlock(canvas, sheet, (band - 112) / 2f, 40, 112);

        PdfFonts fonts = PdfFonts.get();
        CertificateContent content = sheet.content();
        float left = band + 48;
        float right = width - 48;
        text(canvas, fonts.phrase(content.issuer(), 10, false, MUTED), left, height - 80, right, height - 36, Element.ALIGN_LEFT);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, fonts.phrase(sheet.kind().heading(), 26, true, GREEN),
                left, height - 112, 0);

        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(left, 160, right, height - 136);
        Paragraph holder = new Paragraph(fonts.phrase(clean(content.holderName()), fittedSize(content.holderName(), 26, 40), true, INK));
        column.addElement(holder);
        if (content.holderLocalName() != null) {
            column.addElement(new Paragraph(fonts.phrase(clean(content.holderLocalName()), 18, false, INK)));
        }
        Paragraph what = new Paragraph();
        what.setSpacingBefore(14);
        what.add(fonts.phrase(sheet.kind().verb() + "\n", 12, false, MUTED));
        what.add(fonts.phrase(clean(content.eventTitle()) + "\n", 14, true, INK));
        what.add(fonts.phrase(where(content), 12, false, MUTED));
        column.addElement(what);
        Paragraph detail = new Paragraph(fonts.phrase(clean(content.achievement()), 11, false, INK));
        detail.setSpacingBefore(10);
        column.addElement(detail);
        column.go();

        signatories(canvas, sheet.signatories(), left, 104, right - left);
        footer(canvas, sheet, left, 36);
    }

    // ---------------------------------------------------------------------------------------------------------- parts

    private static void signatories(PdfContentByte canvas, List<Signatory> signatories, float left, float baseline,
                                    float available) throws IOException, DocumentException {
        if (signatories.isEmpty()) {
            return;
        }
        PdfFonts fonts = PdfFonts.get();
        float blockWidth = Math.min(220, available / signatories.size() - 20);
        for (int i = 0; i < signatories.size(); i++) {
            Signatory signatory = signatories.get(i);
            float x = left + i * (blockWidth + 30);
            if (signatory.signature() != null) {
                logo(canvas, signatory.signature(), x, baseline + 4, blockWidth, 40, Element.ALIGN_CENTER);
            }
            canvas.saveState();
            canvas.setColorStroke(MUTED);
            canvas.setLineWidth(0.6f);
            canvas.moveTo(x, baseline + 2);
            canvas.lineTo(x + blockWidth, baseline + 2);
            canvas.stroke();
            canvas.restoreState();
            Paragraph lines = new Paragraph();
            lines.setAlignment(Element.ALIGN_CENTER);
            lines.add(fonts.phrase(clean(signatory.name()) + "\n", 10, true, INK));
            if (signatory.title() != null) {
                lines.add(fonts.phrase(clean(signatory.title()), 8.5f, false, MUTED));
            }
            text(canvas, lines, x - 10, baseline - 44, x + blockWidth + 10, baseline, Element.ALIGN_CENTER);
        }
    }

    private static void qrBlock(PdfContentByte canvas, Sheet sheet, float x, float y, float side) throws DocumentException {
        PdfQrCode.draw(canvas, sheet.verificationUrl(), x, y + 12, side);
        PdfFonts fonts = PdfFonts.get();
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, fonts.phrase(sheet.code(), 8.5f, true, INK),
                x + side / 2, y + 2, 0);
    }

    private static void footer(PdfContentByte canvas, Sheet sheet, float x, float y) {
        PdfFonts fonts = PdfFonts.get();
        CertificateContent content = sheet.content();
        LocalDate issued = content.issuedAt().atZone(ZoneOffset.UTC).toLocalDate();
        String validity = content.validUntil() == null ? "" : " · Valid until " + DAY.format(content.validUntil());
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, fonts.phrase("Issued " + DAY.format(issued) + validity
                + " · Verification code " + sheet.code(), 8, false, MUTED), x, y + 8, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                fonts.phrase("Check this certificate at " + sheet.verificationUrl(), 8, false, MUTED), x, y - 2, 0);
    }

    private static void previewMark(PdfContentByte canvas, Rectangle page) {
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                PdfFonts.get().phrase("PREVIEW — NOT A VALID CERTIFICATE", 40, true, new Color(0xC0, 0x39, 0x2B)),
                page.getWidth() / 2, page.getHeight() / 2 - 20, 20);
    }

    /** Draws an image scaled to fit the box, aligned left, centre or right in it. Unreadable images are left out. */
    private static void logo(PdfContentByte canvas, byte[] bytes, float x, float y, float maxWidth, float maxHeight,
                             int alignment) throws IOException, DocumentException {
        if (bytes == null) {
            return;
        }
        Image image = image(bytes);
        if (image == null) {
            return;
        }
        image.scaleToFit(maxWidth, maxHeight);
        float offset = switch (alignment) {
            case Element.ALIGN_RIGHT -> maxWidth - image.getScaledWidth();
            case Element.ALIGN_CENTER -> (maxWidth - image.getScaledWidth()) / 2;
            default -> 0;
        };
        image.setAbsolutePosition(x + offset, y + (maxHeight - image.getScaledHeight()) / 2);
        canvas.addImage(image);
    }

    /**
     * The image for these bytes, decoded once: the logos and signatures of an event are the same on every one of its
     * certificates, and decoding a PNG costs more than the rest of the page. Each use gets its own copy (position
     * and scale are per use) that shares the decoded data.
     */
    private static Image image(byte[] bytes) {
        String key = ContentFiles.sha256(bytes);
        Image decoded = DECODED.get(key);
        if (decoded == null) {
            try {
                decoded = Image.getInstance(bytes);
            } catch (BadElementException | IOException e) {
                return null;
            }
            if (DECODED.size() >= DECODED_MAX) {
                DECODED.clear();
            }
            DECODED.put(key, decoded);
        }
        return Image.getInstance(decoded);
    }

    private static void text(PdfContentByte canvas, Phrase phrase, float llx, float lly, float urx, float ury, int alignment)
            throws DocumentException {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(llx, lly, urx, ury);
        if (phrase instanceof Paragraph paragraph) {
            paragraph.setAlignment(alignment);
            column.addElement(paragraph);
        } else {
            Paragraph paragraph = new Paragraph(phrase);
            paragraph.setAlignment(alignment);
            column.addElement(paragraph);
        }
        column.go();
    }

    /** Long names get a smaller size, so that they stay on one or two lines. */
    private static float fittedSize(String name, float size, int comfortableLength) {
        int length = name == null ? 0 : name.length();
        return length <= comfortableLength ? size : Math.max(16, size * comfortableLength / length);
    }

    static String where(CertificateContent content) {
        return where(content.eventPlace(), content.eventStart(), content.eventEnd());
    }

    static String where(String place, LocalDate start, LocalDate end) {
        return place + ", " + dateRange(start, end);
    }

    static String dateRange(LocalDate start, LocalDate end) {
        if (start.equals(end)) {
            return DAY.format(start);
        }
        if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
            return start.getDayOfMonth() + "–" + DAY.format(end);
        }
        if (start.getYear() == end.getYear()) {
            return DAY_MONTH.format(start) + " – " + DAY.format(end);
        }
        return DAY.format(start) + " – " + DAY.format(end);
    }

    /** NFC, so that decomposed accents (as some keyboards type Vietnamese) use the fonts' precomposed letters. */
    private static String clean(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
