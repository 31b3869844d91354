package org.greenborder.academy.scenario;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenborder.academy.scenario.ScenarioDefinition.*;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * What a well-formed file can still get wrong: references to ids that do not exist (or are of the wrong kind),
 * placeholders without a variable, stages and endings that cannot be reached, stages from which no ending can be
 * reached, and scoring that cannot work (no ending reaches the pass mark, conditions that can never hold,
 * inspections that do not fit the budget).
 */
final class ScenarioChecks {

    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private final ScenarioDefinition scenario;
    private final ScenarioReader reader;
    private final YamlNodes yaml;

    ScenarioChecks(ScenarioDefinition scenario, ScenarioReader reader, YamlNodes yaml) {
        this.scenario = scenario;
        this.reader = reader;
        this.yaml = yaml;
    }

    private Node root;

    void run(Node root) {
        this.root = root;
        references();
        if (root instanceof MappingNode mapping) {
            mapping.getValue().stream()
                    .filter(tuple -> !(tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("variables")))
                    .forEach(tuple -> placeholders(tuple.getValueNode()));
        }
        reachability();
        scoring();
        shown();
    }

    private Node at(String id) {
        return reader.declarations.get("item:" + id);
    }

    private void references() {
        for (ScenarioReader.Reference reference : reader.references) {
            String kind = reader.declaredKinds.get(reference.id());
            boolean ok = kind != null && (reference.kind().equals(kind)
                    || reference.kind().equals("stage or ending") && (kind.equals("stage") || kind.equals("ending"))
                    || reference.kind().equals("stage or action") && (kind.equals("stage") || kind.equals("action")));
            if (!ok) {
                yaml.problem(reference.node(), kind == null
                        ? "no " + reference.kind() + " has the id '" + reference.id() + "'"
                        : "'" + reference.id() + "' is a " + kind + ", but a " + reference.kind() + " is expected here");
            }
        }
    }

    /** Every ${name} or ${name.field} outside the variables themselves must name a variable (and a field it has). */
    private void placeholders(Node node) {
        if (node instanceof ScalarNode scalar) {
            Matcher matcher = PLACEHOLDER.matcher(scalar.getValue());
            while (matcher.find()) {
                String problem = placeholderProblem(matcher.group(1));
                if (problem != null) {
                    yaml.problem(scalar, problem);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(this::placeholders);
        } else if (node instanceof MappingNode mapping) {
            mapping.getValue().forEach(tuple -> placeholders(tuple.getValueNode()));
        }
    }

    /** The value of a top-level field, or the document itself: where file-wide problems are reported. */
    private Node top(String name) {
        if (root instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
                    return tuple.getKeyNode();
                }
            }
        }
        return root;
    }

    private String placeholderProblem(String reference) {
        String[] parts = reference.split("\\.", -1);
        Variable variable = scenario.variables().get(parts[0]);
        if (variable == null) {
            return "the placeholder ${" + reference + "} names no variable (defined: "
                    + (scenario.variables().isEmpty() ? "none" : String.join(", ", scenario.variables().keySet())) + ")";
        }
        boolean mapChoice = variable instanceof Choice choice && choice.options().getFirst() instanceof Map;
        if (parts.length == 1 && mapChoice) {
            return "the variable '" + parts[0] + "' has fields; write ${" + parts[0] + ".<field>}";
        }
        if (parts.length == 2) {
            if (!mapChoice) {
                return "the variable '" + parts[0] + "' has no fields; write ${" + parts[0] + "}";
            }
            Map<?, ?> first = (Map<?, ?>) ((Choice) variable).options().getFirst();
            if (!first.containsKey(parts[1])) {
                return "the variable '" + parts[0] + "' has no field '" + parts[1] + "' (fields: " + first.keySet() + ")";
            }
        }
        if (parts.length > 2) {
            return "the placeholder ${" + reference + "} must be ${variable} or ${variable.field}";
        }
        return null;
    }

