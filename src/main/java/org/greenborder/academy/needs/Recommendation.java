package org.greenborder.academy.needs;

import java.util.List;

/**
 * A suggested topic for a country's next workshop, with the reasons a planner can check: the need level and where
 * it was reported, how long since training on it reached the country, and how the country's officers did in the
 * exercises on it.
 */
public record Recommendation(String themeCode, String themeLabel, double level, double priority, List<String> reasons) {
}
