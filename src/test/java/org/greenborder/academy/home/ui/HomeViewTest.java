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
    }

    @Test
    @WithUserDetails("trainee")
    void theTraineeSeesTheirNameOrganisationAndCountry() {
        assertThat(hasSection("home-trainee")).isTrue();
        assertThat(find(H2.class).withId("home-greeting").single().getText()).isEqualTo("Welcome, Khamphet Sisavath");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Lao Customs Department", "Lao PDR");
    }

    @Test
    @WithUserDetails("analyst")
    void theAnalystSeesTheAnalystHome() {
        assertThat(hasSection("home-analyst")).isTrue();
        assertThat(hasSection("home-organiser")).isFalse();
    }
}
