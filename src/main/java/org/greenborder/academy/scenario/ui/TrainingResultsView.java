package org.greenborder.academy.scenario.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.greenborder.academy.scenario.TrainingAnalytics;
import org.greenborder.academy.scenario.TrainingFigures;
import org.greenborder.academy.shared.CountryCode;

/** Trainers and analysts: how trainees do per scenario and per red flag, for a country or an office. */
@Route("training/results")
@PageTitle("Training results")
@Menu(title = "Training results", order = 320, icon = "vaadin:chart")
@RolesAllowed({"ADMIN", "ANALYST", "ORGANISER"})
class TrainingResultsView extends VerticalLayout {

    final ComboBox<String> country = new ComboBox<>("Country");
    final ComboBox<String> agencyType = new ComboBox<>("Agency");
    final ComboBox<String> office = new ComboBox<>("Office");
    final Grid<TrainingFigures.Scenario> scenarios = new Grid<>();
    final Grid<TrainingFigures.Flag> flags = new Grid<>();
    final H3 flagsTitle = new H3();
    private final TrainingAnalytics analytics;

    TrainingResultsView(TrainingAnalytics analytics) {
        this.analytics = analytics;
        setId("training-results-view");
        country.setId("results-country");
        office.setId("results-office");
        country.setItemLabelGenerator(code -> CountryCode.of(code).displayName());
        country.setClearButtonVisible(true);
        office.setClearButtonVisible(true);
        agencyType.setId("results-agency");
        agencyType.setClearButtonVisible(true);
        office.setWidth("24rem");
        scenarios.setId("results-scenarios");
        scenarios.addColumn(TrainingFigures.Scenario::title).setHeader("Scenario").setFlexGrow(3);
        scenarios.addColumn(TrainingFigures.Scenario::attempts).setHeader("Attempts");
        scenarios.addColumn(s -> s.passRate() + "%").setHeader("Passed");
        scenarios.addColumn(s -> s.averagePercent() + "%").setHeader("Average score");
        scenarios.addColumn(s -> s.endings().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "))).setHeader("Decisions (endings)").setFlexGrow(4);
        scenarios.setAllRowsVisible(true);
        scenarios.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        scenarios.asSingleSelect().addValueChangeListener(event -> showFlags(event.getValue()));
        flags.setId("results-flags");
        flags.addColumn(TrainingFigures.Flag::text).setHeader("Red flag").setFlexGrow(4);
        flags.addColumn(f -> f.genuine() ? "genuine" : "distractor").setHeader("Kind");
        flags.addColumn(f -> f.genuine() ? f.rate() + "% found" : f.rate() + "% noted wrongly").setHeader("Rate");
        flags.addColumn(f -> f.noted() + " of " + f.attempts()).setHeader("Attempts");
        flags.setAllRowsVisible(true);
        flags.setVisible(false);
        country.addValueChangeListener(event -> refresh());
        office.addValueChangeListener(event -> refresh());
        agencyType.addValueChangeListener(event -> refresh());
        add(new H2("Training results"), new Paragraph("Closed attempts of every trainee. Choose a scenario to see which red flags "
                + "were found and which distractors fooled people."), new HorizontalLayout(country, agencyType, office), scenarios, flagsTitle, flags);
        TrainingFigures all = analytics.figures(null, null, null);
        country.setItems(all.countries());
        agencyType.setItems(all.agencyTypes());
        office.setItems(all.offices());
        show(all);
    }

    void refresh() {
        show(analytics.figures(country.getValue(), agencyType.getValue(), office.getValue()));
    }

    private void show(TrainingFigures figures) {
        scenarios.setItems(figures.scenarios());
        showFlags(null);
    }

    private void showFlags(TrainingFigures.Scenario scenario) {
        flags.setVisible(scenario != null);
        flagsTitle.setText(scenario == null ? "" : "Red flags: " + scenario.title());
        if (scenario != null) {
            flags.setItems(scenario.flags());
        }
    }
}
