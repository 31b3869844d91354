package org.greenborder.academy.workshop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.tabs.Tab;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;
import org.greenborder.academy.support.BrowserlessTestBase;
import org.greenborder.academy.workshop.AgencyType;
import org.greenborder.academy.workshop.AgendaSession;
import org.greenborder.academy.workshop.EventStatus;
import org.greenborder.academy.workshop.LinkKind;
import org.greenborder.academy.workshop.SessionKind;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
class EventViewTest extends BrowserlessTestBase {

    @Autowired
    UiFixtures fixtures;

    @Test
    @WithUserDetails("organiser")
    void theOrganiserEditsTheDetailsAndTheChangeIsStored() {
        WorkshopEvent event = fixtures.event("Details test", EventStatus.DRAFT);
        EventView view = navigate(EventView.class, event.getId());
        assertThat(tabLabels(view)).containsExactly("Details", "Agenda", "Groups", "Participants", "Attendance", "Outcomes", "Evaluation");
        DetailsTab details = find(DetailsTab.class).single();
        test(details.fields.title).setValue("Details test, renamed");
        details.fields.status.setValue(EventStatus.PUBLISHED);
        details.fields.capacity.setValue(30);
        test(details.save).click();

        WorkshopEvent stored = fixtures.system.call(() -> fixtures.workshops.get(event.getId()));
        assertThat(stored.getTitle()).isEqualTo("Details test, renamed");
        assertThat(stored.getStatus()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(stored.getCapacity()).isEqualTo(30);
        assertThat(view.title.getText()).isEqualTo("Details test, renamed");
    }

    @Test
    @WithUserDetails("organiser")
    void aSaveOnTopOfSomeoneElsesSaveIsRefusedAndNothingIsLost() {
        WorkshopEvent event = fixtures.event("Concurrent test", EventStatus.DRAFT);
        navigate(EventView.class, event.getId());
        DetailsTab details = find(DetailsTab.class).single();

        // a second organiser saves first
        fixtures.system.run(() -> {
            WorkshopEvent other = fixtures.workshops.get(event.getId());
            other.setSummary("Saved by the co-organiser");
            fixtures.workshops.update(other);
        });
        test(details.fields.title).setValue("My late rename");
        test(details.save).click();

        assertThat(details.error.isVisible()).isTrue();
        assertThat(details.error.getText()).contains("changed by someone else");
        WorkshopEvent stored = fixtures.system.call(() -> fixtures.workshops.get(event.getId()));
        assertThat(stored.getTitle()).isEqualTo("Concurrent test");
        assertThat(stored.getSummary()).isEqualTo("Saved by the co-organiser");
    }

    @Test
    @WithUserDetails("organiser")
    void linksAndCloningAnEventAsATemplate() {
        WorkshopEvent customs = fixtures.event("Customs week", EventStatus.PUBLISHED);
        WorkshopEvent ozone = fixtures.event("Ozone officers week", EventStatus.PUBLISHED);
        AgendaSession plenary = fixtures.session(customs, "Opening", SessionKind.PLENARY, 9);
        EventView view = navigate(EventView.class, customs.getId());
        DetailsTab details = find(DetailsTab.class).single();
        details.linkKind.setValue(LinkKind.PARALLEL_WITH);
        details.linkTarget.setValue(details.linkTarget.getListDataView().getItems()
                .filter(summary -> summary.id() == ozone.getId()).findFirst().orElseThrow());
        test(details.addLink).click();
        assertThat(test(details.links).size()).isEqualTo(1);
        assertThat(test(details.links).getRow(0).relation()).isEqualTo("Held in parallel with");

        test(view.cloneEvent).click();
        var title = find(com.vaadin.flow.component.textfield.TextField.class).withId("clone-title").single();
        test(title).setValue("Customs week 2028");
        find(com.vaadin.flow.component.datepicker.DatePicker.class).withId("clone-start").single().setValue(LocalDate.of(2028, 3, 7));
        test(find(com.vaadin.flow.component.button.Button.class).withId("clone-create").single()).click();

        EventView copy = find(EventView.class).single();
        assertThat(copy.context().eventId()).isNotEqualTo(customs.getId());
        assertThat(copy.title.getText()).isEqualTo("Customs week 2028");
        List<AgendaSession> agenda = fixtures.system.call(() -> fixtures.agenda.agenda(copy.context().eventId()));
        assertThat(agenda).singleElement().satisfies(session -> {
            assertThat(session.getTitle()).isEqualTo(plenary.getTitle());
            assertThat(session.getDay()).isEqualTo(LocalDate.of(2028, 3, 7));
            assertThat(session.getStartTime()).isEqualTo(LocalTime.of(9, 0));
        });
    }

    @Test
    @WithUserDetails("analyst")
    void anAnalystReadsEverythingButChangesNothing() {
        WorkshopEvent event = fixtures.event("Analyst test", EventStatus.DRAFT);
        EventView view = navigate(EventView.class, event.getId());
        assertThat(tabLabels(view)).contains("Participants", "Attendance", "Evaluation");
        DetailsTab details = find(DetailsTab.class).single();
        assertThat(details.save.isVisible()).isFalse();
        assertThat(details.fields.title.isReadOnly()).isTrue();
        assertThat(view.cloneEvent.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "view-trainee", roles = "TRAINEE")
    void aTraineeSeesTheirPublishedEventWithoutTheOrganisersTabsAndNeverSomeoneElsesDraft() {
        WorkshopEvent published = fixtures.event("Trainee view test", EventStatus.PUBLISHED);
        fixtures.participant(published, "Souksavanh Keola", "LA", AgencyType.CUSTOMS, "view-trainee");
        EventView view = navigate(EventView.class, published.getId());
        assertThat(tabLabels(view)).containsExactly("Details", "Agenda", "Groups", "Outcomes");

        WorkshopEvent draft = fixtures.event("Hidden draft", EventStatus.DRAFT);
        navigate("workshop/" + draft.getId(), com.vaadin.flow.component.Component.class);
        assertThat(find(EventView.class).exists()).isFalse();
    }

    private List<String> tabLabels(EventView view) {
        return IntStream.range(0, view.tabs.getTabCount()).mapToObj(view.tabs::getTabAt).map(Tab::getLabel).toList();
    }
}
