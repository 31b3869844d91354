package org.greenborder.academy.needs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.greenborder.academy.shared.CountryCode;

/** Everything the platform knows about one country's capacity, for the profile page, the API and the report. */
public record CountryProfile(CountryCode country, String countryName, String subRegion, List<RoundNeeds> needs,
                             List<AgencyTrained> officersTrained, List<WorkshopAttended> workshops,
                             List<TopicPerformance> performance, List<ActionItem> openActions,
                             Certificates certificates, List<Recommendation> recommendations) {

    /** One round's ratings for the country: the level per theme (mean over agencies) and each agency's rating. */
    public record RoundNeeds(long roundId, String roundTitle, LocalDate roundDate, List<ThemeNeed> themes) {
    }

    public record ThemeNeed(String themeCode, String themeLabel, double level, List<AgencyRating> ratings) {
    }

    public record AgencyRating(String agency, int level, String comment) {
    }

    public record AgencyTrained(String agency, int inWorkshops, int inExercises, int officers) {
    }

    public record WorkshopAttended(long eventId, String title, LocalDate startDate, LocalDate endDate, String venue,
                                   int officers, List<String> themes) {
    }

    /** Exercise results on one scenario topic: attempts, passes, mean score, and the share of genuine red flags found. */
    public record TopicPerformance(String topic, int attempts, int passed, int averagePercent, int flagsFoundPercent) {
    }

    public record ActionItem(long eventId, String eventTitle, String text, String themeLabel, String owner,
                             LocalDate dueDate, String status, boolean overdue) {
    }

    public record Certificates(int total, Map<String, Integer> byKind) {
    }
}
