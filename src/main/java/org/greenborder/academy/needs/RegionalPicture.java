package org.greenborder.academy.needs;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.greenborder.academy.shared.CountryCode;

/**
 * The regional dashboard's figures for one filter. Need levels run from 1 (capacity in place) to 5 (urgent need);
 * a level is the mean of the agencies' ratings in the latest round that rated the country on the theme.
 *
 * @param countries rows of the heat map: every country in the filter that was rated, or trained, sorted by name
 * @param themes    columns: the active themes, in the administrators' order
 */
public record RegionalPicture(NeedsFilter filter, List<Theme> themes, List<CountryCode> countries, List<HeatCell> heat,
                              List<RoundTrend> trend, List<Coverage> coverage, List<TrainedCount> trained,
                              List<MissedFlag> missedFlags, Totals totals) {

    public Optional<HeatCell> cell(CountryCode country, String themeCode) {
        return heat.stream().filter(c -> c.country().equals(country) && c.themeCode().equals(themeCode)).findFirst();
    }

    /** The current need of one country on one theme, from the round named. */
    public record HeatCell(CountryCode country, String themeCode, double level, String roundTitle, LocalDate roundDate) {
    }

    /** The regional mean level per theme in one round, over the countries that round rated. */
    public record RoundTrend(long roundId, String roundTitle, LocalDate roundDate, List<ThemeLevel> levels) {
    }

    public record ThemeLevel(String themeCode, double level, int countries) {
    }

    /**
     * A reported need (level 3 or more) and whether training reached the country on it after it was reported:
     * a workshop on the theme attended by the country's officers, or exercises on the theme's topics.
     */
    public record Coverage(CountryCode country, String themeCode, double level, String roundTitle, LocalDate reportedOn,
                           boolean addressed, List<String> trainingSince) {
    }

    /** Distinct officers of a country trained in a year, in workshops or exercises. */
    public record TrainedCount(CountryCode country, int year, int officers, int inWorkshops, int inExercises) {
    }

    /** A genuine red flag that a country's officers missed, with how often. */
    public record MissedFlag(CountryCode country, String scenarioTitle, String flagText, int attempts, int missed) {

        public int missedPercent() {
            return attempts == 0 ? 0 : Math.round(missed * 100f / attempts);
        }
    }

    /** Headline figures for the report's first page. */
    public record Totals(int countriesRated, int needsReported, int needsAddressed, int officersTrained,
                         int workshops, int attempts, int certificates) {

        public int addressedPercent() {
            return needsReported == 0 ? 0 : Math.round(needsAddressed * 100f / needsReported);
        }
    }
}
