package org.greenborder.academy.workshop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.greenborder.academy.shared.CapacityTheme;
import org.greenborder.academy.support.BrowserlessTestBase;
import org.greenborder.academy.workshop.AgencyType;
import org.greenborder.academy.workshop.AgendaSession;
import org.greenborder.academy.workshop.AttendanceStatus;
import org.greenborder.academy.workshop.BreakoutGroup;
import org.greenborder.academy.workshop.EventStatus;
import org.greenborder.academy.workshop.Outcome;
import org.greenborder.academy.workshop.OutcomeService;
import org.greenborder.academy.workshop.OwnerType;
import org.greenborder.academy.workshop.Registration;
import org.greenborder.academy.workshop.RegistrationStatus;
import org.greenborder.academy.workshop.SessionKind;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The tabs of the event page, each driven as an organiser would. */
@SpringBootTest
@WithUserDetails("organiser")
class EventTabsTest extends BrowserlessTestBase {

    @Autowired
    UiFixtures fixtures;
    @Autowired
    OutcomeService outcomes;

    /** Tabs attach their content only when selected, as in the browser. */
    private <T extends com.vaadin.flow.component.Component> T open(Class<T> type, String tabId) {
        EventView view = find(EventView.class).single();
        for (int i = 0; i < view.tabs.getTabCount(); i++) {
            if (tabId.equals(view.tabs.getTabAt(i).getId().orElse(""))) {
                view.tabs.setSelectedIndex(i);
            }
        }
        return find(type).single();
    }

    @Test
    void anOrganiserAddsABreakoutSessionWithScopeAndGoals() {
        WorkshopEvent event = fixtures.event("Agenda tab test", EventStatus.DRAFT);
        navigate(EventView.class, event.getId());
        AgendaTab agenda = open(AgendaTab.class, "tab-agenda");
        test(agenda.addSession).click();
        SessionDialog dialog = find(SessionDialog.class).single();
        dialog.start.setValue(LocalTime.of(13, 30));
        dialog.end.setValue(LocalTime.of(15, 0));
        dialog.kind.setValue(SessionKind.BREAKOUT);
        test(dialog.title).setValue("Effective collaborative measures");
        test(dialog.scope).setValue("How customs and competent authorities can work together");
        test(dialog.goals).setValue("Agree on measures\nIdentify next steps");
        test(dialog.save).click();

        assertThat(find(SessionDialog.class).exists()).isFalse();
        List<AgendaSession> stored = fixtures.system.call(() -> fixtures.agenda.agenda(event.getId()));
        assertThat(stored).singleElement().satisfies(session -> {
            assertThat(session.getKind()).isEqualTo(SessionKind.BREAKOUT);
            assertThat(AgendaSession.lines(session.getExpectedGoals())).containsExactly("Agree on measures", "Identify next steps");
        });
        assertThat(agenda.timeline.getElement().getTextRecursively()).contains("13:30–15:00", "Effective collaborative measures");
    }

    @Test
    void aSessionThatEndsBeforeItStartsIsRefusedInTheDialog() {
        WorkshopEvent event = fixtures.event("Agenda validation test", EventStatus.DRAFT);
        navigate(EventView.class, event.getId());
        test(open(AgendaTab.class, "tab-agenda").addSession).click();
        SessionDialog dialog = find(SessionDialog.class).single();
        dialog.start.setValue(LocalTime.of(15, 0));
        dialog.end.setValue(LocalTime.of(14, 0));
        test(dialog.title).setValue("Backwards");
        test(dialog.save).click();
        assertThat(dialog.error.getText()).contains("must end after it starts");
        assertThat(fixtures.system.call(() -> fixtures.agenda.agenda(event.getId()))).isEmpty();
    }

