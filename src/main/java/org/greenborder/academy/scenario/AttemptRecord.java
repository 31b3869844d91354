package org.greenborder.academy.scenario;

import java.time.Instant;
import java.util.List;

/**
 * A closed attempt as other modules see it: who (country and agency as on the account when it started), which
 * scenario with its topics and conventions, when it closed, the result, and each genuine red flag found or missed.
 */
public record AttemptRecord(long id, String username, String country, String agencyType, String scenarioId,
                            String scenarioTitle, List<String> topics, List<String> conventions, Instant completedAt,
                            boolean passed, int percent, List<Flag> flags) {

    public record Flag(String id, String text, boolean found) {
    }

    public long flagsFound() {
        return flags.stream().filter(Flag::found).count();
    }
}
