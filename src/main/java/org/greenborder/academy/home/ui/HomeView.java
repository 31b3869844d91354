package org.greenborder.academy.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.greenborder.academy.security.CurrentUser;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.security.UserAccount;
import org.greenborder.academy.security.UserAccountService;

/**
 * One home page, a section per role the user holds, each showing only what that role can use today.
 * Features add their sections here as they arrive.
 */
@Route("")
@PageTitle("Home")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout {

    HomeView(CurrentUser currentUser, UserAccountService accounts) {
        setId("home-view");
        setMaxWidth("64rem");
        UserAccount me = currentUser.account().orElseThrow();

        H2 greeting = new H2("Welcome, " + me.getFullName());
        greeting.setId("home-greeting");
        add(greeting);
        if (me.getOrganisation() != null || me.getCountry() != null) {
            add(new Paragraph(join(me.getOrganisation(), me.getCountry() == null ? null : me.getCountry().displayName())));
        }

        for (Role role : me.getRoles().stream().sorted().toList()) {
            Div section = section(role);
            if (role == Role.ADMIN) {
                section.add(adminSummary(accounts.enabledAccountsByRole()));
            }
            add(section);
        }
    }

    private static Div section(Role role) {
        Div section = new Div();
        section.setId("home-" + role.name().toLowerCase());
        section.addClassName("gba-home-section");
        section.add(new H3(role.label()), new Paragraph(role.description()));
        return section;
    }

    private static Component adminSummary(Map<Role, Long> enabledByRole) {
        Div counts = new Div();
        counts.setId("home-admin-accounts");
        counts.addClassName("gba-stat-row");
        enabledByRole.forEach((role, count) -> {
            Div stat = new Div(new Div(String.valueOf(count)), new Div(role.label() + (count == 1 ? "" : "s")));
            stat.addClassName("gba-stat");
            counts.add(stat);
        });
        Div box = new Div(new Paragraph("Enabled accounts by role:"), counts,
                new Anchor("admin/users", "Manage user accounts"));
        return box;
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + " · " + second;
    }
}
