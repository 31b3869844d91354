package org.greenborder.academy.needs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.greenborder.academy.needs.NeedsRound;
import org.greenborder.academy.needs.NeedsService;
import org.greenborder.academy.needs.Rating;
import org.greenborder.academy.needs.Theme;
import org.greenborder.academy.security.CurrentUser;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.shared.Convention;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.shared.ui.Downloads;
import org.greenborder.academy.shared.ui.Feedback;
import org.greenborder.academy.workshop.AgencyType;
import org.greenborder.academy.workshop.EventFilter;
import org.greenborder.academy.workshop.EventSummary;
import org.greenborder.academy.workshop.WorkshopService;

/**
 * Analysts' desk for needs assessments: the rounds (with the survey link for a workshop's participants), the
 * rating sheet per country and agency, and, for administrators, the list of capacity themes.
 */
@Route("needs/rounds")
@PageTitle("Needs assessments")
@Menu(title = "Needs assessments", order = 410, icon = "vaadin:clipboard-text")
@RolesAllowed({"ADMIN", "ANALYST"})
class NeedsRoundsView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    final Grid<NeedsRound> rounds = new Grid<>();
    final Button newRound = new Button("New round");
    final Button editRound = new Button("Edit");
    final Button deleteRound = new Button("Delete");
    final Button survey = new Button("Open survey");
    final Div surveyLink = new Div();
    final Grid<Rating> ratings = new Grid<>();
    final HorizontalLayout ratingDownloads = new HorizontalLayout();

    final Select<NeedsRound> sheetRound = new Select<>();
    final ComboBox<CountryCode> sheetCountry = new ComboBox<>("Country");
    final Select<AgencyType> sheetAgency = new Select<>();
    final RatingSheet sheet = new RatingSheet();
    final Button saveSheet = new Button("Save ratings");

    final Grid<Theme> themes = new Grid<>();
    final Button addTheme = new Button("Add theme");
    final Button editTheme = new Button("Edit");
    final Button themeUp = new Button("Move up");
    final Button themeDown = new Button("Move down");
    final Button deleteTheme = new Button("Delete");
    final TabSheet tabs = new TabSheet();

    private final NeedsService needs;
    private final List<EventSummary> events;
    /** Read once per shown round, not once per grid row. */
    private Map<String, String> themeLabels = Map.of();

    NeedsRoundsView(NeedsService needs, WorkshopService workshops, CurrentUser currentUser) {
        this.needs = needs;
        this.events = workshops.list(EventFilter.ANY);
        setId("needs-rounds-view");
        add(new H2("Needs assessments"));
        tabs.setId("needs-tabs");
        tabs.setWidthFull();
        tabs.add("Rounds", roundsTab());
        tabs.add("Rating sheet", sheetTab());
        if (currentUser.hasRole(Role.ADMIN)) {
            tabs.add("Capacity themes", themesTab());
        }
        add(tabs);
        refreshRounds();
    }

    private VerticalLayout roundsTab() {
        rounds.setId("needs-rounds");
        rounds.addColumn(NeedsRound::getTitle).setHeader("Round").setFlexGrow(3);
        rounds.addColumn(r -> DAY.format(r.getHeldOn())).setHeader("Reported on").setAutoWidth(true);
        rounds.addColumn(r -> r.getConventions().isEmpty() ? "All" : r.getConventions().stream().sorted()
                .map(Convention::label).collect(Collectors.joining(", "))).setHeader("Conventions").setAutoWidth(true);
        rounds.addColumn(r -> eventTitle(r.getEventId())).setHeader("Workshop").setFlexGrow(2);
        rounds.addColumn(r -> r.getEventId() == null ? "" : r.isSurveyOpen() ? "Open" : "Closed").setHeader("Survey").setAutoWidth(true);
        rounds.setAllRowsVisible(true);
        rounds.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        rounds.asSingleSelect().addValueChangeListener(event -> showRound(event.getValue()));
        newRound.setId("round-new");
        newRound.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newRound.addClickListener(click -> new RoundDialog(needs, new NeedsRound(), events, this::roundSaved).open());
        editRound.setId("round-edit");
        editRound.addClickListener(click -> new RoundDialog(needs, needs.round(rounds.asSingleSelect().getValue().getId()), events,
                this::roundSaved).open());
        deleteRound.setId("round-delete");
        deleteRound.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deleteRound.addClickListener(click -> {
            NeedsRound round = rounds.asSingleSelect().getValue();
            ConfirmDialog confirm = new ConfirmDialog("Delete \"" + round.getTitle() + "\"?",
                    "Its ratings and survey answers are deleted with it.", "Delete", ok -> {
                if (Feedback.attempt(() -> needs.deleteRound(round.getId()))) {
                    Feedback.success("Round deleted");
                    refreshRounds();
                }
            });
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        survey.setId("round-survey");
        survey.addClickListener(click -> {
            NeedsRound round = rounds.asSingleSelect().getValue();
            Feedback.attempt(() -> round.isSurveyOpen() ? needs.closeSurvey(round.getId()) : needs.openSurvey(round.getId()))
                    .ifPresent(this::roundSaved);
        });
        surveyLink.setId("round-survey-link");
        ratings.setId("round-ratings");
        ratings.addColumn(r -> r.country().displayName()).setHeader("Country").setSortable(true).setAutoWidth(true);
        ratings.addColumn(r -> r.agency().label()).setHeader("Agency").setAutoWidth(true);
        ratings.addColumn(r -> themeLabel(r.themeCode())).setHeader("Theme").setFlexGrow(3);
        ratings.addColumn(Rating::level).setHeader("Need").setAutoWidth(true);
        ratings.addColumn(r -> r.source().label()).setHeader("Source").setAutoWidth(true);
        ratings.addColumn(r -> r.comment() == null ? "" : r.comment()).setHeader("Comment").setFlexGrow(3);
        ratings.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        ratings.setHeight("28rem");
        HorizontalLayout actions = new HorizontalLayout(newRound, editRound, survey, deleteRound);
        VerticalLayout tab = new VerticalLayout(new Paragraph("A round is one collection of needs, such as the survey at a "
                + "network workshop. Link it to the workshop to let its participants answer through the survey link."),
                actions, rounds, surveyLink, new H3("Ratings of the selected round"), ratingDownloads, ratings);
        tab.setPadding(false);
        showRound(null);
        return tab;
    }

    private VerticalLayout sheetTab() {
        sheetRound.setId("sheet-round");
        sheetRound.setLabel("Round");
        sheetRound.setItemLabelGenerator(r -> r == null ? "" : r.getTitle());
        sheetCountry.setId("sheet-country");
        sheetCountry.setItems(CountryCode.all());
        sheetCountry.setItemLabelGenerator(CountryCode::displayName);
        sheetAgency.setId("sheet-agency");
        sheetAgency.setLabel("Agency");
        sheetAgency.setItems(AgencyType.values());
        sheetAgency.setItemLabelGenerator(AgencyType::label);
        sheetAgency.setValue(AgencyType.CUSTOMS);
        sheetRound.addValueChangeListener(event -> loadSheet());
        sheetCountry.addValueChangeListener(event -> loadSheet());
        sheetAgency.addValueChangeListener(event -> loadSheet());
        saveSheet.setId("sheet-save");
        saveSheet.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveSheet.setEnabled(false);
        saveSheet.setDisableOnClick(true);
        saveSheet.addClickListener(click -> {
            Feedback.attempt(() -> needs.saveSheet(sheetRound.getValue().getId(), sheetCountry.getValue(),
                    sheetAgency.getValue(), sheet.edited())).ifPresent(saved -> {
                sheet.show(saved);
                Feedback.success("Ratings of " + sheetCountry.getValue().displayName() + " saved");
                showRound(rounds.asSingleSelect().getValue());
            });
            saveSheet.setEnabled(true);
        });
        HorizontalLayout pickers = new HorizontalLayout(sheetRound, sheetCountry, sheetAgency);
        pickers.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        pickers.setWrap(true);
        VerticalLayout tab = new VerticalLayout(new Paragraph("Enter one agency's needs as a whole, for instance from a "
                + "workshop report. 1 means the capacity is in place, 5 an urgent need; leave a theme not rated if the "
                + "agency did not say."), pickers, sheet, saveSheet);
        tab.setPadding(false);
        return tab;
    }

    private VerticalLayout themesTab() {
        themes.setId("needs-themes");
        themes.addColumn(Theme::label).setHeader("Theme").setFlexGrow(3);
        themes.addColumn(t -> String.join(", ", t.scenarioTopics())).setHeader("Scenario topics").setFlexGrow(3);
        themes.addColumn(t -> t.active() ? "In use" : "Retired").setHeader("Status").setAutoWidth(true);
        themes.addColumn(Theme::code).setHeader("Code").setAutoWidth(true);
        themes.setAllRowsVisible(true);
        themes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        themes.asSingleSelect().addValueChangeListener(event -> {
            boolean chosen = event.getValue() != null;
            List.of(editTheme, themeUp, themeDown, deleteTheme).forEach(button -> button.setEnabled(chosen));
        });
        addTheme.setId("theme-add");
        addTheme.addClickListener(click -> new ThemeDialog(needs, null, this::refreshThemes).open());
        editTheme.setId("theme-edit");
        editTheme.addClickListener(click -> new ThemeDialog(needs, themes.asSingleSelect().getValue(), this::refreshThemes).open());
        themeUp.setId("theme-up");
        themeUp.addClickListener(click -> move(true));
        themeDown.setId("theme-down");
        themeDown.addClickListener(click -> move(false));
        deleteTheme.setId("theme-delete");
        deleteTheme.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deleteTheme.addClickListener(click -> {
            if (Feedback.attempt(() -> needs.deleteTheme(themes.asSingleSelect().getValue().code()))) {
                Feedback.success("Theme deleted");
                refreshThemes();
            }
        });
        List.of(editTheme, themeUp, themeDown, deleteTheme).forEach(button -> button.setEnabled(false));
        refreshThemes();
        VerticalLayout tab = new VerticalLayout(new Paragraph("The themes that rounds rate and workshops address. Retire a "
                + "theme rather than delete it once it has ratings; the scenario topics decide which exercises count as "
                + "training on it."), new HorizontalLayout(addTheme, editTheme, themeUp, themeDown, deleteTheme), themes);
        tab.setPadding(false);
        return tab;
    }

    private void move(boolean up) {
        String code = themes.asSingleSelect().getValue().code();
        if (Feedback.attempt(() -> needs.moveTheme(code, up))) {
            refreshThemes();
            needs.themes().stream().filter(t -> t.code().equals(code)).findFirst().ifPresent(themes::select);
        }
    }

    private void refreshThemes() {
        themes.setItems(needs.themes());
    }

    private void roundSaved(NeedsRound saved) {
        refreshRounds();
        rounds.getListDataView().getItems().filter(r -> r.getId().equals(saved.getId())).findFirst().ifPresent(rounds::select);
    }

    private void refreshRounds() {
        List<NeedsRound> all = needs.rounds();
        rounds.setItems(all);
        NeedsRound chosen = sheetRound.getValue();
        sheetRound.setItems(all);
        sheetRound.setValue(chosen == null ? null : all.stream().filter(r -> r.getId().equals(chosen.getId())).findFirst().orElse(null));
        showRound(null);
    }

    private void showRound(NeedsRound round) {
        boolean chosen = round != null;
        editRound.setEnabled(chosen);
        deleteRound.setEnabled(chosen);
        survey.setEnabled(chosen && round.getEventId() != null);
        survey.setText(chosen && round.isSurveyOpen() ? "Close survey" : "Open survey");
        surveyLink.removeAll();
        if (chosen && round.isSurveyOpen() && round.getSurveyToken() != null) {
            String path = "needs/survey/" + round.getSurveyToken();
            Anchor link = new Anchor(path, path);
            link.setId("survey-link");
            surveyLink.add(new Paragraph("Participants of " + eventTitle(round.getEventId())
                    + " answer for their own country and agency at this address (they sign in first):"), link);
        }
        themeLabels = needs.themes().stream().collect(Collectors.toMap(Theme::code, Theme::label));
        ratings.setItems(chosen ? needs.ratings(round.getId()) : List.of());
        ratingDownloads.removeAll();
        ratingDownloads.setId("round-downloads");
        if (chosen) {
            long id = round.getId();
            ratingDownloads.add(
                    Downloads.link("round-csv", "Ratings (CSV)", VaadinIcon.FILE_TABLE, "needs-round-" + id + ".csv",
                            "text/csv;charset=UTF-8", () -> needs.ratingsCsv(id)),
                    Downloads.link("round-xlsx", "Ratings (XLSX)", VaadinIcon.TABLE, "needs-round-" + id + ".xlsx",
                            NeedsDashboardView.XLSX, () -> needs.ratingsXlsx(id)));
        }
    }

    private void loadSheet() {
        boolean ready = sheetRound.getValue() != null && sheetCountry.getValue() != null && sheetAgency.getValue() != null;
        saveSheet.setEnabled(ready);
        if (ready) {
            sheet.show(needs.sheet(sheetRound.getValue().getId(), sheetCountry.getValue(), sheetAgency.getValue()));
        } else {
            sheet.show(List.of());
        }
    }

    private String eventTitle(Long eventId) {
        return eventId == null ? "" : events.stream().filter(e -> e.id() == eventId).map(EventSummary::title).findFirst().orElse("");
    }

    private String themeLabel(String code) {
        return themeLabels.getOrDefault(code, code);
    }
}
