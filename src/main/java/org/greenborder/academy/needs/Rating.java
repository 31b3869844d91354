package org.greenborder.academy.needs;

import java.time.Instant;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.workshop.AgencyType;

/**
 * A stored rating. {@code level} runs from 1 (the capacity is in place) to 5 (urgent need); {@code respondent} is
 * empty for an analyst's entry for the whole agency.
 */
public record Rating(Long id, long roundId, CountryCode country, AgencyType agency, String themeCode, String respondent,
                     int level, String comment, RatingSource source, String enteredBy, Instant updatedAt, long version) {
}
