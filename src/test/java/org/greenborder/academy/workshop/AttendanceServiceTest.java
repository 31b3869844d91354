package org.greenborder.academy.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Attendance marks, attendance rates, and QR self check-in with codes that expire. */
class AttendanceServiceTest extends WorkshopTestBase {

    /** Three sessions that take attendance and a break that does not, on the first two days. */
    private record Agenda(WorkshopEvent event, AgendaSession opening, AgendaSession coffee, AgendaSession groups,
                          AgendaSession portVisit) {
    }

    private Agenda agendaOf(WorkshopEvent event) {
        return new Agenda(event,
                session(event, START, "09:00", "10:30", SessionKind.PLENARY, "Opening"),
                session(event, START, "10:30", "10:45", SessionKind.BREAK, "Coffee"),
                session(event, START, "10:45", "12:00", SessionKind.BREAKOUT, "Breakout groups"),
                session(event, START.plusDays(1), "09:00", "12:00", SessionKind.SITE_VISIT, "Visit to Thanaleng dry port"));
    }

    private void mark(AgendaSession session, Registration registration, AttendanceStatus status) {
        admin(() -> {
            attendance.mark(session.getId(), List.of(registration.getId()), status);
            return null;
        });
    }

    private AttendanceRate rateOf(List<AttendanceRate> rates, Registration registration) {
        return rates.stream().filter(rate -> rate.registration().getId().equals(registration.getId())).findFirst().orElseThrow();
    }

    @Test
    void ratesCountPresentAndLateOutOfTheSessionsThatTakeAttendance() {
        Agenda agenda = agendaOf(publishedEvent(null));
        Registration steady = confirmed(agenda.event(), person("Khamphet Sisavath"));
        Registration partly = confirmed(agenda.event(), person("Sok Dara"));
        Registration never = confirmed(agenda.event(), person("Nguyen Van An"));
        mark(agenda.opening(), steady, AttendanceStatus.PRESENT);
        mark(agenda.groups(), steady, AttendanceStatus.LATE);
        mark(agenda.portVisit(), steady, AttendanceStatus.ABSENT);
        mark(agenda.opening(), partly, AttendanceStatus.PRESENT);
        mark(agenda.groups(), partly, AttendanceStatus.EXCUSED);

        List<AttendanceRate> rates = admin(() -> attendance.rates(agenda.event().getId()));

        AttendanceRate steadyRate = rateOf(rates, steady);
        assertThat(steadyRate.sessions()).as("the break does not count").isEqualTo(3);
        assertThat(steadyRate.present()).isEqualTo(1);
        assertThat(steadyRate.late()).isEqualTo(1);
        assertThat(steadyRate.absent()).isEqualTo(1);
        assertThat(steadyRate.attended()).isEqualTo(2);
        assertThat(steadyRate.percent()).isEqualTo(66);
        // an unmarked session and an excused one are not attended
        AttendanceRate partlyRate = rateOf(rates, partly);
        assertThat(partlyRate.attended()).isEqualTo(1);
        assertThat(partlyRate.excused()).isEqualTo(1);
        assertThat(partlyRate.percent()).isEqualTo(33);
        assertThat(rateOf(rates, never).percent()).isZero();
    }

    @Test
    void theLatestMarkWins() {
        Agenda agenda = agendaOf(publishedEvent(null));
        Registration registration = confirmed(agenda.event(), person("Khamphet Sisavath"));
        mark(agenda.opening(), registration, AttendanceStatus.ABSENT);
        mark(agenda.opening(), registration, AttendanceStatus.PRESENT);

        AttendanceRate rate = rateOf(admin(() -> attendance.rates(agenda.event().getId())), registration);

        assertThat(rate.present()).isEqualTo(1);
        assertThat(rate.absent()).isZero();
    }