    private void reachability() {
        if (scenario.stages().isEmpty()) {
            yaml.problem(top("stages"), "the scenario needs at least one stage");
            return;
        }
        if (scenario.endings().isEmpty()) {
            return;
        }
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(scenario.stages().getFirst().id()));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (reached.add(id)) {
                scenario.stage(id).ifPresent(stage -> stage.decision().options()
                        .forEach(option -> option.next().forEach(route -> queue.add(route.target()))));
            }
        }
        for (Stage stage : scenario.stages()) {
            if (!reached.contains(stage.id())) {
                yaml.problem(at(stage.id()), "stage '" + stage.id() + "' cannot be reached from the first stage '"
                        + scenario.stages().getFirst().id() + "': no decision leads to it");
            }
        }
        for (Ending ending : scenario.endings()) {
            if (!reached.contains(ending.id())) {
                yaml.problem(at(ending.id()), "ending '" + ending.id() + "' cannot be reached: no decision on any path leads to it");
            }
        }
        // from every reachable stage, some ending must be reachable (no dead loops)
        Set<String> leadsToEnding = new HashSet<>();
        scenario.endings().forEach(ending -> leadsToEnding.add(ending.id()));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Stage stage : scenario.stages()) {
                if (!leadsToEnding.contains(stage.id()) && stage.decision().options().stream()
                        .anyMatch(option -> option.next().stream().anyMatch(route -> leadsToEnding.contains(route.target())))) {
                    leadsToEnding.add(stage.id());
                    changed = true;
                }
            }
        }
        for (Stage stage : scenario.stages()) {
            if (reached.contains(stage.id()) && !leadsToEnding.contains(stage.id())) {
                yaml.problem(at(stage.id()), "from stage '" + stage.id() + "' no ending can be reached: its decisions only loop between stages");
            }
        }
    }

    private void scoring() {
        Rubric rubric = scenario.scoring();
        int maximum = scenario.maximumPoints();
        int genuine = scenario.redFlags().stream().filter(RedFlag::genuine).mapToInt(RedFlag::points).sum();
        Node scoringNode = top("scoring");
        if (maximum <= 0) {
            yaml.problem(scoringNode, "impossible scoring: the maximum score is 0 (no genuine red flag and no ending earns points)");
            return;
        }
        boolean correctPasses = false;
        for (Ending ending : scenario.endings()) {
            int best = genuine + ending.points() + (ending.legalBasis().isEmpty() ? 0 : rubric.legalBasis()) + rubric.timePoints();
            if (ending.verdict() == Verdict.CORRECT && best * 100 >= rubric.passMark() * maximum) {
                correctPasses = true;
            }
        }
        if (scenario.endings().stream().noneMatch(ending -> ending.verdict() == Verdict.CORRECT)) {
            yaml.problem(top("endings"), "impossible scoring: no ending has verdict 'correct'");
        } else if (!correctPasses) {
            yaml.problem(scoringNode, "impossible scoring: even a perfect attempt ending in a 'correct' ending stays below the pass mark of "
                    + rubric.passMark() + "% (maximum " + maximum + " points)");
        }
        for (Stage stage : scenario.stages()) {
            for (Option option : stage.decision().options()) {
                for (Route route : option.next()) {
                    if (route.when() != null && route.when().minPoints() != null && route.when().minPoints() > genuine) {
                        yaml.problem(at(stage.id()), "impossible scoring: option '" + option.id() + "' of stage '" + stage.id()
                                + "' asks for " + route.when().minPoints() + " red-flag points, but all genuine flags together earn " + genuine);
                    }
                }
            }
            int warranted = stage.actions().stream().filter(Action::warranted).mapToInt(Action::minutes).sum();
            if (warranted > scenario.budget().minutes()) {
                yaml.problem(at(stage.id()), "impossible scoring: the warranted inspections of stage '" + stage.id() + "' take "
                        + warranted + " minutes, more than the budget of " + scenario.budget().minutes());
            }
        }
        if (scenario.timeLimitMinutes() != null && rubric.timePoints() > 0 && rubric.withinMinutes() > scenario.timeLimitMinutes()) {
            yaml.problem(scoringNode, "scoring.time.withinMinutes (" + rubric.withinMinutes() + ") is longer than timeLimitMinutes ("
                    + scenario.timeLimitMinutes() + ")");
        }
        if (scenario.legalBases().isEmpty()) {
            yaml.problem(top("legalBases"), "legalBases must list at least one legal basis to choose from when closing the case");
        }
    }

    /** Documents and intelligence that nothing shows are mistakes, not hidden extras. */
    private void shown() {
        Set<String> shown = new HashSet<>();
        for (Stage stage : scenario.stages()) {
            shown.addAll(stage.documents());
            shown.addAll(stage.intelligence());
            stage.actions().forEach(action -> shown.addAll(action.documents()));
        }
        scenario.documents().stream().filter(document -> !shown.contains(document.id())).forEach(document ->
                yaml.problem(at(document.id()), "document '" + document.id() + "' is never shown: list it in a stage's documents or an action's documents"));
        scenario.intelligence().stream().filter(item -> !shown.contains(item.id())).forEach(item ->
                yaml.problem(at(item.id()), "intelligence '" + item.id() + "' is never shown: list it in a stage's intelligence"));
    }
}
