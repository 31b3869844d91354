package org.greenborder.academy.needs;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenborder.academy.certificate.IssuedCertificate;
import org.greenborder.academy.scenario.AttemptRecord;
import org.greenborder.academy.shared.Convention;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.workshop.WorkshopHistory;

/**
 * Everything the needs picture is computed from, gathered once from the modules that own it, so that the
 * arithmetic in {@link NeedsAnalysis} is a plain function that tests can feed by hand.
 */
record NeedsData(List<Theme> themes, List<Round> rounds, List<Rating> ratings, List<WorkshopHistory.Event> events,
                 List<WorkshopHistory.Action> actions, List<AttemptRecord> attempts, List<IssuedCertificate> certificates,
                 Map<Long, CountryCode> personCountries, LocalDate today, ZoneId zone) {

    static NeedsData empty(java.time.Clock clock) {
        return new NeedsData(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(),
                LocalDate.now(clock), clock.getZone());
    }

    record Round(long id, String title, LocalDate heldOn, Set<Convention> conventions) {

        boolean covers(Convention convention) {
            return convention == null || conventions.isEmpty() || conventions.contains(convention);
        }
    }
}
