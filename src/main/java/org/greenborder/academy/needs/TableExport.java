package org.greenborder.academy.needs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Dashboard tables as CSV and Excel files. Both are opened by people in a spreadsheet, so text that a spreadsheet
 * would run as a formula (a country comment typed as "=HYPERLINK(...)", say) is defused with a leading apostrophe;
 * numbers stay numbers, a negative one included, and days stay days.
 */
public final class TableExport {

    /** Excel opens a CSV as UTF-8 only with the byte order mark; without it Lao, Thai or Vietnamese text is garbled. */
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** What Excel accepts in a sheet name: at most 31 characters, none of : \ / ? * [ ]. */
    static final int SHEET_NAME_MAX = 31;
    /** Excel's longest cell text. */
    private static final int CELL_TEXT_MAX = 32_767;
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final String HEADER_FILL = "E8F0E8";

    private TableExport() {
    }

    /** RFC 4180 (comma, double quotes, CRLF), UTF-8 with a byte order mark, a header line, then a line per row. */
    public static byte[] csv(DataTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(table.headers().stream().map(TableExport::safeText).toList());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(TableExport::csvCell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * One worksheet per table, named after it (made valid and unique), header row bold and frozen, numbers as numbers,
     * days as dates, yes/no as "Yes"/"No", everything else as plain text (never a formula).
     */
    public static byte[] xlsx(List<DataTable> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Green Border Academy", "1.0");
            List<String> names = sheetNames(tables.stream().map(DataTable::name).toList());
            for (int i = 0; i < tables.size(); i++) {
                write(workbook.newWorksheet(names.get(i)), tables.get(i));
            }
            if (tables.isEmpty()) {
                // A workbook must have a sheet to open at all.
                workbook.newWorksheet("No data").value(0, 0, NeedsCharts.NO_DATA);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet sheet, DataTable table) {
        int columns = table.headers().size();
        int[] widths = new int[columns];
        for (int column = 0; column < columns; column++) {
            String header = safeText(table.headers().get(column));
            sheet.value(0, column, header);
            sheet.style(0, column).bold().fillColor(HEADER_FILL).set();
            widths[column] = header.length();
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            for (int column = 0; column < columns; column++) {
                Object cell = row.get(column);
                int line = r + 1;
                switch (cell) {
                    case null -> {
                    }
                    case Number number -> {
                        if (finite(number)) {
                            sheet.value(line, column, number);
                            widths[column] = Math.max(widths[column], plain(number).length());
                        }
                    }
                    case LocalDate day -> {
                        sheet.value(line, column, day);
                        sheet.style(line, column).format(DATE_FORMAT).set();
                        widths[column] = Math.max(widths[column], DATE_FORMAT.length());
                    }
                    case Boolean yes -> sheet.value(line, column, yes ? "Yes" : "No");
                    default -> {
                        String text = excelText(cell.toString());
                        sheet.value(line, column, text);
                        widths[column] = Math.max(widths[column], text.length());
                    }
                }
            }
        }
        for (int column = 0; column < columns; column++) {
            sheet.width(column, Math.min(60, Math.max(8, widths[column] + 2)));
        }
        sheet.freezePane(0, 1);
    }

    /**
     * Valid, distinct sheet names in the order given: forbidden characters become "-", leading and trailing
     * apostrophes go, blank names become "Sheet", and a name used already (Excel ignores case) gets " (2)", " (3)"...
     * all within 31 characters.
     */
    static List<String> sheetNames(List<String> wanted) {
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (String name : wanted) {
            String base = (name == null ? "" : name).replaceAll("[\\\\/?*\\[\\]:]", "-")
                    .replaceAll("\\p{Cntrl}", " ").strip().replaceAll("^'+|'+$", "").strip();
            if (base.isEmpty()) {
                base = "Sheet";
            }
            if (base.equalsIgnoreCase("History")) {
                // Excel keeps that name for its change history.
                base = "History (table)";
            }
            base = cut(base, SHEET_NAME_MAX);
            String candidate = base;
            for (int n = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
                String suffix = " (" + n + ")";
                candidate = cut(base, SHEET_NAME_MAX - suffix.length()) + suffix;
            }
            taken.add(candidate.toLowerCase(Locale.ROOT));
            names.add(candidate);
        }
        return names;
    }

    /** The text within {@code max} characters, cut after a whole word where one ends in the second half. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String cut = text.substring(0, max);
        int space = cut.lastIndexOf(' ');
        if (!Character.isWhitespace(text.charAt(max)) && space > max / 2) {
            cut = cut.substring(0, space);
        }
        return cut.strip().replaceAll("[,;:.–-]+$", "").strip();
    }

    private static Object csvCell(Object cell) {
        return switch (cell) {
            case null -> "";
            case Number number -> finite(number) ? plain(number) : "";
            case LocalDate day -> day.toString();
            case Boolean yes -> yes ? "Yes" : "No";
            default -> safeText(cell.toString());
        };
    }

    /**
     * Text that a spreadsheet will show as text: a leading =, +, -, @, tab or carriage return would make Excel,
     * LibreOffice or Google Sheets read the cell as a formula (OWASP's CSV injection list), so it gets an apostrophe
     * in front, which also makes Excel keep the rest as typed.
     */
    static String safeText(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /** Safe text without the characters XML 1.0 cannot carry, within Excel's cell limit. */
    private static String excelText(String text) {
        String safe = safeText(text);
        StringBuilder clean = new StringBuilder(safe.length());
        safe.codePoints().forEach(c -> clean.appendCodePoint(
                c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                        || c >= 0x10000 ? c : 0xFFFD));
        return clean.length() <= CELL_TEXT_MAX ? clean.toString() : clean.substring(0, CELL_TEXT_MAX - 1) + "…";
    }

    private static boolean finite(Number number) {
        return !(number instanceof Double d && !Double.isFinite(d)) && !(number instanceof Float f && !Float.isFinite(f));
    }

    /** "4.5", "12", "10000000": never a locale's comma, never "1.0E7". */
    private static String plain(Number number) {
        return switch (number) {
            case BigDecimal decimal -> decimal.toPlainString();
            case BigInteger integer -> integer.toString();
            case Double d -> BigDecimal.valueOf(d).toPlainString();
            case Float f -> new BigDecimal(f.toString()).toPlainString();
            default -> number.toString();
        };
    }
}
