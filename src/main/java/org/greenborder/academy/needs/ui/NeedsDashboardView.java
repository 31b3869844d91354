package org.greenborder.academy.needs.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenborder.academy.needs.NeedsChart;
import org.greenborder.academy.needs.NeedsDashboard;
import org.greenborder.academy.needs.NeedsFilter;
import org.greenborder.academy.needs.RegionalPicture;
import org.greenborder.academy.needs.SubRegion;
import org.greenborder.academy.needs.Theme;
import org.greenborder.academy.shared.Convention;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.shared.ui.Downloads;
import org.greenborder.academy.shared.ui.InlineSvg;

/**
 * UNEP staff's regional picture: which countries still lack what (the heat map), what was done about it (coverage,
 * officers trained), and whether it worked (the trend across rounds, the red flags still missed). Filters live in
 * the address, so a filtered view can be bookmarked or sent.
 */
@Route("needs")
@PageTitle("Regional needs")
@Menu(title = "Regional needs", order = 400, icon = "vaadin:globe")
@RolesAllowed({"ADMIN", "ANALYST", "ORGANISER"})
class NeedsDashboardView extends VerticalLayout implements BeforeEnterObserver {

    private static final java.time.format.DateTimeFormatter MONTH =
            java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.ENGLISH);

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final Select<SubRegion> region = new Select<>();
    final Select<Integer> year = new Select<>();
    final Select<Convention> convention = new Select<>();
    final Div totals = new Div();
    final Div heatMap = new Div();
    final Div charts = new Div();
    final Grid<RegionalPicture.Coverage> coverage = new Grid<>();
    final com.vaadin.flow.component.checkbox.Checkbox onlyOpen = new com.vaadin.flow.component.checkbox.Checkbox("Only needs no training has reached yet");
    final Grid<RegionalPicture.TrainedCount> trained = new Grid<>();
    final Grid<RegionalPicture.MissedFlag> missed = new Grid<>();
    final DatePicker reportFrom = new DatePicker("Report from");
    final DatePicker reportTo = new DatePicker("to");
    final HorizontalLayout downloads = new HorizontalLayout();
    private final NeedsDashboard dashboard;
    private RegionalPicture picture;
    private boolean entering;
    /** Read by the report's download, which runs outside the UI's lock. */
    private volatile NeedsFilter reportPeriod = NeedsFilter.ANY;

    NeedsDashboardView(NeedsDashboard dashboard) {
        this.dashboard = dashboard;
        setId("needs-dashboard-view");
        region.setId("needs-region");
        region.setLabel("Sub-region");
        region.setItems(SubRegion.values());
        region.setItemLabelGenerator(r -> r == null ? "All sub-regions" : r.label());
        region.setEmptySelectionAllowed(true);
        region.setEmptySelectionCaption("All sub-regions");
        year.setId("needs-year");
        year.setLabel("Year");
        year.setItems(dashboard.years());
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption("All years");
        convention.setId("needs-convention");
        convention.setLabel("Convention");
        convention.setItems(Convention.values());
        convention.setItemLabelGenerator(c -> c == null ? "All conventions" : c.label());
        convention.setEmptySelectionAllowed(true);
        convention.setEmptySelectionCaption("All conventions");
        List.of(region, year, convention).forEach(select -> select.addValueChangeListener(event -> {
            if (!entering) {
                refresh(true);
            }
        }));
        totals.setId("needs-totals");
        totals.addClassName("gba-figures");
        heatMap.setId("needs-heat-map");
        heatMap.addClassName("gba-heat-map");
        charts.setId("needs-charts");
        charts.addClassName("gba-charts");

        coverage.setId("needs-coverage");
        coverage.addColumn(c -> c.country().displayName()).setHeader("Country").setSortable(true).setAutoWidth(true);
        coverage.addColumn(c -> themeLabel(c.themeCode())).setHeader("Theme").setFlexGrow(3);
        coverage.addColumn(c -> level(c.level())).setHeader("Need").setAutoWidth(true);
        coverage.addColumn(c -> MONTH.format(c.reportedOn())).setHeader("Reported").setAutoWidth(true)
                .setTooltipGenerator(RegionalPicture.Coverage::roundTitle);
        coverage.addColumn(c -> c.addressed() ? "Yes" : "Not yet").setHeader("Training since").setAutoWidth(true);
        coverage.addColumn(c -> String.join("; ", c.trainingSince())).setHeader("What reached the country").setFlexGrow(3);
        coverage.setHeight("30rem");
        coverage.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        onlyOpen.setId("needs-only-open");
        onlyOpen.addValueChangeListener(event -> showCoverage());
        coverage.setPartNameGenerator(c -> c.addressed() ? null : "gba-open-need");

        trained.setId("needs-trained");
        trained.addColumn(t -> t.country().displayName()).setHeader("Country");
        trained.addColumn(RegionalPicture.TrainedCount::year).setHeader("Year");
        trained.addColumn(RegionalPicture.TrainedCount::officers).setHeader("Officers trained");
        trained.addColumn(RegionalPicture.TrainedCount::inWorkshops).setHeader("in workshops");
        trained.addColumn(RegionalPicture.TrainedCount::inExercises).setHeader("in exercises");
        trained.setHeight("22rem");
        trained.addThemeVariants(GridVariant.LUMO_COMPACT);

        missed.setId("needs-missed-flags");
        missed.addColumn(m -> m.country().displayName()).setHeader("Country").setAutoWidth(true);
        missed.addColumn(RegionalPicture.MissedFlag::flagText).setHeader("Red flag").setFlexGrow(4);
        missed.addColumn(RegionalPicture.MissedFlag::scenarioTitle).setHeader("Scenario").setFlexGrow(2);
        missed.addColumn(m -> m.missedPercent() + " % (" + m.missed() + " of " + m.attempts() + ")").setHeader("Missed").setAutoWidth(true);
        missed.setHeight("26rem");
        missed.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);

        reportFrom.setId("needs-report-from");
        reportTo.setId("needs-report-to");
        reportFrom.addValueChangeListener(event -> reportPeriod = reportFilter());
        reportTo.addValueChangeListener(event -> reportPeriod = reportFilter());
        downloads.setId("needs-downloads");
        downloads.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        downloads.setWrap(true);

        HorizontalLayout filters = new HorizontalLayout(region, year, convention);
        filters.setWrap(true);
        add(new H2("Regional capacity needs"),
                new Paragraph("Need levels run from 1 (capacity in place) to 5 (urgent need), as reported by each country's "
                        + "agencies in the latest assessment round. A need of 3 or more counts as addressed once officers of "
                        + "the country attended a workshop on it, or played exercises on it, after it was reported."),
                filters, totals, new H3("Current need"), heatMap, charts,
                new H3("Coverage: reported needs and the training since"), onlyOpen, coverage,
                new H3("Officers trained"), trained,
                new H3("Most-missed red flags"), missed,
                new H3("Report and downloads"), downloads);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        entering = true;
        try {
            region.setValue(NeedsAddress.region(parameters).orElse(null));
            year.setValue(NeedsAddress.year(parameters).orElse(null));
            convention.setValue(NeedsAddress.convention(parameters).orElse(null));
        } finally {
            entering = false;
        }
        refresh(false);
    }

    NeedsFilter filter() {
        return NeedsFilter.year(region.getValue(), convention.getValue(), year.getValue());
    }

    void refresh(boolean updateAddress) {
        picture = dashboard.picture(filter());
        showTotals();
        showHeatMap();
        showCharts();
        showCoverage();
        trained.setItems(picture.trained());
        missed.setItems(picture.missedFlags());
        showDownloads();
        if (updateAddress) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "needs" + query()));
        }
    }

    private void showCoverage() {
        coverage.setItems(picture.coverage().stream().filter(c -> !onlyOpen.getValue() || !c.addressed()).toList());
    }

    String query() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (region.getValue() != null) {
            parameters.put("region", region.getValue().name());
        }
        if (year.getValue() != null) {
            parameters.put("year", year.getValue().toString());
        }
        if (convention.getValue() != null) {
            parameters.put("convention", convention.getValue().code());
        }
        return parameters.isEmpty() ? "" : "?" + QueryParameters.simple(parameters).getQueryString();
    }

    private void showTotals() {
        RegionalPicture.Totals t = picture.totals();
        totals.removeAll();
        totals.add(figure("needs-total-countries", String.valueOf(t.countriesRated()), "countries rated"),
                figure("needs-total-reported", String.valueOf(t.needsReported()), "needs reported (level 3+)"),
                figure("needs-total-addressed", t.needsAddressed() + " (" + t.addressedPercent() + " %)", "addressed by training since"),
                figure("needs-total-officers", String.valueOf(t.officersTrained()), "officers trained"),
                figure("needs-total-workshops", String.valueOf(t.workshops()), "workshops held"),
                figure("needs-total-attempts", String.valueOf(t.attempts()), "exercise attempts"),
                figure("needs-total-certificates", String.valueOf(t.certificates()), "certificates issued"));
    }

    private static Div figure(String id, String value, String label) {
        Div figure = new Div(new Span(value), new Span(label));
        figure.setId(id);
        figure.addClassName("gba-figure");
        return figure;
    }

    private void showHeatMap() {
        heatMap.removeAll();
        if (picture.countries().isEmpty()) {
            heatMap.add(new Paragraph("No ratings and no training for this filter."));
            return;
        }
        Div table = new Div();
        table.addClassName("gba-heat-table");
        table.getStyle().set("grid-template-columns", "minmax(9rem, max-content) repeat(" + picture.themes().size() + ", minmax(4.5rem, 1fr))");
        table.add(new Span("Country"));
        for (Theme theme : picture.themes()) {
            Span header = new Span(theme.label());
            header.addClassName("gba-heat-theme");
            header.getElement().setAttribute("title", theme.description() == null ? theme.label() : theme.description());
            table.add(header);
        }
        for (CountryCode country : picture.countries()) {
            Anchor link = new Anchor("needs/country/" + country.value() + query(), country.displayName());
            link.setId("heat-country-" + country.value());
            table.add(link);
            for (Theme theme : picture.themes()) {
                Span cell = new Span();
                cell.addClassName("gba-heat-cell");
                picture.cell(country, theme.code()).ifPresentOrElse(found -> {
                    cell.setText(level(found.level()));
                    cell.addClassName("gba-level-" + Math.max(1, Math.min(5, (int) Math.round(found.level()))));
                    cell.getElement().setAttribute("title", country.displayName() + " – " + theme.label() + ": "
                            + level(found.level()) + " (" + found.roundTitle() + ")");
                }, () -> {
                    cell.setText("–");
                    cell.getElement().setAttribute("title", "Not rated");
                });
                cell.setId("heat-" + country.value() + "-" + theme.code());
                table.add(cell);
            }
        }
        heatMap.add(table);
    }

    private void showCharts() {
        charts.removeAll();
        for (NeedsChart chart : List.of(NeedsChart.TREND, NeedsChart.COVERAGE, NeedsChart.OFFICERS_TRAINED, NeedsChart.MISSED_FLAGS)) {
            Div holder = new Div(InlineSvg.of(dashboard.svg(picture, chart, 640, 380)));
            holder.setId("needs-chart-" + chart.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            holder.addClassName("gba-chart");
            charts.add(holder);
        }
    }

    private void showDownloads() {
        downloads.removeAll();
        NeedsFilter filter = picture.filter();
        reportFrom.setValue(filter.from());
        reportTo.setValue(filter.to());
        reportPeriod = reportFilter();
        String base = "regional-needs" + (filter.region() == null ? "" : "-" + filter.region().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                + (year.getValue() == null ? "" : "-" + year.getValue());
        Anchor report = Downloads.link("needs-report", "Regional report (PDF)", VaadinIcon.FILE_TEXT_O, base + ".pdf",
                "application/pdf", () -> dashboard.report(reportPeriod));
        Anchor xlsx = Downloads.link("needs-xlsx", "All tables (XLSX)", VaadinIcon.TABLE, base + ".xlsx", XLSX,
                () -> dashboard.regionalXlsx(filter));
        downloads.add(reportFrom, reportTo, report, xlsx);
        List<Anchor> csv = new ArrayList<>();
        for (String table : dashboard.regionalTableNames()) {
            csv.add(NeedsAddress.csvLink("needs-csv-", base, table, () -> dashboard.regionalCsv(filter, table)));
        }
        downloads.add(csv.toArray(Anchor[]::new));
    }

    /** The dashboard's filter, over the period the user chose for the report. */
    NeedsFilter reportFilter() {
        LocalDate from = reportFrom.getValue();
        LocalDate to = reportTo.getValue();
        boolean backwards = from != null && to != null && from.isAfter(to);
        reportTo.setInvalid(backwards);
        reportTo.setErrorMessage(backwards ? "The period must not end before it starts" : null);
        if (backwards) {
            return picture.filter();
        }
        return new NeedsFilter(region.getValue(), convention.getValue(), from, to);
    }

    private String themeLabel(String code) {
        return picture.themes().stream().filter(t -> t.code().equals(code)).map(Theme::label).findFirst().orElse(code);
    }

    static String level(double level) {
        return String.format(java.util.Locale.ROOT, "%.1f", level);
    }
}