    @Test
    void breaksTakeNoAttendance() {
        Agenda agenda = agendaOf(publishedEvent(null));
        Registration registration = confirmed(agenda.event(), person("Khamphet Sisavath"));

        assertThatThrownBy(() -> mark(agenda.coffee(), registration, AttendanceStatus.PRESENT))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> admin(() -> attendance.openCheckIn(agenda.coffee().getId())))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void onlyPeopleRegisteredForTheEventCanBeMarked() {
        Agenda agenda = agendaOf(publishedEvent(null));
        Registration elsewhere = confirmed(publishedEvent(null), person("Khamphet Sisavath"));

        assertThatThrownBy(() -> mark(agenda.opening(), elsewhere, AttendanceStatus.PRESENT))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theSheetListsEveryoneExpectedWithTheirMarks() {
        Agenda agenda = agendaOf(publishedEvent(1));
        Registration present = confirmed(agenda.event(), person("Khamphet Sisavath"));
        Registration expert = approve(nominate(agenda.event(), person("Dr Expert"), EventRole.RESOURCE_PERSON));
        Registration waiting = approve(nominate(agenda.event(), person("Sok Dara")));
        mark(agenda.opening(), present, AttendanceStatus.PRESENT);

        List<AttendanceRow> sheet = admin(() -> attendance.sheet(agenda.opening().getId()));

        assertThat(sheet).extracting(row -> row.registration().getId()).containsExactlyInAnyOrder(present.getId(), expert.getId())
                .doesNotContain(waiting.getId());
        AttendanceRow row = sheet.stream().filter(r -> r.registration().getId().equals(present.getId())).findFirst().orElseThrow();
        assertThat(row.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(row.method()).isEqualTo(AttendanceMethod.ORGANISER);
    }

    @Test
    @WithMockUser(username = "rates-trainee", roles = "TRAINEE")
    void aTraineeSeesOnlyTheirOwnRate() {
        Agenda agenda = agendaOf(publishedEvent(null));
        Registration mine = confirmed(agenda.event(), person("Khamphet Sisavath", "LA", AgencyType.CUSTOMS, "rates-trainee"));
        confirmed(agenda.event(), person("Sok Dara"));

        assertThat(attendance.rates(agenda.event().getId())).singleElement()
                .extracting(rate -> rate.registration().getId()).isEqualTo(mine.getId());
        assertThatThrownBy(() -> attendance.sheet(agenda.opening().getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.mark(agenda.opening().getId(), List.of(mine.getId()), AttendanceStatus.PRESENT))
                .isInstanceOf(AccessDeniedException.class);
    }

    // ---- self check-in ----------------------------------------------------------------------------------------

    private CheckInCode openCheckIn(AgendaSession session) {
        return admin(() -> attendance.openCheckIn(session.getId()));
    }

    @Test
    @WithMockUser(username = "checkin-on-time", roles = "TRAINEE")
    void aConfirmedParticipantChecksInWithTheRoomsCode() {
        Agenda agenda = agendaOf(publishedEvent(null));
        Registration mine = confirmed(agenda.event(), person("Khamphet Sisavath", "LA", AgencyType.CUSTOMS, "checkin-on-time"));
        clock.set(vientiane(START, "08:50"));
        CheckInCode code = openCheckIn(agenda.opening());
        assertThat(code.expires()).isEqualTo(vientiane(START, "09:05"));
        assertThat(code.path()).isEqualTo("check-in/" + code.token());
        clock.advance(Duration.ofMinutes(5));

        CheckInResult result = attendance.checkIn(code.token());

        assertThat(result.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(result.alreadyCheckedIn()).isFalse();
        assertThat(result.personName()).isEqualTo("Khamphet Sisavath");
        assertThat(result.sessionTitle()).isEqualTo("Opening");
        assertThat(result.eventTitle()).isEqualTo(agenda.event().getTitle());
        AttendanceRow row = admin(() -> attendance.sheet(agenda.opening().getId())).stream()
                .filter(r -> r.registration().getId().equals(mine.getId())).findFirst().orElseThrow();
        assertThat(row.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(row.method()).isEqualTo(AttendanceMethod.SELF_CHECK_IN);
        assertThat(row.recordedAt()).isEqualTo(vientiane(START, "08:55"));

        // scanning again changes nothing and says so
        CheckInResult again = attendance.checkIn(code.token());
        assertThat(again.alreadyCheckedIn()).isTrue();
        assertThat(again.status()).isEqualTo(AttendanceStatus.PRESENT);
    }

    @Test
    @WithMockUser(username = "checkin-late", roles = "TRAINEE")
    void checkingInWellAfterTheStartCountsAsLate() {
        Agenda agenda = agendaOf(publishedEvent(null));
        confirmed(agenda.event(), person("Sok Dara", "KH", AgencyType.CUSTOMS, "checkin-late"));
        clock.set(vientiane(START, "09:10"));
        CheckInCode code = openCheckIn(agenda.opening());
        clock.set(vientiane(START, "09:20"));

        assertThat(attendance.checkIn(code.token()).status()).isEqualTo(AttendanceStatus.LATE);
    }

    @Test
    @WithMockUser(username = "checkin-excused", roles = "TRAINEE")
    void checkingInReplacesAnEarlierAbsentMark() {
        Agenda agenda = agendaOf(publishedEvent(null));
        Registration mine = confirmed(agenda.event(), person("Sok Dara", "KH", AgencyType.CUSTOMS, "checkin-excused"));
        mark(agenda.opening(), mine, AttendanceStatus.ABSENT);
        clock.set(vientiane(START, "08:55"));
        CheckInCode code = openCheckIn(agenda.opening());

        CheckInResult result = attendance.checkIn(code.token());

        assertThat(result.alreadyCheckedIn()).isFalse();
        assertThat(result.status()).isEqualTo(AttendanceStatus.PRESENT);
    }

    @Test
    @WithMockUser(username = "checkin-expired", roles = "TRAINEE")
    void anExpiredOrClosedCodeIsRefused() {
        Agenda agenda = agendaOf(publishedEvent(null));
        confirmed(agenda.event(), person("Nguyen Van An", "VN", AgencyType.CUSTOMS, "checkin-expired"));
        clock.set(vientiane(START, "08:50"));
        CheckInCode code = openCheckIn(agenda.opening());
        clock.advance(AttendanceService.CHECK_IN_VALIDITY);

        assertThatThrownBy(() -> attendance.checkIn(code.token())).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("expired");

        // a fresh code replaces the old one, which stays invalid
        CheckInCode fresh = openCheckIn(agenda.opening());
        assertThatThrownBy(() -> attendance.checkIn(code.token())).isInstanceOf(RuleViolationException.class);
        admin(() -> {
            attendance.closeCheckIn(agenda.opening().getId());
            return null;
        });
        assertThatThrownBy(() -> attendance.checkIn(fresh.token())).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> attendance.checkIn("made-up")).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> attendance.checkIn("")).isInstanceOf(RuleViolationException.class);
        assertThat(admin(() -> attendance.sheet(agenda.opening().getId()))).allSatisfy(row -> assertThat(row.status()).isNull());
    }

    @Test
    @WithMockUser(username = "checkin-walk-in", roles = "TRAINEE")
    void someoneNotRegisteredIsToldToGoToTheDesk() {
        Agenda agenda = agendaOf(publishedEvent(null));
        person("Walk In", "TH", AgencyType.POLICE, "checkin-walk-in");
        clock.set(vientiane(START, "08:55"));
        CheckInCode code = openCheckIn(agenda.opening());

        assertThatThrownBy(() -> attendance.checkIn(code.token())).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not a confirmed participant");
    }

    @Test
    @WithMockUser(username = "checkin-waitlisted", roles = "TRAINEE")
    void someoneOnTheWaitlistCannotCheckIn() {
        Agenda agenda = agendaOf(publishedEvent(1));
        confirmed(agenda.event(), person("Khamphet Sisavath"));
        Registration mine = approve(nominate(agenda.event(), person("Sok Dara", "KH", AgencyType.CUSTOMS, "checkin-waitlisted")));
        assertThat(mine.getStatus()).isEqualTo(RegistrationStatus.WAITLISTED);
        clock.set(vientiane(START, "08:55"));
        CheckInCode code = openCheckIn(agenda.opening());

        assertThatThrownBy(() -> attendance.checkIn(code.token())).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not a confirmed participant");
        assertThat(admin(() -> attendance.sheet(agenda.opening().getId()))).noneMatch(row -> row.registration().getId().equals(mine.getId()));
    }

    @Test
    void onlyTheEventsOrganisersShowCheckInCodes() {
        Agenda agenda = agendaOf(publishedEvent(null));

        runAs(unique("not-an-editor"), Role.ORGANISER, () ->
                assertThatThrownBy(() -> attendance.openCheckIn(agenda.opening().getId())).isInstanceOf(AccessDeniedException.class));
        runAs(unique("trainee"), Role.TRAINEE, () ->
                assertThatThrownBy(() -> attendance.openCheckIn(agenda.opening().getId())).isInstanceOf(AccessDeniedException.class));
    }
}
