package org.greenborder.academy.workshop;

import java.awt.Color;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.greenborder.academy.shared.pdf.PdfFonts;
import org.greenborder.academy.shared.pdf.PdfFooter;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;

/** What the workshop's printable documents share: colours, date formats, cells and the page footer. */
final class PdfLayout {

    static final Color ACCENT = new Color(0x1B, 0x5E, 0x20);
    static final Color MUTED = new Color(0x55, 0x55, 0x55);
    static final Color HEADER_FILL = new Color(0xE8, 0xF0, 0xE8);
    static final Color BREAK_FILL = new Color(0xF3, 0xF3, 0xF3);
    static final Color RULE = new Color(0xB0, 0xB0, 0xB0);

    static final float BODY = 9.5f;
    static final float SMALL = 8f;

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private PdfLayout() {
    }

    static PdfFonts fonts() {
        return PdfFonts.get();
    }

    /** "1 April 2014", "1–3 April 2014", "30 March – 2 April 2014", "30 December 2014 – 2 January 2015". */
    static String dateRange(LocalDate start, LocalDate end) {
        if (start.equals(end)) {
            return DAY_MONTH_YEAR.format(start);
        }
        if (start.getYear() != end.getYear()) {
            return DAY_MONTH_YEAR.format(start) + " – " + DAY_MONTH_YEAR.format(end);
        }
        if (start.getMonth() != end.getMonth()) {
            return DAY_MONTH.format(start) + " – " + DAY_MONTH_YEAR.format(end);
        }
        return start.getDayOfMonth() + "–" + DAY_MONTH_YEAR.format(end);
    }

    /** "Tuesday, 1 April 2014". */
    static String dayHeading(LocalDate day) {
        return WEEKDAY.format(day);
    }

    static String date(LocalDate day) {
        return DAY_MONTH_YEAR.format(day);
    }

    /** "09:00–10:30". */
    static String timeRange(LocalTime start, LocalTime end) {
        return TIME.format(start) + "–" + TIME.format(end);
    }

    /** "Asia/Vientiane, UTC+07:00" with the offset in force on that day; just "UTC+07:00" for a fixed offset. */
    static String zoneLabel(ZoneId zone, LocalDate day) {
        ZoneOffset offset = zone.getRules().getOffset(day.atTime(12, 0));
        String utc = "UTC" + (offset.equals(ZoneOffset.UTC) ? "" : offset.getId());
        return zone.normalized() instanceof ZoneOffset ? utc : zone.getId() + ", " + utc;
    }

    static Paragraph paragraph(String text, float size, boolean bold, Color color) {
        return new Paragraph(fonts().phrase(text, size, bold, color));
    }

    /** A cell for composite content (several paragraphs), with room around the text. */
    static PdfPCell cell(Color fill) {
        PdfPCell cell = new PdfPCell();
        cell.setPadding(4);
        cell.setPaddingBottom(6);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setUseAscender(true);
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
        return cell;
    }

    static PdfPCell cell(String text, float size, boolean bold, Color fill) {
        PdfPCell cell = cell(fill);
        cell.addElement(paragraph(text, size, bold, Color.BLACK));
        return cell;
    }

    static PdfPCell headerCell(String text) {
        return cell(text, SMALL + 0.5f, true, HEADER_FILL);
    }

    /** The text cut to at most {@code max} characters, with an ellipsis if it was longer. */
    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)).strip() + "…";
    }

    /** Writes "Page x of y" at the bottom right of every page and the given text at the bottom left. */
    static byte[] withFooter(byte[] pdf, String left) {
        return PdfFooter.stamp(pdf, left, 36, false);
    }
}
