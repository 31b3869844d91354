package org.greenborder.academy.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.greenborder.academy.security.CurrentUser;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.security.UserAccount;
import org.greenborder.academy.security.UserAccountService;
import org.greenborder.academy.shared.CapacityTheme;
import org.greenborder.academy.workshop.EventFilter;
import org.greenborder.academy.workshop.EventSummary;
import org.greenborder.academy.workshop.FollowUpItem;
import org.greenborder.academy.workshop.OutcomeService;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.greenborder.academy.workshop.WorkshopService;

/**
 * One home page, a section per role the user holds, each showing only what that role can use today.
 * Features add their sections here as they arrive.
 */
@Route("")
@PageTitle("Home")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout {

    HomeView(CurrentUser currentUser, UserAccountService accounts, WorkshopService workshops, OutcomeService outcomes,
             Clock clock) {
        LocalDate today = LocalDate.now(clock);
        setId("home-view");
        setMaxWidth("64rem");
        // an authenticated principal without a stored account (a test user, an account deleted meanwhile) sees no sections
        UserAccount me = currentUser.account().orElseGet(() -> new UserAccount(String.valueOf(currentUser.username()),
                String.valueOf(currentUser.username()), java.util.EnumSet.noneOf(Role.class)));

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
            if (role == Role.ORGANISER) {
                section.add(organiserSummary(today, workshops.list(EventFilter.ANY), outcomes.followUp(OutcomeService.UNFINISHED, null)));
            }
            if (role == Role.TRAINEE) {
                section.add(traineeSummary(today, workshops.mine()));
            }
            if (role == Role.ANALYST) {
                section.add(analystSummary(outcomes.followUp(OutcomeService.UNFINISHED, null)));
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

    private static Component organiserSummary(LocalDate today, List<EventSummary> events, List<FollowUpItem> unfinished) {
        List<EventSummary> upcoming = events.stream().filter(EventSummary::editable)
                .filter(event -> !event.endDate().isBefore(today))
                .sorted(Comparator.comparing(EventSummary::startDate)).toList();
        Div box = new Div();
        box.setId("home-organiser-events");
        box.add(new Paragraph(upcoming.isEmpty() ? "You organise no upcoming event." : "Your upcoming events:"));
        UnorderedList list = new UnorderedList();
        upcoming.forEach(event -> list.add(new ListItem(new Anchor("workshop/" + event.id(), event.title()),
                new Span(" · " + event.startDate() + " · " + event.status().label()))));
        box.add(list);
        long mine = unfinished.stream().filter(FollowUpItem::editable).count();
        long overdue = unfinished.stream().filter(item -> item.editable() && item.overdue()).count();
        box.add(new Paragraph(mine + " open action item(s) from your events, " + overdue + " overdue."),
                new Anchor("workshops", "All workshops"), new Span(" · "), new Anchor("follow-up", "Follow-up"));
        return box;
    }

    private static Component traineeSummary(LocalDate today, List<WorkshopEvent> mine) {
        List<WorkshopEvent> upcoming = mine.stream().filter(event -> !event.getEndDate().isBefore(today))
                .sorted(Comparator.comparing(WorkshopEvent::getStartDate)).toList();
        Div box = new Div();
        box.setId("home-trainee-workshops");
        box.add(new Paragraph(upcoming.isEmpty() ? "No upcoming workshop." : "Your upcoming workshops:"));
        UnorderedList list = new UnorderedList();
        upcoming.forEach(event -> list.add(new ListItem(new Anchor("workshop/" + event.getId(), event.getTitle()),
                new Span(" · " + event.getStartDate() + ", " + event.getVenueCity()))));
        box.add(list, new Anchor("my-workshops", "My workshops: agenda, my group, check-in"));
        return box;
    }

    private static Component analystSummary(List<FollowUpItem> unfinished) {
        Div box = new Div();
        box.setId("home-analyst-followup");
        Map<CapacityTheme, Long> byTheme = new EnumMap<>(CapacityTheme.class);
        unfinished.forEach(item -> byTheme.merge(item.outcome().getTheme(), 1L, Long::sum));
        box.add(new Paragraph(unfinished.size() + " open recommendation(s) and action item(s) across all workshops, "
                + unfinished.stream().filter(FollowUpItem::overdue).count() + " overdue."));
        UnorderedList list = new UnorderedList();
        byTheme.forEach((theme, count) -> list.add(new ListItem(theme.label() + ": " + count)));
        Anchor needs = new Anchor("needs", "Regional needs: which countries still lack what, and what reached them");
        needs.setId("home-analyst-needs");
        box.add(list, new Anchor("follow-up", "Follow-up of open items"), new Paragraph(needs));
        return box;
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + " · " + second;
    }
}
