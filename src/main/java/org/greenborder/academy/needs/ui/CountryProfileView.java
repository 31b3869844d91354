package org.greenborder.academy.needs.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.greenborder.academy.needs.CountryProfile;
import org.greenborder.academy.needs.NeedsDashboard;
import org.greenborder.academy.needs.NeedsFilter;
import org.greenborder.academy.needs.Recommendation;
import org.greenborder.academy.needs.SubRegion;
import org.greenborder.academy.shared.Convention;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.shared.ui.Downloads;
import org.greenborder.academy.shared.ui.InlineSvg;

/** One country's needs across rounds, the training its officers had, how they did, what is still open, and what to do next. */
@Route("needs/country/:iso")
@RolesAllowed({"ADMIN", "ANALYST", "ORGANISER"})
class CountryProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    final H2 title = new H2();
    final Paragraph scope = new Paragraph();
    final Div recommendations = new Div();
    final Div needs = new Div();
    final Grid<CountryProfile.AgencyTrained> officers = new Grid<>();
    final Grid<CountryProfile.WorkshopAttended> workshops = new Grid<>();
    final Grid<CountryProfile.TopicPerformance> performance = new Grid<>();
    final Grid<CountryProfile.ActionItem> actions = new Grid<>();
    final Paragraph certificates = new Paragraph();
    final HorizontalLayout downloads = new HorizontalLayout();
    final Anchor back = new Anchor("needs", "← Regional needs");
    private final NeedsDashboard dashboard;
    private CountryProfile profile;

    CountryProfileView(NeedsDashboard dashboard) {
        this.dashboard = dashboard;
        setId("country-profile-view");
        recommendations.setId("profile-recommendations");
        needs.setId("profile-needs");
        officers.setId("profile-officers");
        officers.addColumn(CountryProfile.AgencyTrained::agency).setHeader("Agency").setFlexGrow(3);
        officers.addColumn(CountryProfile.AgencyTrained::inWorkshops).setHeader("In workshops");
        officers.addColumn(CountryProfile.AgencyTrained::inExercises).setHeader("In exercises");
        officers.addColumn(CountryProfile.AgencyTrained::officers).setHeader("Officers trained");
        officers.setAllRowsVisible(true);
        workshops.setId("profile-workshops");
        workshops.addColumn(CountryProfile.WorkshopAttended::title).setHeader("Workshop").setFlexGrow(4);
        workshops.addColumn(w -> DAY.format(w.startDate()) + " – " + DAY.format(w.endDate())).setHeader("Dates").setAutoWidth(true);
        workshops.addColumn(CountryProfile.WorkshopAttended::venue).setHeader("Venue").setAutoWidth(true);
        workshops.addColumn(CountryProfile.WorkshopAttended::officers).setHeader("Officers").setAutoWidth(true);
        workshops.addColumn(w -> String.join(", ", w.themes())).setHeader("Themes").setFlexGrow(3);
        workshops.setAllRowsVisible(true);
        workshops.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        performance.setId("profile-performance");
        performance.addColumn(CountryProfile.TopicPerformance::topic).setHeader("Scenario topic").setFlexGrow(2);
        performance.addColumn(CountryProfile.TopicPerformance::attempts).setHeader("Attempts");
        performance.addColumn(CountryProfile.TopicPerformance::passed).setHeader("Passed");
        performance.addColumn(p -> p.averagePercent() + " %").setHeader("Average score");
        performance.addColumn(p -> p.flagsFoundPercent() + " %").setHeader("Red flags found");
        performance.setAllRowsVisible(true);
        actions.setId("profile-actions");
        actions.addColumn(CountryProfile.ActionItem::text).setHeader("Action item").setFlexGrow(4);
        actions.addColumn(CountryProfile.ActionItem::themeLabel).setHeader("Theme").setFlexGrow(2);
        actions.addColumn(CountryProfile.ActionItem::eventTitle).setHeader("From").setFlexGrow(2);
        actions.addColumn(a -> a.dueDate() == null ? "" : DAY.format(a.dueDate()) + (a.overdue() ? " (overdue)" : ""))
                .setHeader("Due").setAutoWidth(true);
        actions.addColumn(CountryProfile.ActionItem::status).setHeader("Status").setAutoWidth(true);
        actions.setAllRowsVisible(true);
        actions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        certificates.setId("profile-certificates");
        downloads.setId("profile-downloads");
        downloads.setWrap(true);
        back.setId("profile-back");
        add(back, title, scope, new H3("Suggested next workshop topics"), recommendations, new H3("Needs across rounds"), needs,
                new H3("Officers trained"), officers, new H3("Workshops attended"), workshops,
                new H3("Exercise results by topic"), performance, new H3("Open action items"), actions,
                new H3("Certificates issued"), certificates, downloads);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<CountryCode> country = event.getRouteParameters().get("iso").flatMap(iso -> {
            try {
                return Optional.of(CountryCode.of(iso));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
        if (country.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such country");
            return;
        }
        QueryParameters parameters = event.getLocation().getQueryParameters();
        NeedsFilter filter = NeedsFilter.year(null, NeedsAddress.convention(parameters).orElse(null),
                NeedsAddress.year(parameters).orElse(null));
        // back to the dashboard as it was filtered when the country was opened
        String query = event.getLocation().getQueryParameters().getQueryString();
        back.setHref("needs" + (query.isEmpty() ? "" : "?" + query));
        show(dashboard.profile(country.get(), filter), filter);
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        // coming from the heat map, the shell would keep the dashboard's scroll position
        getElement().executeJs("this.scrollIntoView({block: 'start'})");
    }

    @Override
    public String getPageTitle() {
        return profile == null ? "Country profile" : profile.countryName() + " – capacity profile";
    }

    private void show(CountryProfile profile, NeedsFilter filter) {
        this.profile = profile;
        title.setText(profile.countryName());
        scope.setText(profile.subRegion() + " · " + (filter.convention() == null ? "all conventions" : filter.convention().label() + " Convention")
                + " · activity " + filter.period());

        recommendations.removeAll();
        if (profile.recommendations().isEmpty()) {
            recommendations.add(new Paragraph("No reported need of level 3 or more: nothing to suggest."));
        }
        int rank = 0;
        for (Recommendation recommendation : profile.recommendations()) {
            Div card = new Div();
            card.addClassName("gba-recommendation");
            card.setId("recommendation-" + recommendation.themeCode());
            H4 heading = new H4((++rank) + ". " + recommendation.themeLabel());
            UnorderedList reasons = new UnorderedList();
            recommendation.reasons().forEach(reason -> reasons.add(new ListItem(reason)));
            card.add(heading, reasons);
            recommendations.add(card);
        }

        needs.removeAll();
        if (profile.needs().isEmpty()) {
            needs.add(new Paragraph("No assessment round has rated " + profile.countryName() + " yet."));
        } else {
            needs.add(InlineSvg.of(dashboard.countrySvg(profile, 720, 360)));
        }
        for (CountryProfile.RoundNeeds round : profile.needs()) {
            needs.add(new H4(round.roundTitle() + " (" + DAY.format(round.roundDate()) + ")"));
            Grid<CountryProfile.ThemeNeed> grid = new Grid<>();
            grid.setId("profile-round-" + round.roundId());
            grid.addColumn(CountryProfile.ThemeNeed::themeLabel).setHeader("Theme").setFlexGrow(3);
            grid.addColumn(t -> NeedsDashboardView.level(t.level())).setHeader("Need").setAutoWidth(true);
            grid.addColumn(t -> t.ratings().stream().map(r -> r.agency() + ": " + r.level()).collect(Collectors.joining(", ")))
                    .setHeader("By agency").setFlexGrow(3);
            grid.addColumn(t -> t.ratings().stream().filter(r -> r.comment() != null).map(r -> r.agency() + ": " + r.comment())
                    .collect(Collectors.joining(" · "))).setHeader("Comments").setFlexGrow(4);
            grid.setItems(round.themes());
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
            needs.add(grid);
        }
        officers.setItems(profile.officersTrained());
        workshops.setItems(profile.workshops());
        performance.setItems(profile.performance());
        actions.setItems(profile.openActions());
        CountryProfile.Certificates issued = profile.certificates();
        certificates.setText(issued.total() == 0 ? "None in this period."
                : issued.total() + " in force: " + issued.byKind().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")));

        downloads.removeAll();
        String base = "capacity-profile-" + profile.country().value().toLowerCase(Locale.ROOT);
        Anchor json = new Anchor("api/needs/countries/" + profile.country().value(), "JSON (API)");
        json.getElement().setAttribute("router-ignore", true);
        json.setId("profile-json");
        downloads.add(Downloads.link("profile-xlsx", "Profile tables (XLSX)", VaadinIcon.TABLE, base + ".xlsx",
                NeedsDashboardView.XLSX, () -> dashboard.profileXlsx(profile)), json);
        for (String table : dashboard.profileTableNames(profile)) {
            downloads.add(NeedsAddress.csvLink("profile-csv-", base, table, () -> dashboard.profileCsv(profile, table)));
        }
        SubRegion.of(profile.country()).ifPresent(region -> {
            Anchor others = new Anchor("needs?region=" + region.name(), "Other countries of " + region.label());
            others.setId("profile-region");
            downloads.add(others);
        });
    }
}
