package org.greenborder.academy.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The anonymous post-event survey: one answer per confirmed participant, ratings 1 to 5, results without names. */
class EvaluationServiceTest extends WorkshopTestBase {

    @Autowired
    JdbcTemplate jdbc;

    private WorkshopEvent event;
    private AgendaSession opening;
    private AgendaSession coffee;
    private AgendaSession visit;
    private String khamphet;
    private String dara;

    @BeforeEach
    void anEventOnItsLastDay() {
        event = publishedEvent(null);
        opening = session(event, START, "09:00", "10:00", SessionKind.PLENARY, "Opening");
        coffee = session(event, START, "10:00", "10:15", SessionKind.BREAK, "Coffee");
        visit = session(event, START.plusDays(1), "09:00", "12:00", SessionKind.SITE_VISIT, "Port visit");
        khamphet = unique("khamphet");
        dara = unique("dara");
        confirmed(event, person("Khamphet Sisavath", "LA", AgencyType.CUSTOMS, khamphet));
        confirmed(event, person("Sok Dara", "KH", AgencyType.NATIONAL_OZONE_UNIT, dara));
        clock.set(vientiane(START.plusDays(2), "15:00"));
    }

    private void submit(String username, int overall, Map<Long, Integer> sessions, String comments) {
        runAs(username, Role.TRAINEE, () -> evaluation.submit(event.getId(), overall, sessions, comments));
    }

    private EvaluationResults results() {
        return callAs(unique("analyst"), Role.ANALYST, () -> evaluation.results(event.getId()));
    }

    @Test
    void resultsAreSummedUpAndCarryNoNames() {
        submit(khamphet, 4, Map.of(opening.getId(), 3, visit.getId(), 5), "  The port visit was the best part  ");
        submit(dara, 5, Map.of(visit.getId(), 4), "Khmer interpretation please");

        EvaluationResults results = results();

        assertThat(results.responses()).isEqualTo(2);
        assertThat(results.overallAverage()).isEqualTo(4.5);
        assertThat(results.sessions()).extracting(EvaluationResults.SessionScore::title).containsExactly("Opening", "Port visit");
        assertThat(results.sessions().get(0).ratings()).isEqualTo(1);
        assertThat(results.sessions().get(0).average()).isEqualTo(3.0);
        assertThat(results.sessions().get(1).ratings()).isEqualTo(2);
        assertThat(results.sessions().get(1).average()).isEqualTo(4.5);
        assertThat(results.comments()).containsExactly("Khmer interpretation please", "The port visit was the best part");
        assertThat(results.toString()).doesNotContain(khamphet, dara, "Khamphet Sisavath", "Sok Dara");
    }

    @Test
    void whatWasAnsweredIsStoredApartFromWhoAnswered() {
        submit(khamphet, 4, Map.of(opening.getId(), 3), "Fine");

        List<String> responseColumns = columns("survey_response");
        List<String> ratingColumns = columns("survey_session_rating");
        List<String> submissionColumns = columns("survey_submission");

        assertThat(responseColumns).containsExactlyInAnyOrder("id", "event_id", "overall_rating", "comments");
        assertThat(ratingColumns).containsExactlyInAnyOrder("response_id", "session_id", "rating");
        // the record of who answered has nothing that leads to the answer
        assertThat(submissionColumns).containsExactlyInAnyOrder("event_id", "username");
        assertThat(jdbc.queryForObject("select count(*) from survey_submission where event_id = ? and username = ?",
                Integer.class, event.getId(), khamphet)).isEqualTo(1);
    }

