package org.greenborder.academy.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's tables: named for people, countries by name, levels as numbers, empty cells for "not rated". */
class NeedsTablesTest {

    @Test
    void regionalTablesFollowTheDashboard() {
        List<DataTable> tables = NeedsTables.regional(NeedsSamples.small());
        assertThat(tables).extracting(DataTable::name)
                .containsExactly("Summary", "Need levels", "Need trend", "Coverage", "Officers trained", "Missed red flags");
    }

    @Test
    void needLevelsHaveACountryRowAndAThemeColumn() {
        DataTable levels = NeedsTables.needLevels(NeedsSamples.small());
        assertThat(levels.headers()).containsExactly("Country", "Information and intelligence sharing",
                "Risk profiling and targeting of shipments", "Identification of ozone-depleting substances");
        assertThat(levels.rows()).hasSize(2);
        assertThat(levels.rows().get(0)).containsExactly("Lao PDR", 4.5, 3.0, 2.0);
        assertThat(levels.rows().get(1)).containsExactly("Viet Nam", 3.5, 4.0, null);
    }

    @Test
    void coverageIsTyped() {
        DataTable coverage = NeedsTables.coverage(NeedsSamples.small());
        assertThat(coverage.rows().getFirst()).containsExactly("Lao PDR", "Information and intelligence sharing", 4.5,
                "Needs assessment 2016", LocalDate.of(2016, 9, 15), true, "Vientiane workshop on intelligence sharing (2016)");
        assertThat(coverage.rows()).filteredOn(row -> Boolean.FALSE.equals(row.get(5)))
                .allSatisfy(row -> assertThat(row.get(6)).isNull());
    }

    @Test
    void trendIsInDateOrderAndFlagsMostMissedFirst() {
        RegionalPicture small = NeedsSamples.small();
        DataTable trend = NeedsTables.trend(small);
        assertThat(trend.rows().getFirst()).containsExactly("Needs assessment 2015", LocalDate.of(2015, 10, 1),
                "Information and intelligence sharing", 4.8, 2);
        DataTable flags = NeedsTables.missedFlags(small);
        assertThat(flags.rows()).extracting(row -> row.get(5)).containsExactly(63, 30);
    }

    @Test
    void countryTablesCarryRatingsCommentsAndReasons() {
        List<DataTable> tables = NeedsTables.country(NeedsSamples.lao());
        assertThat(tables).extracting(DataTable::name).containsExactly("Needs by round", "Officers by agency",
                "Workshops attended", "Exercise performance", "Open actions", "Recommendations");

        DataTable needs = tables.getFirst();
        assertThat(needs.rows().getFirst()).as("the earlier round first, a row even without agency ratings")
                .containsExactly("Needs assessment 2015", LocalDate.of(2015, 10, 1), "Information and intelligence sharing",
                        5.0, null, null, null);
        assertThat(needs.rows()).anySatisfy(row -> assertThat(row).containsExactly("Needs assessment 2016",
                LocalDate.of(2016, 9, 15), "Information and intelligence sharing", 4.5, "Customs Department", 5,
                "No access to the regional RILO database"));

        DataTable recommendations = tables.getLast();
        assertThat(recommendations.rows().getFirst()).containsExactly(1, "Risk profiling and targeting of shipments", 3.0,
                0.82, "Level 3.0 reported in Needs assessment 2016; "
                        + "No training on this theme has reached Lao PDR since it was reported");
        assertThat(tables.get(4).rows().getFirst()).contains(LocalDate.of(2016, 6, 30), true);
    }

    @Test
    void emptyPictureGivesEmptyTablesWithHeaders() {
        for (DataTable table : NeedsTables.regional(NeedsSamples.empty())) {
            assertThat(table.headers()).isNotEmpty();
            if (!table.name().equals("Summary")) {
                assertThat(table.rows()).as(table.name()).isEmpty();
            }
        }
        assertThat(Arrays.asList(NeedsTables.summary(NeedsSamples.empty()).rows().get(1).toArray()))
                .containsExactly("Period", "1 January 2016 – 31 December 2016");
    }
}
