package org.greenborder.academy.needs;

import java.util.List;

/**
 * A capacity theme as administrators keep it: the code that workshops, action items and ratings store, the label
 * people read, and the scenario topics whose exercises train it.
 */
public record Theme(String code, String label, String description, int position, boolean active,
                    List<String> scenarioTopics) {
}
