package org.greenborder.academy.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The application shell. The menu is built from the views' {@code @Menu} annotations, and Vaadin leaves out the
 * views the signed-in user may not open, so each role sees exactly its own entries and no feature imports this.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    public static final String PRODUCT_NAME = "Green Border Academy";

    private final AuthenticationContext authenticationContext;
    private final H1 viewTitle = new H1();
    private final SideNav nav = new SideNav();

    public MainLayout(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("gba-view-title");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        addToNavbar(toggle, viewTitle, searchBox());

        nav.setId("main-menu");
        nav.setLabel("Main menu");
        Scroller navScroller = new Scroller(nav);
        navScroller.addClassName("gba-nav-scroller");
        addToDrawer(brand(), navScroller, userBox());
    }

    /** The guidance search, from every page; by path, so that the shell depends on no feature. */
    private Component searchBox() {
        TextField search = new TextField();
        search.setId("shell-search");
        search.setPlaceholder("Search guidance: R22, A1181, used computers…");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(500);
        search.addClassName("gba-shell-search");
        search.getElement().setAttribute("aria-label", "Search the guidance library");
        search.addKeyPressListener(Key.ENTER, press -> {
            String text = search.getValue().strip();
            search.clear();
            getUI().ifPresent(ui -> ui.navigate("guidance", QueryParameters.of("q", text)));
        });
        return search;
    }

    private Component brand() {
        Icon logo = VaadinIcon.GLOBE_WIRE.create();
        logo.addClassName("gba-brand-icon");
        Span name = new Span(PRODUCT_NAME);
        name.setId("product-name");
        name.addClassName("gba-brand-name");
        Div brand = new Div(logo, name);
        brand.addClassName("gba-brand");
        return brand;
    }

    private Component userBox() {
        Span user = new Span(authenticationContext.getPrincipalName().orElse(""));
        user.setId("signed-in-user");
        user.addClassName("gba-user-name");
        Button logout = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> authenticationContext.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div box = new Div(user, logout);
        box.addClassName("gba-user-box");
        return box;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
            nav.addItem(item);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(PRODUCT_NAME));
    }
}
