package org.greenborder.academy.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.security.UserAccount;
import org.greenborder.academy.security.TwoFactorPolicy;
import org.greenborder.academy.security.TwoFactorService;
import org.greenborder.academy.security.UserAccountService;

@Route("admin/users")
@PageTitle("Users")
@Menu(title = "Users", order = 800, icon = "vaadin:users")
@RolesAllowed("ADMIN")
class UsersView extends VerticalLayout {

    private static final DateTimeFormatter LAST_LOGIN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    final TextField filter = new TextField();
    final Grid<UserAccount> grid = new Grid<>(UserAccount.class, false);
    final Button newUser = new Button("New user", VaadinIcon.PLUS.create());

    private final UserAccountService accounts;

    UsersView(UserAccountService accounts, TwoFactorService twoFactor, TwoFactorPolicy twoFactorPolicy) {
        this.accounts = accounts;
        setId("users-view");
        setSizeFull();

        filter.setId("users-filter");
        filter.setPlaceholder("Search name, user name, organisation, e-mail");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("24rem");
        filter.addValueChangeListener(change -> refresh());

        newUser.setId("users-new");
        newUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newUser.addClickListener(click -> new UserEditor(accounts, twoFactor, twoFactorPolicy, new UserAccount("", "", EnumSet.of(Role.TRAINEE)), this::refresh).open());

        grid.setId("users-grid");
        grid.addColumn(UserAccount::getFullName).setHeader("Name").setSortable(true).setFlexGrow(2);
        grid.addColumn(UserAccount::getUsername).setHeader("User name").setSortable(true);
        grid.addColumn(UserAccount::getOrganisation).setHeader("Organisation").setFlexGrow(2);
        grid.addColumn(account -> account.getCountry() == null ? "" : account.getCountry().displayName()).setHeader("Country").setSortable(true);
        grid.addColumn(account -> account.getRoles().stream().sorted().map(Role::label).collect(Collectors.joining(", "))).setHeader("Roles").setFlexGrow(2);
        grid.addColumn(account -> account.isEnabled() ? "Enabled" : "Disabled").setHeader("Status");
        grid.addColumn(account -> account.getLastLoginAt() == null ? "never" : LAST_LOGIN.format(account.getLastLoginAt())).setHeader("Last sign-in");
        grid.addItemClickListener(click -> new UserEditor(accounts, twoFactor, twoFactorPolicy, accounts.get(click.getItem().getId()), this::refresh).open());
        grid.setSizeFull();

        add(new HorizontalLayout(filter, newUser), grid);
        refresh();
    }

    void refresh() {
        grid.setItems(accounts.search(filter.getValue()));
    }
}
