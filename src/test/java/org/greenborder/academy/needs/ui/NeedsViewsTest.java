package org.greenborder.academy.needs.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import org.greenborder.academy.needs.NeedsRound;
import org.greenborder.academy.needs.NeedsService;
import org.greenborder.academy.needs.Rating;
import org.greenborder.academy.needs.SubRegion;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.shared.Convention;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.support.BrowserlessTestBase;
import org.greenborder.academy.support.SignedIn;
import org.greenborder.academy.support.WorkshopFixture;
import org.greenborder.academy.workshop.AgencyType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The needs screens on the demo data (the 2014 and 2016 rounds, the open Asian Network survey): dashboard filters,
 * the country profile, the analyst's rating sheet and the participant's survey.
 */
@SpringBootTest
@Import(WorkshopFixture.class)
class NeedsViewsTest extends BrowserlessTestBase {

    @Autowired
    WorkshopFixture fx;
    @Autowired
    NeedsService needs;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    /** Browserless navigation takes no query string in the path. */
    @SuppressWarnings("unchecked")
    private <T extends Component> T open(String path, String query, Class<T> type) {
        com.vaadin.flow.component.UI.getCurrent().navigate(path, com.vaadin.flow.router.QueryParameters.fromString(query));
        return (T) getCurrentView();
    }

    private List<String> heatCountries() {
        return find(Anchor.class).all().stream().map(a -> a.getId().orElse(""))
                .filter(id -> id.startsWith("heat-country-")).map(id -> id.substring("heat-country-".length())).toList();
    }

    @Test
    void theDashboardFiltersBySubRegionYearAndConvention() {
        SignedIn.signIn(contextHolder, "analyst", Role.ANALYST);
        NeedsDashboardView view = navigate("needs", NeedsDashboardView.class);
        assertThat(heatCountries()).contains("LA", "VN", "CN", "LK", "MN");
        assertThat(view.charts.getChildren().count()).isEqualTo(4);
        // the SVG reaches the browser as written: a lower-cased "viewbox" would crop the chart instead of scaling it
        assertThat(view.charts.getElement().getChild(0).getChild(0).getProperty("innerHTML")).startsWith("<svg").contains("viewBox=");

        test(view.region).selectItem("South-East Asia");
        assertThat(heatCountries()).contains("KH", "ID", "LA", "MY", "MM", "PH", "TL", "TH", "VN", "BN", "SG")
                .doesNotContain("CN", "LK", "MN", "BD");
        assertThat(view.query()).isEqualTo("?region=SOUTH_EAST_ASIA");
        // the demo 2016 levels: Lao PDR's resources stayed where 2014 left them, nothing reached them since
        Span cell = find(Span.class).withId("heat-LA-RESOURCES").single();
        assertThat(Double.parseDouble(cell.getText())).isGreaterThanOrEqualTo(4.0);
        assertThat(view.coverage.getGenericDataView().getItems()
                .filter(c -> c.country().value().equals("LA") && c.themeCode().equals("RESOURCES")))
                .singleElement().satisfies(c -> assertThat(c.addressed()).isFalse());

        long coverageRows = view.coverage.getGenericDataView().getItems().count();
        test(view.onlyOpen).click();
        assertThat(view.coverage.getGenericDataView().getItems()).isNotEmpty().noneMatch(c -> c.addressed())
                .hasSizeLessThan((int) coverageRows);
        test(view.onlyOpen).click();

        test(view.region).selectItem("South Asia");
        assertThat(heatCountries()).containsExactlyInAnyOrder("BD", "LK");

        // 2014: the year of the Lao workshop, before the 2016 round
        view = open("needs", "region=SOUTH_EAST_ASIA&year=2014", NeedsDashboardView.class);
        assertThat(view.region.getValue()).isEqualTo(SubRegion.SOUTH_EAST_ASIA);
        assertThat(view.year.getValue()).isEqualTo(2014);
        assertThat(heatCountries()).containsExactlyInAnyOrder("KH", "ID", "LA", "MY", "MM", "PH", "TL", "TH", "VN");
        assertThat(view.trained.getGenericDataView().getItems()).allMatch(t -> t.year() == 2014).isNotEmpty();
        assertThat(view.reportFrom.getValue()).isEqualTo(LocalDate.of(2014, 1, 1));

        // the Basel Convention leaves out the Montreal-only exercises
        NeedsDashboardView basel = open("needs", "convention=basel", NeedsDashboardView.class);
        assertThat(basel.convention.getValue()).isEqualTo(Convention.BASEL);
        NeedsDashboardView all = navigate("needs", NeedsDashboardView.class);
        int allAttempts = Integer.parseInt(all.totals.getChildren().filter(c -> c.getId().orElse("").equals("needs-total-attempts"))
                .findFirst().orElseThrow().getElement().getChild(0).getText());
        NeedsDashboardView baselAgain = open("needs", "convention=basel", NeedsDashboardView.class);
        int baselAttempts = Integer.parseInt(baselAgain.totals.getChildren().filter(c -> c.getId().orElse("").equals("needs-total-attempts"))
                .findFirst().orElseThrow().getElement().getChild(0).getText());
        assertThat(baselAttempts).isPositive().isLessThan(allAttempts);

        // nonsense in the address is ignored, not an error
        NeedsDashboardView odd = open("needs", "region=ATLANTIS&year=abc&convention=kyoto", NeedsDashboardView.class);
        assertThat(odd.region.getValue()).isNull();
        assertThat(odd.year.getValue()).isNull();
        assertThat(odd.convention.getValue()).isNull();
    }

