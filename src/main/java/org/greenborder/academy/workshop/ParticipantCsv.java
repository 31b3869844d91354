package org.greenborder.academy.workshop;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.greenborder.academy.shared.CountryCode;

/** Reads and writes participant lists as CSV (UTF-8, comma, header row), the format spreadsheets exchange. */
final class ParticipantCsv {

    static final List<String> COLUMNS = List.of("full_name", "local_name", "country", "organisation", "agency_type",
            "job_title", "email", "role", "nominated_by", "username");
    static final Set<String> REQUIRED = Set.of("full_name", "country", "agency_type");
    /** Written by the export after the columns above; read back without complaint, and ignored. */
    static final String STATUS = "status";
    static final int MAX_ROWS = 2000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** For the person record's own e-mail check, so that an address passing here is never refused when saved. */
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    /** A line of the file that passed every check. */
    record Row(int line, String fullName, String localName, CountryCode country, String organisation,
               AgencyType agencyType, String jobTitle, String email, EventRole role, String nominatedBy, String username) {
    }

    record Parsed(List<Row> rows, List<ImportReport.RowProblem> errors) {
    }

    private ParticipantCsv() {
    }

    static Parsed parse(Reader reader) {
        List<Row> rows = new ArrayList<>();
        List<ImportReport.RowProblem> errors = new ArrayList<>();
        String text;
        try {
            StringWriter content = new StringWriter();
            reader.transferTo(content);
            String all = content.toString();
            // the byte order mark spreadsheets write before UTF-8 would stop a quoted first header being read as quoted
            text = all.startsWith("\uFEFF") ? all.substring(1) : all;
        } catch (java.nio.charset.CharacterCodingException e) {
            errors.add(new ImportReport.RowProblem(0, "The file is not UTF-8 text: save it from the spreadsheet as \"CSV UTF-8 (comma delimited)\""));
            return new Parsed(rows, errors);
        } catch (IOException | UncheckedIOException e) {
            errors.add(new ImportReport.RowProblem(0, "The file could not be read: " + e.getMessage()));
            return new Parsed(rows, errors);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        LineCounter lines = new LineCounter(text);
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Map<String, String> headerByKey = new LinkedHashMap<>();
            for (String header : parser.getHeaderNames()) {
                // "Full name" and "full_name" are one column: which of the two to read would be a guess
                if (headerByKey.putIfAbsent(key(header), header) != null && !key(header).isEmpty()) {
                    errors.add(new ImportReport.RowProblem(1, "The header row names the column " + key(header) + " twice"));
                    return new Parsed(rows, errors);
                }
            }
            List<String> unknown = headerByKey.keySet().stream().filter(header -> !COLUMNS.contains(header) && !header.equals(STATUS)).toList();
            List<String> missing = REQUIRED.stream().filter(required -> !headerByKey.containsKey(required)).sorted().toList();
            if (!unknown.isEmpty() || !missing.isEmpty()) {
                String message = "The header row must name the columns " + String.join(", ", COLUMNS)
                        + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing))
                        + (unknown.isEmpty() ? "" : "; unknown: " + String.join(", ", unknown));
                errors.add(new ImportReport.RowProblem(1, message));
                return new Parsed(rows, errors);
            }
            for (CSVRecord record : parser) {
                int line = lines.lineOf(record.getCharacterPosition());
                if (record.stream().allMatch(String::isBlank)) {
                    continue; // an empty spreadsheet row, written as a line of commas
                }
                if (rows.size() + errors.size() >= MAX_ROWS) {
                    errors.add(new ImportReport.RowProblem(line, "Too many rows: import at most " + MAX_ROWS + " at a time"));
                    break;
                }
                parseRow(line, record, headerByKey, errors).ifPresent(rows::add);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            errors.add(unreadable(e, lines));
        }
        return new Parsed(rows, errors);
    }

    private static final Pattern NEVER_CLOSED = Pattern.compile("\\(startline (\\d+)\\)");
    private static final Pattern AFTER_CLOSING_QUOTE = Pattern.compile("between encapsulated token and delimiter .*position: (\\d+)");

    /**
     * Why commons-csv gave up, in the words of someone who edits the file, at its line: its own messages name its
     * classes ("org.apache.commons.csv.CSVException: ...") and count lines and characters in ways a reader of the
     * file cannot follow.
     */
    private static ImportReport.RowProblem unreadable(Exception e, LineCounter lines) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String detail = String.valueOf(cause.getMessage());
        Matcher neverClosed = NEVER_CLOSED.matcher(detail);
        if (neverClosed.find()) {
            return new ImportReport.RowProblem(Integer.parseInt(neverClosed.group(1)),
                    "a quoted cell starts on this line and its closing quote is missing");
        }
        Matcher afterQuote = AFTER_CLOSING_QUOTE.matcher(detail);
        if (afterQuote.find()) {
            return new ImportReport.RowProblem(lines.lineOf(Long.parseLong(afterQuote.group(1))),
                    "a quoted cell goes on after its closing quote; write a quote inside a cell twice (\"\") and quote the whole cell");
        }
        if (detail.contains("header name is missing")) {
            return new ImportReport.RowProblem(1, "The header row has a column without a name");
        }
        return new ImportReport.RowProblem(0, "The file is not a readable CSV file: save it from the spreadsheet as \"CSV UTF-8 (comma delimited)\"");
    }

    /**
     * The line of the file on which a record starts, as a text editor numbers it (the header is line 1). Record
     * numbers would be wrong after a blank line (skipped, not counted) or a cell with a line break in it.
     */
    private static final class LineCounter {

        private final String text;
        private int index;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        /** For positions in increasing order; a record's position includes the blank lines before it. */
        int lineOf(long position) {
            int start = (int) position;
            while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
                start++;
            }
            for (; index < start; index++) {
                char c = text.charAt(index);
                if (c == '\n' || c == '\r' && (index + 1 == text.length() || text.charAt(index + 1) != '\n')) {
                    line++;
                }
            }
            return line;
        }
    }

    private static Optional<Row> parseRow(int line, CSVRecord record, Map<String, String> headers,
                                          List<ImportReport.RowProblem> errors) {
        List<String> problems = new ArrayList<>();
        if (!record.isConsistent()) {
            problems.add("has " + record.size() + " fields, the header has " + headers.size());
        }
        String fullName = value(record, headers, "full_name");
        if (fullName == null) {
            problems.add("full_name is empty");
        } else if (fullName.length() > Person.NAME_MAX) {
            problems.add("full_name is longer than " + Person.NAME_MAX + " characters");
        }
        String localName = value(record, headers, "local_name");
        if (localName != null && localName.length() > Person.NAME_MAX) {
            problems.add("local_name is longer than " + Person.NAME_MAX + " characters");
        }
        CountryCode country = null;
        String countryText = value(record, headers, "country");
        if (countryText == null) {
            problems.add("country is empty");
        } else {
            country = country(countryText);
            if (country == null) {
                problems.add("country '" + countryText + "' is not an ISO code (LA, VN, ...) or a country name");
            }
        }
        String organisation = value(record, headers, "organisation");
        if (organisation != null && organisation.length() > Organisation.NAME_MAX) {
            problems.add("organisation is longer than " + Organisation.NAME_MAX + " characters");
        }
        AgencyType agencyType = null;
        String agencyText = value(record, headers, "agency_type");
        if (agencyText == null) {
            problems.add("agency_type is empty");
        } else {
            agencyType = enumValue(AgencyType.values(), agencyText, AgencyType::label);
            if (agencyType == null) {
                problems.add("agency_type '" + agencyText + "' is not one of " + names(AgencyType.values()));
            }
        }
        String jobTitle = value(record, headers, "job_title");
        if (jobTitle != null && jobTitle.length() > Person.JOB_TITLE_MAX) {
            problems.add("job_title is longer than " + Person.JOB_TITLE_MAX + " characters");
        }
        String email = value(record, headers, "email");
        if (email != null && (email.length() > Person.EMAIL_MAX || !EMAIL.matcher(email).matches()
                || !VALIDATOR.validateValue(Person.class, "email", email.toLowerCase(Locale.ROOT)).isEmpty())) {
            problems.add("email '" + email + "' is not an e-mail address");
        }
        EventRole role = EventRole.PARTICIPANT;
        String roleText = value(record, headers, "role");
        if (roleText != null) {
            role = enumValue(EventRole.values(), roleText, EventRole::label);
            if (role == null) {
                problems.add("role '" + roleText + "' is not one of " + names(EventRole.values()));
            }
        }
        String nominatedBy = value(record, headers, "nominated_by");
        if (nominatedBy != null && nominatedBy.length() > Registration.NOMINATED_BY_MAX) {
            problems.add("nominated_by is longer than " + Registration.NOMINATED_BY_MAX + " characters");
        }
        String username = value(record, headers, "username");
        if (username != null && !username.toLowerCase(Locale.ROOT).matches("[a-z0-9][a-z0-9._-]{1,49}")) {
            problems.add("username '" + username + "' is not a user name (2–50 lower-case letters, digits, '.', '_' or '-')");
        }
        if (!problems.isEmpty()) {
            errors.add(new ImportReport.RowProblem(line, String.join("; ", problems)));
            return Optional.empty();
        }
        return Optional.of(new Row(line, fullName, localName, country, organisation, agencyType, jobTitle,
                email == null ? null : email.toLowerCase(Locale.ROOT), role, nominatedBy,
                username == null ? null : username.toLowerCase(Locale.ROOT)));
    }

    /** Writes the list; every cell that a spreadsheet would run as a formula is defused with a leading quote. */
    static String write(List<Registration> registrations) {
        StringWriter out = new StringWriter();
        List<String> header = new ArrayList<>(COLUMNS);
        header.add(STATUS);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (Registration registration : registrations) {
                Person person = registration.getPerson();
                printer.printRecord(Arrays.stream(new String[]{person.getFullName(), person.getLocalName(),
                        person.getCountry().value(),
                        person.getOrganisation() == null ? null : person.getOrganisation().getName(),
                        person.getAgencyType().name(), person.getJobTitle(), person.getEmail(), registration.getRole().name(),
                        registration.getNominatedBy(), person.getUsername(), registration.getStatus().name()})
                        .map(ParticipantCsv::defuse).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String defuse(String cell) {
        return cell == null || cell.isEmpty() || !startsLikeAFormula(cell) ? cell : "'" + cell;
    }

    /** The cell as it was before {@link #defuse}, so that an exported list imports unchanged. */
    static String undefuse(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && startsLikeAFormula(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean startsLikeAFormula(String cell) {
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static String key(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    private static String value(CSVRecord record, Map<String, String> headers, String column) {
        String header = headers.get(column);
        if (header == null || !record.isMapped(header) || !record.isSet(header)) {
            return null;
        }
        String value = undefuse(record.get(header).strip());
        return value.isEmpty() ? null : value;
    }

    private static CountryCode country(String text) {
        if (text.length() == 2) {
            try {
                return CountryCode.of(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return CountryCode.byName(text).orElse(null);
    }

    private static <E extends Enum<E>> E enumValue(E[] values, String text, java.util.function.Function<E, String> label) {
        String wanted = text.strip();
        for (E value : values) {
            if (value.name().equalsIgnoreCase(wanted.replace(' ', '_').replace('-', '_'))
                    || label.apply(value).equalsIgnoreCase(wanted)) {
                return value;
            }
        }
        return null;
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
