package org.greenborder.academy.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.greenborder.academy.support.Hostile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The participant import on generated files, from a fixed seed: lists with good and deliberately wrong lines,
 * damaged bytes and random text. Either every line is taken, or nothing is stored and each wrong line is named;
 * never an exception, never half a list. What was imported exports with formulas defused and imports again.
 */
@WithMockUser(username = "csv-hostile", roles = "ADMIN")
class ParticipantCsvHostileTest extends WorkshopTestBase {

    static final long SEED = 20261204L;

    @Autowired
    OrganisationRepository organisationRepository;

    /** A generated file and the lines that the generator made wrong (empty: all good). */
    record Generated(String csv, TreeSet<Integer> wrongLines) {
        @Override
        public String toString() {
            return "wrong lines " + wrongLines + " in " + Hostile.show(csv);
        }
    }

    /** What is stored that an import could change, to compare before and after a refused one. */
    record Stored(long people, long organisations, long registrations, List<String> eventRegistrations) {
    }

    private Stored stored(long eventId) {
        return new Stored(personRepository.count(), organisationRepository.count(), registrationRepository.count(),
                registrationRepository.findByEvent(eventId).stream()
                        .map(r -> r.getId() + ":" + r.getPerson().getId() + ":" + r.getStatus() + ":" + r.getRole()).sorted().toList());
    }

    @Test
    void listsWithGoodAndWrongLinesAreTakenWholeOrRefusedNamingEveryWrongLine() {
        WorkshopEvent[] event = {publishedEvent(null)};
        int[] taken = {0};
        Hostile.seed(SEED, 300).check(ParticipantCsvHostileTest::generated, generated -> {
            ImportReport report = importAndCheck(event[0].getId(), generated.csv());
            if (generated.wrongLines().isEmpty()) {
                assertThat(report.errors()).as("a list without wrong lines is taken").isEmpty();
                assertExportDefusesFormulasAndImportsAgain(event[0].getId(), report);
                event[0] = publishedEvent(null);
                taken[0]++;
            } else {
                assertThat(report.errors()).extracting(ImportReport.RowProblem::line).as("the wrong lines, each named")
                        .containsExactlyElementsOf(generated.wrongLines());
            }
        });
        assertThat(taken[0]).as("lists taken whole, then exported and imported again").isGreaterThan(20);
    }

