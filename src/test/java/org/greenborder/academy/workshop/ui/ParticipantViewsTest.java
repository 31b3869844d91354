package org.greenborder.academy.workshop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenborder.academy.support.BrowserlessTestBase;
import org.greenborder.academy.workshop.AgencyType;
import org.greenborder.academy.workshop.AgendaSession;
import org.greenborder.academy.workshop.AttendanceRate;
import org.greenborder.academy.workshop.AttendanceService;
import org.greenborder.academy.workshop.BreakoutGroup;
import org.greenborder.academy.workshop.CheckInCode;
import org.greenborder.academy.workshop.EvaluationService;
import org.greenborder.academy.workshop.EventStatus;
import org.greenborder.academy.workshop.Registration;
import org.greenborder.academy.workshop.SessionKind;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** What a participant sees: my workshops and my group, QR check-in, the anonymous evaluation. */
@SpringBootTest
class ParticipantViewsTest extends BrowserlessTestBase {

    @Autowired
    UiFixtures fixtures;
    @Autowired
    AttendanceService attendance;
    @Autowired
    EvaluationService evaluation;

    @Test
    @WithMockUser(username = "my-trainee", roles = "TRAINEE")
    void myWorkshopsShowsMyGroupAndLetsTheRapporteurTakeNotes() {
        WorkshopEvent event = fixtures.event("My workshops test", EventStatus.PUBLISHED);
        AgendaSession session = fixtures.session(event, "Breakout", SessionKind.BREAKOUT, 14);
        BreakoutGroup group = fixtures.group(session, "Group A", "Customs and competent authorities", "Priority areas");
        Registration me = fixtures.participant(event, "Khamla Vongsa", "LA", AgencyType.CUSTOMS, "my-trainee");
        fixtures.system.run(() -> {
            BreakoutGroup withMember = fixtures.breakouts.setMembers(session.getId(), group.getId(), java.util.Set.of(me.getId()), group.getVersion());
            withMember.setRapporteur(me);
            fixtures.breakouts.save(session.getId(), withMember);
        });
        fixtures.event("Not mine", EventStatus.PUBLISHED);

        MyWorkshopsView view = navigate(MyWorkshopsView.class);
        String text = view.events.getElement().getTextRecursively();
        assertThat(text).contains("My workshops test", "My group: Group A (you are the rapporteur)", "a. Priority areas");
        assertThat(text).doesNotContain("Not mine");

        test(find(com.vaadin.flow.component.button.Button.class).withId("my-group-notes-" + group.getId()).single()).click();
        NotesDialog notes = find(NotesDialog.class).single();
        test(notes.reportBack).setValue("We agreed on three priorities");
        test(notes.save).click();
        assertThat(fixtures.system.call(() -> fixtures.breakouts.groups(session.getId())).getFirst().getReportBack())
                .isEqualTo("We agreed on three priorities");
    }

    @Test
    @WithMockUser(username = "qr-trainee", roles = "TRAINEE")
    void aParticipantChecksInWithTheRoomsCodeOnce() {
        WorkshopEvent event = fixtures.event("Check-in test", EventStatus.PUBLISHED);
        AgendaSession session = fixtures.session(event, "Opening", SessionKind.PLENARY, 9);
        Registration me = fixtures.participant(event, "Phonesavanh Inthavong", "LA", AgencyType.CUSTOMS, "qr-trainee");
        CheckInCode code = fixtures.system.call(() -> attendance.openCheckIn(session.getId()));

        CheckInView view = navigate(CheckInView.class, code.token());
        assertThat(view.heading.getText()).startsWith("Checked in");
        assertThat(view.message.getText()).contains("Phonesavanh Inthavong", "Opening", "Check-in test");
        AttendanceRate rate = fixtures.system.call(() -> attendance.rates(event.getId())).stream()
                .filter(found -> found.registration().getId().equals(me.getId())).findFirst().orElseThrow();
        assertThat(rate.attended()).isEqualTo(1);

        CheckInView again = navigate(CheckInView.class, code.token());
        assertThat(again.heading.getText()).isEqualTo("You were already checked in");
    }

    @Test
    @WithMockUser(username = "qr-stranger", roles = "TRAINEE")
    void aWrongOrForeignCodeSaysWhy() {
        CheckInView view = navigate(CheckInView.class, "not-a-real-code");
        assertThat(view.heading.getText()).isEqualTo("Check-in failed");
        assertThat(view.message.getText()).contains("not valid or has expired");

        WorkshopEvent event = fixtures.event("Foreign check-in test", EventStatus.PUBLISHED);
        AgendaSession session = fixtures.session(event, "Opening", SessionKind.PLENARY, 9);
        CheckInCode code = fixtures.system.call(() -> attendance.openCheckIn(session.getId()));
        CheckInView foreign = navigate(CheckInView.class, code.token());
        assertThat(foreign.heading.getText()).isEqualTo("Check-in failed");
    }

    @Test
    @WithMockUser(username = "survey-trainee", roles = "TRAINEE")
    void theEvaluationIsAnsweredOnceAndAnonymously() {
        WorkshopEvent event = fixtures.event("Evaluation test", EventStatus.PUBLISHED);
        fixtures.system.run(() -> {
            WorkshopEvent past = fixtures.workshops.get(event.getId());
            past.setStartDate(java.time.LocalDate.of(2025, 3, 2));
            past.setEndDate(java.time.LocalDate.of(2025, 3, 3));
            fixtures.workshops.update(past);
        });
        WorkshopEvent moved = fixtures.system.call(() -> fixtures.workshops.get(event.getId()));
        AgendaSession session = fixtures.session(moved, "Concealment methods", SessionKind.PLENARY, 9);
        fixtures.participant(event, "Vilay Chanthavong", "LA", AgencyType.CUSTOMS, "survey-trainee");

        EvaluationView view = navigate(EvaluationView.class, event.getId());
        view.sessionRatings.get(session.getId()).setValue(5);
        view.overall.setValue(4);
        test(view.comments).setValue("More practical exercises with cylinders, please");
        test(view.submit).click();
        assertThat(view.heading.getText()).isEqualTo("Thank you!");

        var results = fixtures.system.call(() -> evaluation.results(event.getId()));
        assertThat(results.responses()).isEqualTo(1);
        assertThat(results.comments()).containsExactly("More practical exercises with cylinders, please");

        EvaluationView again = navigate(EvaluationView.class, event.getId());
        assertThat(again.message.getText()).contains("already answered");
    }
}
