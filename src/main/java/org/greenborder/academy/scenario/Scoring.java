package org.greenborder.academy.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.greenborder.academy.scenario.ScenarioDefinition.*;

/**
 * The rubric applied to a closed attempt (see scenarios/README.md, "Scoring"): red flags found and false flags,
 * the ending and its legal basis, unnecessary inspections, a legitimate shipment held, and the time bonus.
 */
public final class Scoring {

    private Scoring() {
    }

    public enum LineKind { RED_FLAG, FALSE_FLAG, UNNECESSARY_ACTION, DECISION, LEGAL_BASIS, HELD_LEGITIMATE, TIME }

    public record Line(LineKind kind, String label, int points) {
    }

    public record Score(List<Line> lines, int total, int maximum, int percent, boolean passed, int passMark) {
    }

    /**
     * @param ending      the ending reached, or null when the time limit closed the attempt
     * @param legalBasis  the legal basis chosen with the closing decision, or null
     * @param elapsed     real time from start to close
     */
    static Score score(ScenarioDefinition scenario, Engine.State state, Ending ending, String legalBasis, Duration elapsed) {
        Rubric rubric = scenario.scoring();
        List<Line> lines = new ArrayList<>();
        for (RedFlag flag : scenario.redFlags()) {
            if (state.flags().contains(flag.id())) {
                lines.add(flag.genuine()
                        ? new Line(LineKind.RED_FLAG, flag.text(), flag.points())
                        : new Line(LineKind.FALSE_FLAG, flag.text(), -rubric.falseFlag()));
            }
        }
        for (String actionId : state.actions()) {
            Action action = scenario.action(actionId).orElseThrow();
            if (!action.warranted()) {
                lines.add(new Line(LineKind.UNNECESSARY_ACTION, action.label(), -rubric.unnecessaryAction()));
            }
        }
        if (ending != null) {
            lines.add(new Line(LineKind.DECISION, ending.title(), ending.points()));
            if (legalBasis != null && ending.legalBasis().contains(legalBasis)) {
                String text = scenario.legalBases().stream().filter(basis -> basis.id().equals(legalBasis))
                        .map(LegalBasis::text).findFirst().orElse(legalBasis);
                lines.add(new Line(LineKind.LEGAL_BASIS, text, rubric.legalBasis()));
            }
            if (ending.heldLegitimate() && rubric.heldLegitimate() > 0) {
                lines.add(new Line(LineKind.HELD_LEGITIMATE, "A legitimate shipment was held", -rubric.heldLegitimate()));
            }
            if (rubric.timePoints() > 0 && elapsed.compareTo(Duration.ofMinutes(rubric.withinMinutes())) <= 0) {
                lines.add(new Line(LineKind.TIME, "Closed within " + rubric.withinMinutes() + " minutes", rubric.timePoints()));
            }
        }
        int total = lines.stream().mapToInt(Line::points).sum();
        int maximum = scenario.maximumPoints();
        int percent = maximum <= 0 ? 0 : Math.max(0, total) * 100 / maximum;
        boolean passed = ending != null && ending.verdict() != Verdict.WRONG && percent >= rubric.passMark();
        return new Score(List.copyOf(lines), total, maximum, percent, passed, rubric.passMark());
    }
}
