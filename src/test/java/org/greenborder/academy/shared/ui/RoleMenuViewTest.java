package org.greenborder.academy.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenborder.academy.support.BrowserlessTestBase;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each demo role sees exactly the menu entries it may use, in order. */
@SpringBootTest
class RoleMenuViewTest extends BrowserlessTestBase {

    private List<String> menu() {
        SideNav nav = find(SideNav.class).withId("main-menu").single();
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithUserDetails("admin")
    void administrator() {
        assertThat(menu()).containsExactly("Home", "Workshops", "My workshops", "Follow-up", "Certificates", "Guidance library", "Inspection training", "My training", "My certificates", "Training results", "Regional needs", "Needs assessments", "Users", "Audit log", "Guidance import", "Scenarios", "My account");
        assertThat(find(Span.class).withId("product-name").single().getText()).isEqualTo("Green Border Academy");
        assertThat(find(Span.class).withId("signed-in-user").single().getText()).isEqualTo("admin");
    }

    @Test
    @WithUserDetails("organiser")
    void organiser() {
        assertThat(menu()).containsExactly("Home", "Workshops", "My workshops", "Follow-up", "Certificates", "Guidance library", "Inspection training", "My training", "My certificates", "Training results", "Regional needs", "My account");
    }

    @Test
    @WithUserDetails("trainee")
    void trainee() {
        assertThat(menu()).containsExactly("Home", "Workshops", "My workshops", "Guidance library", "Inspection training", "My training", "My certificates", "My account");
    }

    @Test
    @WithUserDetails("analyst")
    void analyst() {
        assertThat(menu()).containsExactly("Home", "Workshops", "My workshops", "Follow-up", "Guidance library", "Inspection training", "My training", "My certificates", "Training results", "Regional needs", "Needs assessments", "My account");
    }
}