    private List<String> columns(String table) {
        return jdbc.query("select * from " + table + " where 1 = 0", resultSet -> {
            ResultSetMetaData metaData = resultSet.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= metaData.getColumnCount(); i++) {
                names.add(metaData.getColumnLabel(i).toLowerCase(Locale.ROOT));
            }
            return names;
        });
    }

    @Test
    void aSecondAnswerIsRefused() {
        submit(khamphet, 4, Map.of(), null);

        assertThatThrownBy(() -> submit(khamphet, 1, Map.of(), "Changed my mind")).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already answered");
        assertThat(callAs(khamphet, Role.TRAINEE, () -> evaluation.whyNotOpen(event.getId()))).contains("already answered");
        assertThat(results().responses()).isEqualTo(1);
        assertThat(results().overallAverage()).isEqualTo(4.0);
    }

    @Test
    void onlyConfirmedParticipantsAnswer() {
        String stranger = unique("stranger");
        person("Nguyen Van An", "VN", AgencyType.CUSTOMS, stranger);
        String nominee = unique("nominee");
        Registration nominated = nominate(event, person("Somchai Wongsakul", "TH", AgencyType.CUSTOMS, nominee));
        String organiser = unique("organiser");

        // someone not registered does not even see the event
        assertThatThrownBy(() -> submit(stranger, 5, Map.of(), null)).isInstanceOf(NotFoundException.class);
        // registered but not confirmed, or an organiser who took no part: refused with the reason
        assertThat(nominated.getStatus()).isEqualTo(RegistrationStatus.NOMINATED);
        assertThatThrownBy(() -> submit(nominee, 5, Map.of(), null)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Only confirmed participants");
        assertThatThrownBy(() -> runAs(organiser, Role.ORGANISER, () -> evaluation.submit(event.getId(), 5, Map.of(), null)))
                .isInstanceOf(RuleViolationException.class);

        assertThat(results().responses()).isZero();
    }

    @Test
    void ratingsOutsideOneToFiveAreRefusedAndNothingIsKept() {
        assertThatThrownBy(() -> submit(khamphet, 0, Map.of(), null)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("1 to 5");
        assertThatThrownBy(() -> submit(khamphet, 6, Map.of(), null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> submit(khamphet, 3, Map.of(opening.getId(), 6), null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> submit(khamphet, 3, Map.of(opening.getId(), 0), null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> submit(khamphet, 3, Map.of(opening.getId(), -1), null)).isInstanceOf(RuleViolationException.class);
        assertThat(results().responses()).isZero();

        // the refusals did not use up the participant's one answer
        submit(khamphet, 1, Map.of(opening.getId(), 5), null);
        assertThat(results().responses()).isEqualTo(1);
    }

    @Test
    void onlyThisEventsSessionsThatTakeAttendanceCanBeRated() {
        WorkshopEvent other = publishedEvent(null);
        AgendaSession elsewhere = session(other, START, "09:00", "10:00", SessionKind.PLENARY, "Elsewhere");

        assertThatThrownBy(() -> submit(khamphet, 4, Map.of(coffee.getId(), 5), null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> submit(khamphet, 4, Map.of(elsewhere.getId(), 5), null)).isInstanceOf(RuleViolationException.class);
        assertThat(results().responses()).isZero();
    }

    @Test
    void theSurveyOpensWhenTheEventStartsInItsOwnTimeZone() {
        // 23:30 the evening before, in Vientiane: not yet
        clock.set(vientiane(START.minusDays(1), "23:30"));
        assertThatThrownBy(() -> submit(khamphet, 4, Map.of(), null)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("opens when the event starts");

        // 00:30 on the first day in Vientiane is still the day before in UTC
        clock.set(vientiane(START, "00:30"));
        submit(khamphet, 4, Map.of(), null);
        assertThat(results().responses()).isEqualTo(1);
    }

    @Test
    void traineesCannotReadTheResults() {
        assertThatThrownBy(() -> callAs(khamphet, Role.TRAINEE, () -> evaluation.results(event.getId())))
                .isInstanceOf(AccessDeniedException.class);
        // an organiser may, even without being an editor of the event
        assertThat(callAs(unique("organiser"), Role.ORGANISER, () -> evaluation.results(event.getId())).responses()).isZero();
    }
}
