package org.greenborder.academy.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.greenborder.academy.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Exporting a participant list: a spreadsheet must never run a cell as a formula, and the file must read back. */
@WithMockUser(username = "csv-export-admin", roles = "ADMIN")
class ParticipantCsvExportTest extends WorkshopTestBase {

    private static List<CSVRecord> read(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreDefused() throws IOException {
        WorkshopEvent event = publishedEvent(null);
        List<String> dangerous = List.of("=HYPERLINK(\"http://x\")", "+cmd", "-1", "@SUM(A1:A9)");
        for (String name : dangerous) {
            confirmed(event, person(name));
        }
        Person harmless = person("Khamphet Sisavath");
        harmless.setJobTitle("=1+1");
        participants.savePerson(harmless);
        confirmed(event, harmless);

        List<CSVRecord> records = read(participants.exportCsv(event.getId()));

        Map<String, CSVRecord> byName = records.stream().collect(Collectors.toMap(r -> r.get("full_name"), Function.identity()));
        assertThat(byName.keySet()).containsExactlyInAnyOrder("'=HYPERLINK(\"http://x\")", "'+cmd", "'-1", "'@SUM(A1:A9)",
                "Khamphet Sisavath");
        assertThat(byName.get("Khamphet Sisavath").get("job_title")).isEqualTo("'=1+1");
        assertThat(records).allSatisfy(record -> assertThat(record.toList())
                .allSatisfy(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")));
    }

    @Test
    void theExportReadsBackWithEveryColumn() throws IOException {
        WorkshopEvent event = publishedEvent(1);
        Person khamphet = person("Khamphet Sisavath");
        khamphet.setLocalName("ຄຳເພັດ ສີສະຫວາດ");
        khamphet.setJobTitle("Officer, \"HFC desk\"\nsecond line");
        participants.savePerson(khamphet);
        confirmed(event, khamphet);
        Registration waiting = approve(nominate(event, person("Sok Dara", "KH", AgencyType.NATIONAL_OZONE_UNIT)));
        assertThat(waiting.getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);

        List<CSVRecord> records = read(participants.exportCsv(event.getId()));

        assertThat(records).hasSize(2);
        CSVRecord first = records.get(0);
        assertThat(first.getParser().getHeaderNames()).startsWith(ParticipantCsv.COLUMNS.toArray(String[]::new)).endsWith("status");
        assertThat(first.get("full_name")).isEqualTo("Khamphet Sisavath");
        assertThat(first.get("local_name")).isEqualTo("ຄຳເພັດ ສີສະຫວາດ");
        assertThat(first.get("job_title")).isEqualTo("Officer, \"HFC desk\"\nsecond line");
        assertThat(first.get("country")).isEqualTo("LA");
        assertThat(first.get("agency_type")).isEqualTo("CUSTOMS");
        assertThat(first.get("email")).isEqualTo(khamphet.getEmail());
        assertThat(first.get("role")).isEqualTo("PARTICIPANT");
        assertThat(first.get("nominated_by")).isEqualTo("Focal point");
        assertThat(first.get("status")).isEqualTo("CONFIRMED");
        assertThat(records.get(1).get("status")).isEqualTo("WAITLISTED");
        assertThat(records.get(1).get("agency_type")).isEqualTo("NATIONAL_OZONE_UNIT");
    }

    @Test
    void anExportImportsIntoAnotherEventUnchanged() {
        WorkshopEvent source = publishedEvent(null);
        Person khamphet = person("Khamphet Sisavath");
        khamphet.setLocalName("ຄຳເພັດ ສີສະຫວາດ");
        participants.savePerson(khamphet);
        confirmed(source, khamphet);
        Person tricky = person("-Dara-");
        confirmed(source, tricky);
        String csv = participants.exportCsv(source.getId());
        WorkshopEvent followUp = publishedEvent(null);
        long people = personRepository.count();

        ImportReport report = participants.importCsv(followUp.getId(), new StringReader(csv), false);

        assertThat(report.succeeded()).as(report.errors().toString()).isTrue();
        assertThat(report.imported()).isEqualTo(2);
        // matched by e-mail: the same people, not copies, and names as they were before defusing
        assertThat(personRepository.count()).isEqualTo(people);
        assertThat(participants.registrations(followUp.getId())).extracting(registration -> registration.getPerson().getId())
                .containsExactlyInAnyOrder(khamphet.getId(), tricky.getId());
        assertThat(ParticipantCsv.parse(new StringReader(csv)).rows()).extracting(ParticipantCsv.Row::fullName)
                .containsExactlyInAnyOrder("Khamphet Sisavath", "-Dara-");
    }

    @Test
    void traineesCannotExport() {
        WorkshopEvent event = publishedEvent(null);
        runAs(unique("trainee"), Role.TRAINEE, () ->
                assertThatThrownBy(() -> participants.exportCsv(event.getId())).isInstanceOf(AccessDeniedException.class));
        // analysts may
        assertThat(callAs(unique("analyst"), Role.ANALYST, () -> participants.exportCsv(event.getId()))).startsWith("full_name,");
    }
}
