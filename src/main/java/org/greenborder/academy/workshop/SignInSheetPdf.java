package org.greenborder.academy.workshop;

import static org.greenborder.academy.workshop.PdfLayout.ACCENT;
import static org.greenborder.academy.workshop.PdfLayout.BODY;
import static org.greenborder.academy.workshop.PdfLayout.MUTED;
import static org.greenborder.academy.workshop.PdfLayout.SMALL;
import static org.greenborder.academy.workshop.PdfLayout.paragraph;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A sign-in sheet for one session, landscape A4: one numbered row per person expected in the room, sorted by country
 * and name, with an empty column to sign in. The table header repeats on every page. Works on plain data.
 */
final class SignInSheetPdf {

    /** Height of a row, enough to sign by hand (about 1 cm). */
    static final float ROW_HEIGHT = 30;

    record Sheet(String eventTitle, String sessionTitle, LocalDate day, LocalTime start, LocalTime end, ZoneId zone,
                 String room, List<Row> rows, LocalDate generatedOn) {
    }

    /** A person: name in Latin script and, if given, in their own script. */
    record Row(String fullName, String localName, String country, String organisation, String agencyType) {
    }

    private SignInSheetPdf() {
    }

    /** Country first (by its English name), then name, the way delegations sit and sign. */
    static List<Row> ordered(List<Row> rows) {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.SECONDARY);
        Comparator<String> text = Comparator.nullsLast(collator::compare);
        return rows.stream()
                .sorted(Comparator.comparing(Row::country, text).thenComparing(Row::fullName, text)
                        .thenComparing(Row::localName, text))
                .toList();
    }

    static byte[] render(Sheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 32, 44);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Sign-in sheet: " + sheet.sessionTitle());
            document.addCreator("Green Border Academy");
            document.open();
            document.add(paragraph("Sign-in sheet", BODY, false, MUTED));
            document.add(paragraph(sheet.eventTitle(), 15, true, ACCENT));
            document.add(paragraph(sheet.sessionTitle(), 12, true, Color.BLACK));
            String when = PdfLayout.dayHeading(sheet.day()) + " · " + PdfLayout.timeRange(sheet.start(), sheet.end())
                    + " (" + PdfLayout.zoneLabel(sheet.zone(), sheet.day()) + ")"
                    + (sheet.room() == null || sheet.room().isBlank() ? "" : " · " + sheet.room());
            Paragraph whenLine = paragraph(when, BODY + 0.5f, false, Color.BLACK);
            whenLine.setSpacingAfter(8);
            document.add(whenLine);
            document.add(table(ordered(sheet.rows())));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot lay out the sign-in sheet", e);
        }
        return PdfLayout.withFooter(out.toByteArray(), PdfLayout.abbreviate(sheet.eventTitle() + " — " + sheet.sessionTitle(), 110)
                + ", " + PdfLayout.date(sheet.day()) + " · Generated " + PdfLayout.date(sheet.generatedOn()));
    }

    private static PdfPTable table(List<Row> rows) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {5, 24, 11, 23, 14, 23});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : List.of("No.", "Name", "Country", "Organisation", "Agency type", "Signature")) {
            table.addCell(PdfLayout.headerCell(header));
        }
        if (rows.isEmpty()) {
            PdfPCell none = PdfLayout.cell("No one is confirmed for this event yet.", BODY, false, null);
            none.setColspan(6);
            table.addCell(none);
            return table;
        }
        int number = 0;
        for (Row row : rows) {
            number++;
            table.addCell(fixed(PdfLayout.cell(String.valueOf(number), BODY, false, null)));
            PdfPCell name = fixed(PdfLayout.cell(null));
            name.addElement(paragraph(row.fullName(), BODY, true, Color.BLACK));
            if (row.localName() != null && !row.localName().isBlank()) {
                name.addElement(paragraph(row.localName(), BODY, false, Color.BLACK));
            }
            table.addCell(name);
            table.addCell(fixed(PdfLayout.cell(Objects.toString(row.country(), ""), BODY, false, null)));
            table.addCell(fixed(PdfLayout.cell(Objects.toString(row.organisation(), ""), SMALL + 0.5f, false, null)));
            table.addCell(fixed(PdfLayout.cell(Objects.toString(row.agencyType(), ""), SMALL + 0.5f, false, null)));
            table.addCell(fixed(PdfLayout.cell(null)));
        }
        return table;
    }

    private static PdfPCell fixed(PdfPCell cell) {
        cell.setMinimumHeight(ROW_HEIGHT);
        return cell;
    }
}
