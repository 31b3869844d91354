package org.greenborder.academy.workshop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.support.BrowserlessTestBase;
import org.greenborder.academy.workshop.EventStatus;
import org.greenborder.academy.workshop.EventSummary;
import org.greenborder.academy.workshop.EventType;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
class WorkshopsViewTest extends BrowserlessTestBase {

    @Autowired
    UiFixtures fixtures;

    @Test
    @WithUserDetails("organiser")
    void anOrganiserCreatesAnEventAndLandsOnItsPage() {
        WorkshopsView list = navigate(WorkshopsView.class);
        assertThat(list.newEvent.isVisible()).isTrue();
        test(list.newEvent).click();
        NewEventDialog dialog = find(NewEventDialog.class).single();
        dialog.fields.type.setValue(EventType.NATIONAL_TRAINING);
        test(dialog.fields.title).setValue("National training on ODS controls, Thanaleng");
        dialog.fields.startDate.setValue(LocalDate.of(2027, 5, 11));
        dialog.fields.endDate.setValue(LocalDate.of(2027, 5, 12));
        test(dialog.fields.venueCity).setValue("Vientiane");
        dialog.fields.venueCountry.setValue(CountryCode.of("LA"));
        dialog.fields.timeZone.setValue("Asia/Vientiane");
        test(dialog.create).click();

        EventView page = find(EventView.class).single();
        assertThat(page.title.getText()).isEqualTo("National training on ODS controls, Thanaleng");
        assertThat(page.facts.getText()).contains("11–12 May 2027", "Vientiane, Lao PDR", "Asia/Vientiane");
        WorkshopEvent stored = fixtures.system.call(() -> fixtures.workshops.get(page.context().eventId()));
        assertThat(stored.getStatus()).isEqualTo(EventStatus.DRAFT);
        assertThat(stored.getEditors()).contains("organiser");
    }

    @Test
    @WithUserDetails("organiser")
    void anEndBeforeTheStartIsRefusedWhereTheOrganiserIs() {
        WorkshopsView list = navigate(WorkshopsView.class);
        int before = test(list.grid).size();
        test(list.newEvent).click();
        NewEventDialog dialog = find(NewEventDialog.class).single();
        test(dialog.fields.title).setValue("Backwards workshop");
        dialog.fields.startDate.setValue(LocalDate.of(2027, 5, 12));
        dialog.fields.endDate.setValue(LocalDate.of(2027, 5, 10));
        test(dialog.fields.venueCity).setValue("Hanoi");
        dialog.fields.venueCountry.setValue(CountryCode.of("VN"));
        dialog.fields.timeZone.setValue("Asia/Ho_Chi_Minh");
        test(dialog.create).click();

        assertThat(find(NewEventDialog.class).exists()).isTrue();
        assertThat(dialog.getElement().getTextRecursively() + errorMessages(dialog)).contains("end date cannot be before the start date");
        list.refresh();
        assertThat(test(list.grid).size()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("organiser")
    void filtersNarrowTheList() {
        fixtures.event("Filter test webinar", EventStatus.PUBLISHED);
        WorkshopsView list = navigate(WorkshopsView.class);
        list.year.setValue(2027);
        list.status.setValue(EventStatus.PUBLISHED);
        assertThat(rows(list)).extracting(EventSummary::title).contains("Filter test webinar");
        assertThat(rows(list)).allSatisfy(row -> {
            assertThat(row.startDate().getYear()).isEqualTo(2027);
            assertThat(row.status()).isEqualTo(EventStatus.PUBLISHED);
        });
        list.country.setValue(CountryCode.of("JP"));
        assertThat(rows(list)).extracting(EventSummary::title).doesNotContain("Filter test webinar");
    }

    @Test
    @WithMockUser(username = "list-trainee", roles = "TRAINEE")
    void aTraineeSeesOnlyThePublishedEventsTheyTakePartInAndCannotCreate() {
        WorkshopEvent mine = fixtures.event("Trainee's published course", EventStatus.PUBLISHED);
        WorkshopEvent draft = fixtures.event("Trainee's draft course", EventStatus.DRAFT);
        fixtures.event("Someone else's course", EventStatus.PUBLISHED);
        fixtures.participant(mine, "Bounmy Phommachanh", "LA", org.greenborder.academy.workshop.AgencyType.CUSTOMS, "list-trainee");
        fixtures.system.run(() -> fixtures.participants.nominate(draft.getId(),
                fixtures.participants.searchPeople("Bounmy Phommachanh").getFirst().getId(),
                org.greenborder.academy.workshop.EventRole.PARTICIPANT, null));

        WorkshopsView list = navigate(WorkshopsView.class);
        assertThat(list.newEvent.isVisible()).isFalse();
        assertThat(rows(list)).extracting(EventSummary::title).containsExactly("Trainee's published course");
    }

    private java.util.List<EventSummary> rows(WorkshopsView list) {
        var grid = test(list.grid);
        return java.util.stream.IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private static String errorMessages(NewEventDialog dialog) {
        return String.valueOf(dialog.fields.endDate.getErrorMessage()) + dialog.fields.startDate.getErrorMessage();
    }
}