    @Test
    void theCountryProfileShowsNeedsTrainingAndSuggestions() {
        SignedIn.signIn(contextHolder, "organiser", Role.ORGANISER);
        CountryProfileView view = open("needs/country/LA", "region=SOUTH_EAST_ASIA", CountryProfileView.class);
        assertThat(view.title.getText()).isEqualTo("Lao PDR");
        assertThat(view.back.getHref()).isEqualTo("needs?region=SOUTH_EAST_ASIA");
        assertThat(view.recommendations.getElement().getTextRecursively()).contains("Need level", "of 5 reported in");
        assertThat(view.workshops.getGenericDataView().getItems()).extracting(w -> w.title())
                .anyMatch(title -> title.startsWith("Capacity Building Workshop of SEAP Customs Officers"));
        assertThat(view.officers.getGenericDataView().getItems()).isNotEmpty();
        assertThat(view.performance.getGenericDataView().getItems()).isNotEmpty();
        assertThat(view.needs.getElement().getChild(0).getProperty("innerHTML")).startsWith("<svg").contains("viewBox=");

        navigate("needs/country/XX", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(CountryProfileView.class);
    }

    @Test
    void traineesDoNotReachTheDashboard() {
        SignedIn.signIn(contextHolder, "trainee", Role.TRAINEE);
        navigate("needs", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(NeedsDashboardView.class);
        navigate("needs/rounds", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(NeedsRoundsView.class);
    }

    @Test
    void anAnalystEntersAnAgencysRatingsOnTheSheet() {
        NeedsRound round = new NeedsRound();
        round.setTitle(WorkshopFixture.unique("Desk review"));
        round.setHeldOn(LocalDate.of(2026, 9, 30));
        NeedsRound saved = fx.as("analyst", Role.ANALYST, () -> needs.saveRound(round));

        SignedIn.signIn(contextHolder, "analyst", Role.ANALYST);
        NeedsRoundsView view = navigate("needs/rounds", NeedsRoundsView.class);
        view.tabs.setSelectedIndex(1);
        roundTrip(); // the tab sheet attaches the chosen content before the response
        assertThat(view.rounds.getGenericDataView().getItems()).extracting(NeedsRound::getTitle).contains(saved.getTitle());
        test(view.sheetRound).selectItem(saved.getTitle());
        view.sheetCountry.setValue(CountryCode.of("MM"));
        test(view.sheetAgency).selectItem(AgencyType.NATIONAL_OZONE_UNIT.label());
        test(view.sheet.level("SUBSTANCE_IDENTIFICATION")).selectItem(RatingSheet.LEVEL_LABELS.get(5));
        test(view.sheet.comment("SUBSTANCE_IDENTIFICATION")).setValue("<b>No identifier</b> at Myawaddy");
        test(view.saveSheet).click();
        assertThat(fx.as("analyst", Role.ANALYST, () -> needs.ratings(saved.getId()))).singleElement().satisfies(rating -> {
            assertThat(rating.country()).isEqualTo(CountryCode.of("MM"));
            assertThat(rating.agency()).isEqualTo(AgencyType.NATIONAL_OZONE_UNIT);
            assertThat(rating.level()).isEqualTo(5);
            assertThat(rating.comment()).isEqualTo("<b>No identifier</b> at Myawaddy");
        });

        // someone else changes the same sheet meanwhile: this save is refused and theirs kept
        fx.as("admin", Role.ADMIN, () -> needs.saveSheet(saved.getId(), CountryCode.of("MM"), AgencyType.NATIONAL_OZONE_UNIT,
                needs.sheet(saved.getId(), CountryCode.of("MM"), AgencyType.NATIONAL_OZONE_UNIT).stream()
                        .map(l -> l.themeCode().equals("SUBSTANCE_IDENTIFICATION") ? l.with(4, "revised") : l).toList()));
        test(view.sheet.level("SUBSTANCE_IDENTIFICATION")).selectItem(RatingSheet.LEVEL_LABELS.get(3));
        test(view.saveSheet).click();
        assertThat(find(com.vaadin.flow.component.notification.Notification.class).withId("gba-error-notification").exists()).isTrue();
        assertThat(fx.as("analyst", Role.ANALYST, () -> needs.ratings(saved.getId()))).extracting(Rating::level).containsExactly(4);
    }

    @Test
    void aWorkshopParticipantAnswersTheOpenSurvey() {
        NeedsRound asian = fx.as("analyst", Role.ANALYST, () -> needs.rounds()).stream()
                .filter(r -> r.getTitle().equals("Asian Network workshop survey")).findFirst().orElseThrow();
        assertThat(asian.isSurveyOpen()).isTrue();

        SignedIn.signIn(contextHolder, "trainee", Role.TRAINEE);
        NeedsSurveyView view = navigate("needs/survey/" + asian.getSurveyToken(), NeedsSurveyView.class);
        assertThat(view.intro.getText()).contains("Khamphet Sisavath", "Customs", "Lao PDR");
        test(view.sheet.level("INTER_AGENCY_COOPERATION")).selectItem(RatingSheet.LEVEL_LABELS.get(4));
        test(view.send).click();
        assertThat(fx.as("analyst", Role.ANALYST, () -> needs.ratings(asian.getId())))
                .filteredOn(r -> "trainee".equals(r.respondent()))
                .extracting(Rating::themeCode, Rating::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("INTER_AGENCY_COOPERATION", 4));

        // someone who is not a participant is told so, and sees no form
        String stranger = fx.account(Role.TRAINEE);
        SignedIn.signIn(contextHolder, stranger, Role.TRAINEE);
        NeedsSurveyView refused = navigate("needs/survey/" + asian.getSurveyToken(), NeedsSurveyView.class);
        assertThat(refused.problem.isVisible()).isTrue();
        assertThat(refused.problem.getText()).contains("participants");
        assertThat(refused.send.isVisible()).isFalse();
        NeedsSurveyView wrong = navigate("needs/survey/nonsense", NeedsSurveyView.class);
        assertThat(wrong.problem.getText()).contains("not valid");
    }
}
