package org.greenborder.academy.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenborder.academy.support.BrowserlessTestBase;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
class HomeViewTest extends BrowserlessTestBase {

    private boolean hasSection(String id) {
        return find(Div.class).withId(id).exists();
    }

    @Test
    @WithUserDetails("admin")
    void theAdministratorSeesTheAccountsSummary() {
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(find(H2.class).withId("home-greeting").single().getText()).isEqualTo("Welcome, Platform Administrator");
        assertThat(hasSection("home-admin")).isTrue();
        assertThat(find(Div.class).withId("home-admin-accounts").single().getElement().getTextRecursively())
                .contains("Administrator", "Workshop organiser", "Customs trainee", "UNEP analyst");
        assertThat(hasSection("home-trainee")).isFalse();
    }

    @Test
    @WithUserDetails("organiser")
    void theOrganiserSeesOnlyTheOrganiserHome() {
        assertThat(hasSection("home-organiser")).isTrue();
        assertThat(hasSection("home-admin")).isFalse();
        assertThat(hasSection("home-admin-accounts")).isFalse();
        // the demo organiser edits the upcoming Asian Network workshop and the 2014 events' open action items
        String events = find(Div.class).withId("home-organiser-events").single().getElement().getTextRecursively();
        assertThat(events).contains("Your upcoming events:", "Asian Network Workshop").containsPattern("[1-9]\\d* open action item");
    }

    @Test
    @WithUserDetails("trainee")
    void theTraineeSeesTheirNameOrganisationAndCountry() {
        assertThat(hasSection("home-trainee")).isTrue();
        assertThat(find(H2.class).withId("home-greeting").single().getText()).isEqualTo("Welcome, Khamphet Sisavath");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Lao Customs Department", "Lao PDR");
        assertThat(find(Div.class).withId("home-trainee-workshops").single().getElement().getTextRecursively())
                .contains("Your upcoming workshops:", "Asian Network Workshop").doesNotContain("2014");
    }

    @Test
    @WithUserDetails("analyst")
    void theAnalystSeesTheAnalystHome() {
        assertThat(hasSection("home-analyst")).isTrue();
        assertThat(hasSection("home-organiser")).isFalse();
        assertThat(find(Div.class).withId("home-analyst-followup").single().getElement().getTextRecursively())
                .containsPattern("[1-9]\\d* open recommendation").contains("Information and intelligence sharing");
    }
}