    @Test
    void damagedBytesAndRandomTextAreRefusedOrTakenWholeNeverAnException() {
        WorkshopEvent[] event = {publishedEvent(null)};
        Hostile.seed(SEED + 1, 300).check(random -> {
            if (random.nextInt(3) == 0) {
                return randomText(random);
            }
            String good = generatedWithoutErrors(random);
            // as the import tab reads an upload: UTF-8, with what is not UTF-8 replaced
            return new String(Hostile.mutateBytes(random, good.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }, csv -> {
            ImportReport report = importAndCheck(event[0].getId(), csv);
            if (report.succeeded()) {
                event[0] = publishedEvent(null);
            }
        });
    }

    /** Fixed cases: files that are known to trouble CSV readers. */
    @Test
    void knownHostileFilesAreRefusedWithAClearMessage() {
        long eventId = publishedEvent(null).getId();
        String header = "full_name,country,agency_type,email\n";
        for (String csv : List.of("", "\uFEFF", "\n\n\n", header, "\uFEFF" + header, header.replace(',', ';') + "Sok Dara;KH;customs;\n",
                "full_name\tcountry\tagency_type\nSok Dara\tKH\tcustoms\n", header + "\"Sok Dara,KH,customs,\n",
"\"full_name\"\"\",country,agency_type\nx,KH,customs\n",
                "full_name,full_name,country,agency_type\nA,B,KH,customs\n", header + ",,,\n,,,\n",
                "\u0000\u0000\u0000", "<html><body>participants</body></html>", "PK\u0003\u0004\u0014\u0000\u0006\u0000")) {
            ImportReport report = importAndCheck(eventId, csv);
            assertThat(report.succeeded()).as(Hostile.show(csv)).isFalse();
        }
    }

    // ---- the property -------------------------------------------------------------------------------------------

    private ImportReport importAndCheck(long eventId, String csv) {
        Stored before = stored(eventId);
        ImportReport report = participants.importCsv(eventId, new StringReader(csv), false);
        int lines = (int) csv.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
        if (report.succeeded()) {
            assertThat(report.imported() + report.skipped().size()).as("every line is imported or named as already there")
                    .isEqualTo(report.rows());
            assertThat(registrationRepository.findByEvent(eventId)).hasSize(before.eventRegistrations().size() + report.imported());
        } else {
            assertThat(report.imported()).isZero();
            assertThat(stored(eventId)).as("a refused import stores nothing").isEqualTo(before);
            for (ImportReport.RowProblem problem : report.errors()) {
                assertThat(problem.message()).as("message").isNotBlank().doesNotContain("Exception", "\tat ", "org.apache");
                assertThat(problem.line()).as("line of %s", problem).isBetween(0, lines);
            }
        }
        return report;
    }

    private void assertExportDefusesFormulasAndImportsAgain(long eventId, ImportReport report) {
        String export = participants.exportCsv(eventId);
        try (CSVParser parser = CSVParser.parse(export, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord record : parser) {
                for (String cell : record) {
                    if (!cell.isEmpty()) {
                        assertThat("=+-@\t\r".indexOf(cell.charAt(0))).as("cell %s starts like a formula", Hostile.show(cell)).isNegative();
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        if (report.imported() > 0) {
            long again = publishedEvent(null).getId();
            ImportReport reimport = participants.importCsv(again, new StringReader(export), false);
            assertThat(reimport.errors()).as("the export imports again").isEmpty();
            assertThat(reimport.imported()).isEqualTo(report.imported());
        }
    }

    // ---- generators ---------------------------------------------------------------------------------------------

    static final List<String> COLUMNS = List.of("full_name", "local_name", "country", "organisation", "agency_type",
            "job_title", "email", "role", "nominated_by");

    /** Text a person's fields may hold and that must come through as text: markup, formulas, scripts of the region. */
    static String cellText(SplittableRandom random, int max) {
        String text = switch (random.nextInt(8)) {
            case 0 -> Hostile.pick(random, List.of("=HYPERLINK(\"http://example.org\",\"x\")", "=1+2", "+66 2 123", "-Dara", "@SUM(A1)",
                    "\t=cmd", "<script>alert(1)</script>", "<b onmouseover=alert(1)>x</b>", "O'Brien, \"Ken\"", "Line\nbreak",
                    "Nguyễn Văn An", "ຄຳເພັດ ສີສະຫວາດ", "សុខ ដារា", "مرحبا", "\u202Eevil\u202C", "🙂 Smile", "' OR '1'='1", "%s%n"));
            case 1 -> Hostile.text(random, 30);
            default -> "Name" + random.nextInt(1_000_000);
        };
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** A cell as a spreadsheet writes it: quoted when it has to be, and sometimes when it does not. */
    static String cell(SplittableRandom random, String value) {
        boolean must = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                || !value.equals(value.strip());
        return must || random.nextInt(5) == 0 ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    static Generated generated(SplittableRandom random) {
        return build(random, true);
    }

    static String generatedWithoutErrors(SplittableRandom random) {
        return build(random, false).csv();
    }

    private static Generated build(SplittableRandom random, boolean withErrors) {
        List<String> columns = new ArrayList<>(COLUMNS);
        java.util.Collections.shuffle(columns, new java.util.Random(random.nextLong()));
        columns = columns.stream().filter(c -> ParticipantCsv.REQUIRED.contains(c) || c.equals("email") || random.nextBoolean()).toList();
        String newline = random.nextInt(4) == 0 ? "\r\n" : "\n";
        StringBuilder csv = new StringBuilder(random.nextInt(5) == 0 ? "\uFEFF" : "");
        csv.append(String.join(",", columns.stream().map(c -> random.nextInt(6) == 0 ? " " + c.toUpperCase(java.util.Locale.ROOT).replace('_', ' ') + " " : c).toList()))
                .append(newline);
        int line = 2;
        TreeSet<Integer> wrong = new TreeSet<>();
        List<String> emails = new ArrayList<>();
        int rows = 1 + random.nextInt(12);
        for (int r = 0; r < rows; r++) {
            java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
            values.put("full_name", cellText(random, Person.NAME_MAX));
            if (values.get("full_name").trim().isEmpty()) {
                values.put("full_name", "Sok Dara");
            }
            values.put("local_name", random.nextBoolean() ? "" : cellText(random, Person.NAME_MAX));
            values.put("country", Hostile.pick(random, List.of("LA", "kh", "VN", " TH ", "MM", "Philippines", "Cambodia")));
            values.put("organisation", random.nextBoolean() ? "" : cellText(random, Organisation.NAME_MAX));
            values.put("agency_type", Hostile.pick(random, List.of("customs", "CUSTOMS", "Customs", "police", "National ozone unit")));
            values.put("job_title", random.nextBoolean() ? "" : cellText(random, Person.JOB_TITLE_MAX));
            String email = random.nextInt(3) == 0 ? "" : "p" + Long.toHexString(random.nextLong()) + "@example.org";
            values.put("email", random.nextInt(5) == 0 ? email.toUpperCase(java.util.Locale.ROOT) : email);
            values.put("role", Hostile.pick(random, List.of("", "participant", "Observer", "RESOURCE_PERSON")));
            values.put("nominated_by", random.nextBoolean() ? "" : cellText(random, Registration.NOMINATED_BY_MAX));
            boolean extraField = false;
            if (withErrors && random.nextInt(4) == 0) {
                switch (random.nextInt(7)) {
                    case 0 -> values.put("full_name", Hostile.pick(random, List.of("", "   ", "\t")));
                    case 1 -> values.put("country", Hostile.pick(random, List.of("Atlantis", "XX", "=1+1", "<b>LA</b>")));
                    case 2 -> values.put("agency_type", Hostile.pick(random, List.of("navy", "=customs", "customs;police")));
                    case 3 -> values.put("email", Hostile.pick(random, List.of("not-an-email", "a@b", "<a@b.c>", "x@@example.org")));
                    case 4 -> values.put("full_name", "x".repeat(Person.NAME_MAX + 1 + random.nextInt(5000)));
                    case 5 -> extraField = true;
                    default -> {
                        if (emails.isEmpty()) {
                            values.put("full_name", "");
                        } else {
                            values.put("email", Hostile.pick(random, emails).toUpperCase(java.util.Locale.ROOT));
                        }
                    }
                }
                wrong.add(line);
            } else if (!values.get("email").isEmpty()) {
                emails.add(values.get("email"));
            }
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                cells.add(cell(random, values.get(column)));
            }
            if (extraField) {
                cells.add("surplus");
            }
            String text = String.join(",", cells);
            csv.append(text).append(newline);
            // a quoted cell with a line break in it: the record goes on on the next line of the file
            line += 1 + (int) text.chars().filter(c -> c == '\n').count() + (int) text.replace("\r\n", "\n").chars().filter(c -> c == '\r').count();
            if (random.nextInt(10) == 0) {
                csv.append(",".repeat(columns.size() - 1)).append(newline);
                line++;
            }
        }
        return new Generated(csv.toString(), wrong);
    }

    static String randomText(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> Hostile.text(random, 400);
            case 1 -> "full_name,country,agency_type\n" + Hostile.text(random, 400);
            case 2 -> "full_name,country,agency_type\n" + ("\"" + Hostile.text(random, 20) + "\",").repeat(1 + random.nextInt(50));
            default -> "full_name,country,agency_type\n" + (Hostile.text(random, 10) + ",KH,customs\n").repeat(1 + random.nextInt(30));
        };
    }
}