    @Test
    void groupsWithLetteredQuestionsAreAutoAssignedAndTakeNotes() {
        WorkshopEvent event = fixtures.event("Groups tab test", EventStatus.DRAFT);
        AgendaSession session = fixtures.session(event, "Session 4", SessionKind.BREAKOUT, 10);
        fixtures.participant(event, "Nguyen Van An", "VN", AgencyType.CUSTOMS, null);
        fixtures.participant(event, "Tran Thi Mai", "VN", AgencyType.COMPETENT_AUTHORITY, null);
        fixtures.participant(event, "Siti Rahmawati", "ID", AgencyType.CUSTOMS, null);
        fixtures.participant(event, "Budi Santoso", "ID", AgencyType.COMPETENT_AUTHORITY, null);
        navigate(EventView.class, event.getId());
        GroupsTab groups = open(GroupsTab.class, "tab-groups");

        test(find(com.vaadin.flow.component.button.Button.class).withId("groups-add-" + session.getId()).single()).click();
        GroupDialog dialog = find(GroupDialog.class).single();
        assertThat(dialog.label.getValue()).isEqualTo("Group A");
        test(dialog.theme).setValue("Enhanced collaboration between customs and competent authorities");
        test(dialog.questions).setValue("Priority areas to be addressed\nControl measures to be undertaken");
        test(dialog.save).click();
        test(find(com.vaadin.flow.component.button.Button.class).withId("groups-add-" + session.getId()).single()).click();
        GroupDialog second = find(GroupDialog.class).single();
        test(second.theme).setValue("Environmentally sound management of traded hazardous wastes");
        test(second.questions).setValue("a. Current situations\nb. Reasons");
        test(second.save).click();

        test(find(com.vaadin.flow.component.button.Button.class).withId("groups-assign-" + session.getId()).single()).click();
        List<BreakoutGroup> stored = fixtures.system.call(() -> fixtures.breakouts.groups(session.getId()));
        assertThat(stored).extracting(BreakoutGroup::getLabel).containsExactly("Group A", "Group B");
        assertThat(stored.getFirst().getQuestions()).extracting(question -> question.getLetter() + ". " + question.getText())
                .containsExactly("a. Priority areas to be addressed", "b. Control measures to be undertaken");
        assertThat(stored).allSatisfy(group -> {
            assertThat(group.getMembers()).hasSize(2);
            assertThat(group.getMembers()).extracting(member -> member.getPerson().getCountry().value()).containsExactlyInAnyOrder("VN", "ID");
        });

        BreakoutGroup groupA = stored.getFirst();
        test(find(com.vaadin.flow.component.button.Button.class).withId("group-notes-" + groupA.getId()).single()).click();
        NotesDialog notes = find(NotesDialog.class).single();
        test(notes.notes.get(groupA.getQuestions().getFirst().getId())).setValue("Information sharing comes first");
        test(notes.reportBack).setValue("Group A proposes a contact list of focal points");
        test(notes.save).click();
        BreakoutGroup afterNotes = fixtures.system.call(() -> fixtures.breakouts.groups(session.getId())).getFirst();
        assertThat(afterNotes.getQuestions().getFirst().getNotes()).isEqualTo("Information sharing comes first");
        assertThat(afterNotes.getReportBack()).isEqualTo("Group A proposes a contact list of focal points");
        assertThat(groups.getElement().getTextRecursively()).contains("Information sharing comes first");
    }

