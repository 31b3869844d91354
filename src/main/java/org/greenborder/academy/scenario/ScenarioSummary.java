package org.greenborder.academy.scenario;

import java.util.List;

/** A scenario as the catalogue lists it. */
public record ScenarioSummary(String id, String title, List<String> conventions, String difficulty, int minutes,
                              Integer timeLimitMinutes, boolean group, List<String> topics, List<String> learningObjectives,
                              String port, String date) {
}
