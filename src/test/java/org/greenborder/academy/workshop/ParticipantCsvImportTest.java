package org.greenborder.academy.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.greenborder.academy.shared.CountryCode;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Importing a participant list: all or nothing, with every wrong line named. */
@WithMockUser(username = "csv-admin", roles = "ADMIN")
class ParticipantCsvImportTest extends WorkshopTestBase {

    static final String HEADER = "full_name,local_name,country,organisation,agency_type,job_title,email,role,nominated_by\n";

    private ImportReport importCsv(WorkshopEvent event, String csv) {
        return participants.importCsv(event.getId(), new StringReader(csv), false);
    }

    private static String email(String name) {
        return unique(name) + "@example.org";
    }

    private static String lines(ImportReport report) {
        return report.errors().stream().map(ImportReport.RowProblem::toString).reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    void aFileWithBadLinesImportsNothingAndNamesEveryBadLine() {
        WorkshopEvent event = publishedEvent(null);
        String dara = email("dara");
        String csv = HEADER
                + "Khamphet Sisavath,ຄຳເພັດ ສີສະຫວາດ,LA,Lao Customs Department,customs,Officer," + email("khamphet") + ",participant,Lao Customs\n"
                + "Sok Dara,សុខ ដារា,Cambodia,General Department of Customs and Excise,Customs,," + dara + ",,\n"
                + "Nguyen Van An,,Atlantis,,customs,,,,\n"
                + ",,VN,,customs,,,,\n"
                + "Somchai Wongsakul,,TH,,navy,,,,\n"
                + "Aung Kyaw,,MM,,customs,,not-an-email,,\n"
                + "Dara Again,,KH,,customs,," + dara.toUpperCase() + ",,\n"
                + "Too Many,,LA,,customs,,,participant,Someone,surplus\n";
        long people = personRepository.count();
        long registrations = registrationRepository.count();

        ImportReport report = importCsv(event, csv);

        assertThat(report.succeeded()).isFalse();
        assertThat(report.imported()).isZero();
        assertThat(report.errors()).extracting(ImportReport.RowProblem::line).as(lines(report))
                .containsExactly(4, 5, 6, 7, 8, 9);
        assertThat(report.errors().get(0).message()).contains("country 'Atlantis'", "ISO code");
        assertThat(report.errors().get(1).message()).contains("full_name is empty");
        assertThat(report.errors().get(2).message()).contains("agency_type 'navy'", "CUSTOMS");
        assertThat(report.errors().get(3).message()).contains("email 'not-an-email'");
        assertThat(report.errors().get(4).message()).contains("also on line 3");
        assertThat(report.errors().get(5).message()).contains("10 fields", "header has 9");
        assertThat(report.errors().get(0).toString()).startsWith("Line 4: ");
        // all or nothing: not even the good lines were imported
        assertThat(personRepository.count()).isEqualTo(people);
        assertThat(registrationRepository.count()).isEqualTo(registrations);
        assertThat(participants.registrations(event.getId())).isEmpty();
    }

    @Test
    void anEmailThePersonRecordWouldRefuseIsReportedOnItsLine() {
        WorkshopEvent event = publishedEvent(null);
        String csv = HEADER
                + "Khamphet Sisavath,,LA,,customs,,khamphet..sisavath@example.org,,\n"
                + "Sok Dara,,KH,,customs,,dara@example..org,,\n"
                + "Nguyen Van An,,VN,,customs,,an.@example.org,,\n";
        long people = personRepository.count();

        ImportReport report = importCsv(event, csv);

        assertThat(report.errors()).extracting(ImportReport.RowProblem::line).as(lines(report)).containsExactly(2, 3, 4);
        assertThat(report.errors()).allSatisfy(problem -> assertThat(problem.message()).contains("is not an e-mail address"));
        assertThat(personRepository.count()).isEqualTo(people);
    }

    @Test
    void aGoodFileImportsEveryone() {
        WorkshopEvent event = publishedEvent(null);
        String csv = HEADER
                + "Khamphet Sisavath,ຄຳເພັດ ສີສະຫວາດ,LA,Lao Customs Department,customs,Officer," + email("khamphet") + ",participant,Lao Customs\n"
                + "Sok Dara,សុខ ដារា,Cambodia,General Department of Customs and Excise,Customs,," + email("dara") + ",,\n"
                + "\"Nguyen Van An, Jr.\",,Viet Nam,,National ozone unit,\"Officer, \"\"HFC desk\"\"\",,resource person,\n";

        ImportReport report = importCsv(event, csv);

        assertThat(report.succeeded()).as(lines(report)).isTrue();
        assertThat(report.rows()).isEqualTo(3);
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.skipped()).isEmpty();
        List<Registration> registered = participants.registrations(event.getId());
        assertThat(registered).extracting(registration -> registration.getPerson().getFullName())
                .containsExactly("Khamphet Sisavath", "Nguyen Van An, Jr.", "Sok Dara");
        Registration an = registered.get(1);
        assertThat(an.getRole()).isEqualTo(EventRole.RESOURCE_PERSON);
        assertThat(an.getPerson().getCountry()).isEqualTo(CountryCode.of("VN"));
        assertThat(an.getPerson().getAgencyType()).isEqualTo(AgencyType.NATIONAL_OZONE_UNIT);
        assertThat(an.getPerson().getJobTitle()).isEqualTo("Officer, \"HFC desk\"");
        assertThat(registered.get(2).getPerson().getOrganisation().getName()).isEqualTo("General Department of Customs and Excise");
        assertThat(registered.get(0).getNominatedBy()).isEqualTo("Lao Customs");
        assertThat(registered).extracting(Registration::getStatus).containsOnly(RegistrationStatus.NOMINATED);
    }