    @Test
    void aCsvWithBadLinesIsReportedLineByLineAndNothingIsImported() {
        WorkshopEvent event = fixtures.event("Import tab test", EventStatus.DRAFT);
        navigate(EventView.class, event.getId());
        ParticipantsTab participants = open(ParticipantsTab.class, "tab-participants");
        String csv = """
                full_name,country,agency_type,email
                Sok Dara,KH,CUSTOMS,dara@example.org
                ,KH,CUSTOMS,
                Maria Santos,Atlantis,CUSTOMS,
                """;
        participants.importFile("bad.csv", csv.getBytes(StandardCharsets.UTF_8));
        String report = participants.importReport.getElement().getTextRecursively();
        assertThat(report).contains("nothing was imported", "Line 3", "full_name is empty", "Line 4", "Atlantis");
        assertThat(test(participants.grid).size()).isZero();

        participants.importFile("good.csv", """
                full_name,local_name,country,agency_type,role
                Sok Dara,សុខ ដារ៉ា,KH,customs,participant
                Maria Santos,,Philippines,Competent authority / environment ministry,observer
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(participants.importReport.getElement().getTextRecursively()).contains("2 of 2 people registered");
        assertThat(test(participants.grid).size()).isEqualTo(2);
        assertThat(participants.grid.getGenericDataView().getItems().map(r -> r.getPerson().displayName()))
                .contains("Sok Dara (សុខ ដារ៉ា)");
    }

    @Test
    void hostileCsvFilesGetAClearReportWhereTheUploadIsAndNoErrorNotification() {
        WorkshopEvent event = fixtures.event("Hostile import test", EventStatus.DRAFT);
        navigate(EventView.class, event.getId());
        ParticipantsTab participants = open(ParticipantsTab.class, "tab-participants");
        // Windows-1252, as a spreadsheet's plain "CSV" saves it: the accents would have become U+FFFD in the names
        participants.importFile("latin1.csv", "full_name,country,agency_type\nJosé Müller,PH,customs\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(participants.importReport.getElement().getTextRecursively())
                .contains("nothing was imported", "The file is not UTF-8 text", "CSV UTF-8");
        participants.importFile("quotes.csv", "full_name,country,agency_type\n\"Sok\" Dara,KH,customs\n\"Aung,MM,customs\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(participants.importReport.getElement().getTextRecursively())
                .contains("nothing was imported", "Line 2: a quoted cell goes on after its closing quote").doesNotContain("Exception");
        participants.importFile("binary.csv", new byte[]{'P', 'K', 3, 4, 0, 0, (byte) 0xFF, (byte) 0xFE, 0});
        assertThat(participants.importReport.getElement().getTextRecursively()).contains("nothing was imported");
        participants.importFile("formulas.csv", ("full_name,country,agency_type,job_title\n"
                + "\"=HYPERLINK(\"\"http://example.org\"\")\",KH,customs,<script>alert(1)</script>\n").getBytes(StandardCharsets.UTF_8));
        assertThat(participants.importReport.getElement().getTextRecursively()).contains("1 of 1 people registered");
        assertThat(participants.grid.getGenericDataView().getItems().map(r -> r.getPerson().getFullName()))
                .containsExactly("=HYPERLINK(\"http://example.org\")");
        assertThat(find(com.vaadin.flow.component.notification.Notification.class).all())
                .noneMatch(notification -> "gba-error-notification".equals(notification.getId().orElse(null)));
    }

    @Test
    void anOversizedFileIsRefusedWithoutReadingIt() {
        WorkshopEvent event = fixtures.event("Oversized import test", EventStatus.DRAFT);
        navigate(EventView.class, event.getId());
        ParticipantsTab participants = open(ParticipantsTab.class, "tab-participants");
        byte[] big = ("full_name,country,agency_type\n" + "Sok Dara,KH,CUSTOMS\n".repeat(60_000)).getBytes(StandardCharsets.UTF_8);
        participants.importFile("big.csv", big);
        assertThat(participants.importReport.getElement().getTextRecursively()).contains("larger than 1 MB");
        assertThat(test(participants.grid).size()).isZero();
        assertThat(participants.upload.getMaxFileSize()).isEqualTo(ParticipantsTab.MAX_UPLOAD_BYTES);
    }

    @Test
    void theParticipantDialogRegistersANewPersonAndTheWaitlistShows() {
        WorkshopEvent event = fixtures.event("Registration tab test", EventStatus.DRAFT);
        fixtures.system.run(() -> {
            WorkshopEvent stored = fixtures.workshops.get(event.getId());
            stored.setCapacity(1);
            fixtures.workshops.update(stored);
        });
        fixtures.participant(event, "Already In", "TH", AgencyType.CUSTOMS, null);
        navigate(EventView.class, event.getId());
        ParticipantsTab participants = open(ParticipantsTab.class, "tab-participants");
        test(participants.add).click();
        RegistrationDialog dialog = find(RegistrationDialog.class).single();
        test(dialog.fullName).setValue("Aung Min Thu");
        test(dialog.localName).setValue("아웅민투");
        assertThat(dialog.localName.getHelperText()).startsWith("Cannot be printed on certificates and lists: 아 (U+C544)");
        test(dialog.localName).setValue("အောင်မင်းသူ");
        assertThat(dialog.localName.getHelperText()).isNull();
        dialog.country.setValue(org.greenborder.academy.shared.CountryCode.of("MM"));
        dialog.agencyType.setValue(AgencyType.CUSTOMS);
        test(dialog.save).click();

        List<Registration> stored = fixtures.system.call(() -> fixtures.participants.registrations(event.getId()));
        assertThat(stored).filteredOn(registration -> registration.getPerson().getFullName().equals("Aung Min Thu"))
                .singleElement().satisfies(registration -> assertThat(registration.getStatus()).isEqualTo(RegistrationStatus.WAITLISTED));
        assertThat(participants.counts.getText()).contains("1 of 1 places taken", "1 waitlisted");
    }

    @Test
    void attendanceIsMarkedOneByOneOrInBulkAndTheRateFollows() {
        WorkshopEvent event = fixtures.event("Attendance tab test", EventStatus.DRAFT);
        AgendaSession first = fixtures.session(event, "Opening", SessionKind.PLENARY, 9);
        fixtures.session(event, "Coffee", SessionKind.BREAK, 10);
        fixtures.session(event, "Red flags", SessionKind.PLENARY, 11);
        Registration dara = fixtures.participant(event, "Sok Dara", "KH", AgencyType.CUSTOMS, null);
        Registration lina = fixtures.participant(event, "Lina Hassan", "MY", AgencyType.CUSTOMS, null);
        navigate(EventView.class, event.getId());
        AttendanceTab attendance = open(AttendanceTab.class, "tab-attendance");
        assertThat(attendance.session.getValue().getId()).isEqualTo(first.getId());
        assertThat(test(attendance.sheet).size()).isEqualTo(2);

        attendance.mark(java.util.Set.of(dara.getId()), AttendanceStatus.LATE);
        attendance.sheet.select(attendance.sheet.getGenericDataView().getItems()
                .filter(row -> row.registration().getId().equals(lina.getId())).findFirst().orElseThrow());
        attendance.bulkStatus.setValue(AttendanceStatus.PRESENT);
        test(attendance.markSelected).click();

        Map<Long, Integer> percent = new java.util.HashMap<>();
        attendance.rates.getGenericDataView().getItems().forEach(rate -> percent.put(rate.registration().getId(), rate.percent()));
        assertThat(percent).containsEntry(dara.getId(), 50).containsEntry(lina.getId(), 50);

        test(attendance.showCode).click();
        var url = find(com.vaadin.flow.component.html.Anchor.class).withId("check-in-url").single();
        assertThat(url.getHref()).contains("/check-in/");
    }

    @Test
    void outcomesAreAddedAndAppearInTheFollowUp() {
        WorkshopEvent event = fixtures.event("Outcomes tab test", EventStatus.DRAFT);
        navigate(EventView.class, event.getId());
        OutcomesTab tab = open(OutcomesTab.class, "tab-outcomes");
        test(tab.add).click();
        OutcomeDialog dialog = find(OutcomeDialog.class).single();
        test(dialog.text).setValue("Nominate a customs focal point for intelligence sharing");
        dialog.ownerType.setValue(OwnerType.COUNTRY);
        dialog.ownerCountry.setValue(org.greenborder.academy.shared.CountryCode.of("KH"));
        dialog.dueDate.setValue(java.time.LocalDate.of(2027, 6, 30));
        dialog.theme.setValue(CapacityTheme.INFORMATION_SHARING);
        test(dialog.save).click();
        assertThat(test(tab.grid).size()).isEqualTo(1);
        Outcome stored = test(tab.grid).getRow(0);
        assertThat(stored.ownerName()).isEqualTo("Cambodia");

        FollowUpView followUp = navigate(FollowUpView.class);
        assertThat(followUp.grid.getGenericDataView().getItems().map(item -> item.outcome().getId())).contains(stored.getId());
    }

    @Test
    void anOwnerlessCountryItemIsRefusedWithAClearMessage() {
        WorkshopEvent event = fixtures.event("Outcome validation test", EventStatus.DRAFT);
        navigate(EventView.class, event.getId());
        test(open(OutcomesTab.class, "tab-outcomes").add).click();
        OutcomeDialog dialog = find(OutcomeDialog.class).single();
        test(dialog.text).setValue("Something to do");
        dialog.ownerType.setValue(OwnerType.COUNTRY);
        dialog.theme.setValue(CapacityTheme.AWARENESS);
        test(dialog.save).click();
        assertThat(find(OutcomeDialog.class).exists()).isTrue();
        assertThat(fixtures.system.call(() -> outcomes.outcomes(event.getId()))).isEmpty();
    }
}
