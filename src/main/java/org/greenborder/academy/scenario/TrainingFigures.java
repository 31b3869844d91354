package org.greenborder.academy.scenario;

import java.util.List;
import java.util.Map;

/**
 * Closed attempts summed up per scenario, for trainers and the needs dashboard: how many, how many passed, the
 * decisions taken (by ending), and per red flag how often it was found (genuine ones) or wrongly noted (distractors).
 */
public record TrainingFigures(List<Scenario> scenarios, List<String> countries, List<String> agencyTypes, List<String> offices) {

    public record Scenario(String id, String title, int attempts, int passed, int averagePercent, Map<String, Integer> endings,
                           List<Flag> flags) {

        public int passRate() {
            return attempts == 0 ? 0 : Math.round(passed * 100f / attempts);
        }
    }

    /** {@code rate}: for a genuine flag the share of attempts that found it, for a distractor the share that noted it. */
    public record Flag(String id, String text, boolean genuine, int attempts, int noted, int rate) {
    }
}
