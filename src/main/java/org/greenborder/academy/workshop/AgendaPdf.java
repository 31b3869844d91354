package org.greenborder.academy.workshop;

import static org.greenborder.academy.workshop.PdfLayout.ACCENT;
import static org.greenborder.academy.workshop.PdfLayout.BODY;
import static org.greenborder.academy.workshop.PdfLayout.BREAK_FILL;
import static org.greenborder.academy.workshop.PdfLayout.MUTED;
import static org.greenborder.academy.workshop.PdfLayout.SMALL;
import static org.greenborder.academy.workshop.PdfLayout.paragraph;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A printable A4 agenda: the event's details, then per day a table of sessions with their speakers, remote
 * contributions, scope, assumptions, expected goals and breakout groups. Works on plain data, not on entities.
 */
final class AgendaPdf {

    /** Everything the agenda shows. Dates and times are in the venue's time zone. */
    record Agenda(String title, String type, LocalDate start, LocalDate end, String city, String country, ZoneId zone,
                  List<String> organisers, List<String> partners, List<Session> sessions, LocalDate generatedOn) {
    }

    /** One slot; {@code pause} marks a break, which is shown as a shaded line. */
    record Session(LocalDate day, LocalTime start, LocalTime end, String kind, boolean pause, String title, String room,
                   List<String> speakers, List<Contribution> contributions, String scope, List<String> assumptions,
                   List<String> goals, List<Group> groups) {
    }

    /** A contribution from outside the room, e.g. a video presentation by a convention secretariat. */
    record Contribution(String kind, String organisation, String title, String presenter) {
    }

    record Group(String label, String theme, List<Question> questions) {
    }

    record Question(String letter, String text) {
    }

    private AgendaPdf() {
    }

    static byte[] render(Agenda agenda) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Agenda: " + agenda.title());
            document.addCreator("Green Border Academy");
            document.open();
            header(document, agenda);
            Map<LocalDate, List<Session>> days = new LinkedHashMap<>();
            agenda.sessions().forEach(session -> days.computeIfAbsent(session.day(), day -> new ArrayList<>()).add(session));
            if (days.isEmpty()) {
                document.add(paragraph("The agenda has no sessions yet.", BODY, false, MUTED));
            }
            int dayNumber = 0;
            for (Map.Entry<LocalDate, List<Session>> day : days.entrySet()) {
                dayNumber++;
                Paragraph heading = paragraph(PdfLayout.dayHeading(day.getKey()), 13, true, ACCENT);
                heading.setSpacingBefore(dayNumber == 1 ? 6 : 14);
                heading.setSpacingAfter(4);
                heading.setKeepTogether(true);
                document.add(heading);
                document.add(dayTable(day.getValue()));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot lay out the agenda", e);
        }
        return PdfLayout.withFooter(out.toByteArray(), PdfLayout.abbreviate("Agenda: " + agenda.title(), 90)
                + " · Generated " + PdfLayout.date(agenda.generatedOn()));
    }

    private static void header(Document document, Agenda agenda) throws DocumentException {
        document.add(paragraph(agenda.type(), BODY, false, MUTED));
        Paragraph title = paragraph(agenda.title(), 17, true, ACCENT);
        title.setSpacingAfter(4);
        document.add(title);
        document.add(paragraph(PdfLayout.dateRange(agenda.start(), agenda.end()) + " · " + agenda.city() + ", "
                + agenda.country(), 11, true, Color.BLACK));
        document.add(paragraph("All times are local time in " + agenda.city() + " ("
                + PdfLayout.zoneLabel(agenda.zone(), agenda.start()) + ").", BODY, false, MUTED));
        if (!agenda.organisers().isEmpty()) {
            Paragraph organisers = paragraph("Organised by: " + String.join("; ", agenda.organisers()), BODY, false, Color.BLACK);
            organisers.setSpacingBefore(4);
            document.add(organisers);
        }
        if (!agenda.partners().isEmpty()) {
            document.add(paragraph("In partnership with: " + String.join("; ", agenda.partners()), BODY, false, Color.BLACK));
        }
    }

    private static PdfPTable dayTable(List<Session> sessions) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {15, 65, 20});
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.setHeaderRows(1);
        // Long sessions (many goals, several groups) may run over a page; split them rather than leave gaps.
        table.setSplitLate(false);
        table.addCell(PdfLayout.headerCell("Time"));
        table.addCell(PdfLayout.headerCell("Session"));
        table.addCell(PdfLayout.headerCell("Room"));
        for (Session session : sessions) {
            Color fill = session.pause() ? BREAK_FILL : null;
            table.addCell(PdfLayout.cell(PdfLayout.timeRange(session.start(), session.end()), BODY, false, fill));
            table.addCell(sessionCell(session, fill));
            table.addCell(PdfLayout.cell(session.room() == null ? "" : session.room(), BODY, false, fill));
        }
        return table;
    }

    private static PdfPCell sessionCell(Session session, Color fill) {
        PdfPCell cell = PdfLayout.cell(fill);
        if (session.pause()) {
            cell.addElement(paragraph(session.title(), BODY, false, MUTED));
            return cell;
        }
        cell.addElement(paragraph(session.kind(), SMALL, false, MUTED));
        cell.addElement(paragraph(session.title(), BODY + 1, true, Color.BLACK));
        if (!session.speakers().isEmpty()) {
            cell.addElement(spaced(paragraph("Speakers and resource persons: " + String.join("; ", session.speakers()),
                    BODY, false, Color.BLACK), 2));
        }
        for (Contribution contribution : session.contributions()) {
            StringBuilder text = new StringBuilder(contribution.kind()).append(" — ").append(contribution.organisation())
                    .append(": ").append(contribution.title());
            if (contribution.presenter() != null && !contribution.presenter().isBlank()) {
                text.append(" (").append(contribution.presenter()).append(')');
            }
            cell.addElement(spaced(paragraph(text.toString(), BODY, false, ACCENT), 2));
        }
        if (session.scope() != null && !session.scope().isBlank()) {
            cell.addElement(label("Scope"));
            cell.addElement(paragraph(session.scope(), BODY, false, Color.BLACK));
        }
        bullets(cell, "Underlying assumptions", session.assumptions());
        bullets(cell, "Expected goals", session.goals());
        for (Group group : session.groups()) {
            cell.addElement(spaced(paragraph(group.label() + " — " + group.theme(), BODY, true, Color.BLACK), 5));
            for (Question question : group.questions()) {
                cell.addElement(hanging(question.letter() + ". " + question.text()));
            }
        }
        return cell;
    }

    private static void bullets(PdfPCell cell, String label, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        cell.addElement(label(label));
        lines.forEach(line -> cell.addElement(hanging("• " + line)));
    }

    private static Paragraph label(String text) {
        return spaced(paragraph(text, SMALL, true, MUTED), 5);
    }

    /** A list item: the marker hangs to the left of the wrapped lines. */
    private static Paragraph hanging(String text) {
        Paragraph item = paragraph(text, BODY, false, Color.BLACK);
        item.setIndentationLeft(12);
        item.setFirstLineIndent(-9);
        item.setAlignment(Element.ALIGN_LEFT);
        return item;
    }

    private static Paragraph spaced(Paragraph paragraph, float before) {
        paragraph.setSpacingBefore(before);
        return paragraph;
    }
}