    @Test
    void importingWithConfirmationApprovesWithinTheCapacity() {
        WorkshopEvent event = publishedEvent(1);
        String csv = HEADER
                + "Khamphet Sisavath,,LA,,customs,," + email("khamphet") + ",,\n"
                + "Sok Dara,,KH,,customs,," + email("dara") + ",,\n";

        ImportReport report = participants.importCsv(event.getId(), new StringReader(csv), true);

        assertThat(report.imported()).isEqualTo(2);
        assertThat(participants.registrations(event.getId())).extracting(Registration::getStatus)
                .containsExactly(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);
    }

    @Test
    void reImportingSkipsWhoeverIsAlreadyRegistered() {
        WorkshopEvent event = publishedEvent(null);
        String first = HEADER
                + "Khamphet Sisavath,,LA,,customs,," + email("khamphet") + ",,\n"
                + "Sok Dara,,KH,,customs,,,,\n";
        assertThat(importCsv(event, first).imported()).isEqualTo(2);
        long people = personRepository.count();

        String second = first + "Nguyen Van An,,VN,,customs,," + email("an") + ",,\n";
        ImportReport report = importCsv(event, second);

        assertThat(report.succeeded()).isTrue();
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.skipped()).extracting(ImportReport.RowProblem::line).containsExactly(2, 3);
        assertThat(report.skipped().getFirst().message()).contains("Khamphet Sisavath", "already registered");
        assertThat(participants.registrations(event.getId())).extracting(registration -> registration.getPerson().getFullName())
                .containsExactly("Khamphet Sisavath", "Nguyen Van An", "Sok Dara");
        assertThat(personRepository.count()).isEqualTo(people + 1);
    }

    @Test
    void someoneWithoutEmailListedTwiceIsRegisteredOnce() {
        WorkshopEvent event = publishedEvent(null);
        long people = personRepository.count();
        String csv = HEADER
                + "Sok Dara,,KH,,customs,,,,\n"
                + "SOK DARA,,Cambodia,,customs,,,,\n"
                + "Sok Dara,,TH,,customs,,,,\n";

        ImportReport report = importCsv(event, csv);

        // the same name from another country is someone else
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.skipped()).extracting(ImportReport.RowProblem::line).containsExactly(3);
        assertThat(personRepository.count()).isEqualTo(people + 2);
    }

    @Test
    void aPersonAlreadyKnownByEmailIsReusedNotDuplicated() {
        Person known = person("Khamphet Sisavath");
        WorkshopEvent event = publishedEvent(null);
        long people = personRepository.count();

        ImportReport report = importCsv(event, HEADER + "K. Sisavath,,LA,,customs,," + known.getEmail().toUpperCase() + ",,\n");

        assertThat(report.imported()).isEqualTo(1);
        assertThat(personRepository.count()).isEqualTo(people);
        assertThat(participants.registrations(event.getId())).singleElement()
                .extracting(registration -> registration.getPerson().getId()).isEqualTo(known.getId());
    }

    @Test
    void malformedQuotingIsReportedAndNothingIsImported() {
        WorkshopEvent event = publishedEvent(null);
        long people = personRepository.count();
        String csv = HEADER
                + "Khamphet Sisavath,,LA,,customs,," + email("khamphet") + ",,\n"
                + "\"Sok\" Dara,,KH,,customs,,,,\n"
                + "Nguyen Van An,,VN,,customs,,,,\n";

        ImportReport report = importCsv(event, csv);

        assertThat(report.succeeded()).isFalse();
        assertThat(report.imported()).isZero();
        assertThat(lines(report)).contains("Line 3: a quoted cell goes on after its closing quote");
        assertThat(personRepository.count()).isEqualTo(people);
        assertThat(participants.registrations(event.getId())).isEmpty();
    }

    @Test
    void anUnclosedQuoteIsReportedAndNothingIsImported() {
        WorkshopEvent event = publishedEvent(null);
        String csv = HEADER
                + "Khamphet Sisavath,,LA,,customs,," + email("khamphet") + ",,\n"
                + "\"Sok Dara,,KH,,customs,,,,\n"
                + "Nguyen Van An,,VN,,customs,,,,\n";

        ImportReport report = importCsv(event, csv);

        assertThat(report.succeeded()).isFalse();
        assertThat(report.imported()).isZero();
        assertThat(participants.registrations(event.getId())).isEmpty();
    }

    @Test
    void aHeaderWithoutARequiredColumnIsRefused() {
        WorkshopEvent event = publishedEvent(null);
        String csv = "full_name,local_name,country,organisation,job_title,email\n"
                + "Khamphet Sisavath,,LA,,Officer," + email("khamphet") + "\n";

        ImportReport report = importCsv(event, csv);

        assertThat(report.succeeded()).isFalse();
        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).contains("missing: agency_type");
        });
        assertThat(participants.registrations(event.getId())).isEmpty();
    }

    @Test
    void anUnknownColumnIsNamed() {
        WorkshopEvent event = publishedEvent(null);
        ImportReport report = importCsv(event, "full_name,country,agency_type,passport_number\nKhamphet,LA,customs,P123\n");

        assertThat(report.errors()).singleElement().extracting(ImportReport.RowProblem::message).asString()
                .contains("unknown: passport_number");
    }

    @Test
    void headersMayBeInAnyOrderAndCase() {
        WorkshopEvent event = publishedEvent(null);
        ImportReport report = importCsv(event, "Agency Type,Country,Full Name\ncustoms,LA,Khamphet Sisavath\n");

        assertThat(report.succeeded()).as(lines(report)).isTrue();
        assertThat(report.imported()).isEqualTo(1);
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsIgnored() {
        WorkshopEvent event = publishedEvent(null);
        String csv = "\uFEFF" + HEADER + "Khamphet Sisavath,,LA,,customs,," + email("khamphet") + ",,\n";

        ImportReport report = importCsv(event, csv);

        assertThat(report.succeeded()).as(lines(report)).isTrue();
        assertThat(report.imported()).isEqualTo(1);
        assertThat(participants.registrations(event.getId())).singleElement()
                .extracting(registration -> registration.getPerson().getFullName()).isEqualTo("Khamphet Sisavath");
    }

    @Test
    void aByteOrderMarkBeforeAQuotedHeaderIsIgnored() {
        // what spreadsheets write with "quote all text cells" and "UTF-8 with BOM"
        WorkshopEvent event = publishedEvent(null);
        String csv = "\uFEFF\"full_name\",\"country\",\"agency_type\"\n\"Khamphet Sisavath\",\"LA\",\"customs\"\n";

        ImportReport report = importCsv(event, csv);

        assertThat(report.succeeded()).as(lines(report)).isTrue();
        assertThat(report.imported()).isEqualTo(1);
    }

    @Test
    void namesInLaoAndKhmerScriptSurvive() {
        WorkshopEvent event = publishedEvent(null);
        String lao = "ຄຳເພັດ ສີສະຫວາດ";
        String khmer = "សុខ ដារា";
        String csv = HEADER
                + "Khamphet Sisavath," + lao + ",Lao PDR,ກົມພາສີ,customs,ຫົວໜ້າພະແນກ," + email("khamphet") + ",,\n"
                + "Sok Dara," + khmer + ",KH,,customs,," + email("dara") + ",,\n";

        assertThat(importCsv(event, csv).imported()).isEqualTo(2);

        List<Registration> registered = participants.registrations(event.getId());
        Person khamphet = personRepository.findById(registered.get(0).getPerson().getId()).orElseThrow();
        assertThat(khamphet.getLocalName()).isEqualTo(lao);
        assertThat(khamphet.getJobTitle()).isEqualTo("ຫົວໜ້າພະແນກ");
        assertThat(khamphet.getOrganisation().getName()).isEqualTo("ກົມພາສີ");
        assertThat(khamphet.displayName()).isEqualTo("Khamphet Sisavath (" + lao + ")");
        assertThat(personRepository.findById(registered.get(1).getPerson().getId()).orElseThrow().getLocalName()).isEqualTo(khmer);
    }

    @Test
    void lineNumbersAreTheLinesOfTheFileEvenAfterBlankLinesAndLineBreaksInCells() {
        WorkshopEvent event = publishedEvent(null);
        String csv = HEADER
                + "Khamphet Sisavath,,LA,,customs,\"Officer,\nHFC desk\",,,\n"
                + "\n"
                + "Sok Dara,,Atlantis,,customs,,,,\r\n"
                + "\r\n"
                + "Nguyen Van An,,VN,,navy,,,,";

        ImportReport report = importCsv(event, csv);

        assertThat(report.errors()).extracting(ImportReport.RowProblem::line).as(lines(report)).containsExactly(5, 7);
    }

    @Test
    void rowsWithEveryCellEmptyAreSkippedLikeBlankLines() {
        // spreadsheets write the empty rows below a list as a line of commas
        WorkshopEvent event = publishedEvent(null);
        String csv = HEADER
                + "Khamphet Sisavath,,LA,,customs,,,,\n"
                + ",,,,,,,,\n"
                + " , ,,,,,,,\n";

        ImportReport report = importCsv(event, csv);

        assertThat(report.succeeded()).as(lines(report)).isTrue();
        assertThat(report.imported()).isEqualTo(1);
    }

    @Test
    void anEmptyFileIsRefused() {
        WorkshopEvent event = publishedEvent(null);

        assertThat(importCsv(event, HEADER).succeeded()).isFalse();
        assertThat(importCsv(event, "").succeeded()).isFalse();
    }

    @Test
    void onlyTheEventsOrganisersImport() {
        WorkshopEvent event = publishedEvent(null);
        String csv = HEADER + "Khamphet Sisavath,,LA,,customs,,,,\n";

        runAs(unique("analyst"), org.greenborder.academy.security.Role.ANALYST, () ->
                assertThatThrownBy(() -> importCsv(event, csv)).isInstanceOf(AccessDeniedException.class));
        runAs(unique("not-an-editor"), org.greenborder.academy.security.Role.ORGANISER, () ->
                assertThatThrownBy(() -> importCsv(event, csv)).isInstanceOf(AccessDeniedException.class));
        assertThat(participants.registrations(event.getId())).isEmpty();
    }
    @Test
    void aFileCommonsCsvCannotReadIsRefusedAtItsLineInPlainWords() {
        // found by ParticipantCsvHostileTest: the report showed "org.apache.commons.csv.CSVException: ..." at no line
        WorkshopEvent event = publishedEvent(null);
        String good = "Sok Dara,,KH,,customs,,,,\n";
        assertThat(importCsv(event, HEADER + good + "\"Aung\" Kyaw,,MM,,customs,,,,\n").errors()).map(ImportReport.RowProblem::toString)
                .containsExactly("Line 3: a quoted cell goes on after its closing quote; write a quote inside a cell twice (\"\") and quote the whole cell");
        assertThat(importCsv(event, HEADER + good + good + "\"Aung Kyaw,,MM,,customs,,,,\n" + good).errors()).map(ImportReport.RowProblem::toString)
                .containsExactly("Line 4: a quoted cell starts on this line and its closing quote is missing");
        assertThat(registrationRepository.findByEvent(event.getId())).isEmpty();
    }
    @Test
    void aColumnNamedTwiceIsRefusedNotGuessed() {
        // found by ParticipantCsvHostileTest: "Full Name" after "full_name" silently replaced the first column
        WorkshopEvent event = publishedEvent(null);
        ImportReport report = importCsv(event, "full_name,country,Full Name,agency_type\nSok Dara,KH,Aung Kyaw,customs\n");
        assertThat(report.errors()).map(ImportReport.RowProblem::toString).containsExactly("Line 1: The header row names the column full_name twice");
        assertThat(importCsv(event, "full_name,,country,,agency_type\nSok Dara,,KH,,customs\n").errors()).map(ImportReport.RowProblem::toString)
                .containsExactly("Line 1: The header row has a column without a name");
        assertThat(registrationRepository.findByEvent(event.getId())).isEmpty();
    }
    @Test
    void aFileThatIsNotUtf8IsRefusedNotImportedWithReplacementCharacters() {
        WorkshopEvent event = publishedEvent(null);
        byte[] latin1 = "full_name,country,agency_type\nJosé Müller,PH,customs\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        ImportReport report = participants.importCsv(event.getId(), new java.io.InputStreamReader(new java.io.ByteArrayInputStream(latin1),
                java.nio.charset.StandardCharsets.UTF_8.newDecoder()), false);
        assertThat(report.errors()).map(ImportReport.RowProblem::toString)
                .containsExactly("The file is not UTF-8 text: save it from the spreadsheet as \"CSV UTF-8 (comma delimited)\"");
        assertThat(registrationRepository.findByEvent(event.getId())).isEmpty();
    }
}
