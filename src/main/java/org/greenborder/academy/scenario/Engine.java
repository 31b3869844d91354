package org.greenborder.academy.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.greenborder.academy.scenario.ScenarioDefinition.*;

/**
 * The rules of play, as pure functions: which moves are allowed in a state, and the state after a move. An
 * attempt's state is always its moves replayed from the start, so a reload, a restart or another device shows
 * exactly the same thing.
 */
final class Engine {

    private Engine() {
    }

    record Move(StepKind kind, String ref, String detail) {
    }

    /**
     * Where an attempt stands: the current stage (null once ended), the stages visited and inspections taken in
     * order, the red flags noted, officer minutes and delay to trade spent, the ending reached, and the options
     * chosen (stage id and option id per decision).
     */
    record State(String stageId, List<String> visited, List<String> actions, Set<String> flags, int minutes,
                 int delayHours, String endingId, String legalBasisId, List<String[]> decisions) {

        boolean ended() {
            return endingId != null;
        }
    }

    static State start(ScenarioDefinition scenario) {
        String first = scenario.stages().getFirst().id();
        return new State(first, List.of(first), List.of(), Set.of(), 0, 0, null, null, List.of());
    }

    static State replay(ScenarioDefinition scenario, List<Move> moves) {
        State state = start(scenario);
        for (Move move : moves) {
            String refusal = refusal(scenario, state, move);
            if (refusal != null) {
                throw new IllegalStateException("stored move " + move + " is not allowed: " + refusal);
            }
            state = apply(scenario, state, move);
        }
        return state;
    }

    /** Why the move is not allowed now, or null if it is. */
    static String refusal(ScenarioDefinition scenario, State state, Move move) {
        if (state.ended()) {
            return "This attempt is already closed.";
        }
        Stage stage = scenario.stage(state.stageId()).orElseThrow();
        return switch (move.kind()) {
            case ACTION -> {
                Action action = stage.actions().stream().filter(a -> a.id().equals(move.ref())).findFirst().orElse(null);
                if (action == null) {
                    yield "That inspection is not available at this stage.";
                }
                if (state.actions().contains(action.id())) {
                    yield "You have already done this inspection.";
                }
                if (state.minutes() + action.minutes() > scenario.budget().minutes()) {
                    yield "Not enough officer time left: it needs " + action.minutes() + " minutes, "
                            + (scenario.budget().minutes() - state.minutes()) + " are left.";
                }
                if (state.delayHours() + action.delayHours() > scenario.budget().delayHours()) {
                    yield "This would hold the shipment longer than you can justify: it adds " + action.delayHours()
                            + " hours of delay, " + (scenario.budget().delayHours() - state.delayHours()) + " are left.";
                }
                yield null;
            }
            case FLAG -> {
                if (visibleFlags(scenario, state).stream().noneMatch(flag -> flag.id().equals(move.ref()))) {
                    yield "That red flag is not in your notebook.";
                }
                yield state.flags().contains(move.ref()) ? "You have already noted this red flag." : null;
            }
            case UNFLAG -> state.flags().contains(move.ref()) ? null : "This red flag is not noted.";
            case DECISION -> {
                Option option = stage.decision().options().stream().filter(o -> o.id().equals(move.ref())).findFirst().orElse(null);
                if (option == null) {
                    yield "That decision is not open at this stage.";
                }
                if (option.closes(scenario)) {
                    if (move.detail() == null || scenario.legalBases().stream().noneMatch(basis -> basis.id().equals(move.detail()))) {
                        yield "Choose the legal basis of your decision.";
                    }
                } else if (move.detail() != null) {
                    yield "This decision does not close the case; it takes no legal basis.";
                }
                yield null;
            }
        };
    }

    static State apply(ScenarioDefinition scenario, State state, Move move) {
        return switch (move.kind()) {
            case ACTION -> {
                Action action = scenario.action(move.ref()).orElseThrow();
                List<String> actions = new ArrayList<>(state.actions());
                actions.add(action.id());
                yield new State(state.stageId(), state.visited(), List.copyOf(actions), state.flags(),
                        state.minutes() + action.minutes(), state.delayHours() + action.delayHours(), null, null, state.decisions());
            }
            case FLAG, UNFLAG -> {
                Set<String> flags = new LinkedHashSet<>(state.flags());
                if (move.kind() == StepKind.FLAG) {
                    flags.add(move.ref());
                } else {
                    flags.remove(move.ref());
                }
                yield new State(state.stageId(), state.visited(), state.actions(), java.util.Collections.unmodifiableSet(flags),
                        state.minutes(), state.delayHours(), null, null, state.decisions());
            }
            case DECISION -> {
                Stage stage = scenario.stage(state.stageId()).orElseThrow();
                Option option = stage.decision().options().stream().filter(o -> o.id().equals(move.ref())).findFirst().orElseThrow();
                String target = route(scenario, state, option);
                List<String[]> decisions = new ArrayList<>(state.decisions());
                decisions.add(new String[]{stage.id(), option.id()});
                boolean ending = scenario.ending(target).isPresent();
                List<String> visited = new ArrayList<>(state.visited());
                if (!ending) {
                    visited.add(target);
                }
                yield new State(ending ? null : target, List.copyOf(visited), state.actions(), state.flags(), state.minutes(),
                        state.delayHours(), ending ? target : null, ending ? move.detail() : null, List.copyOf(decisions));
            }
        };
    }

    /** The first route whose condition holds on what has been found so far. */
    static String route(ScenarioDefinition scenario, State state, Option option) {
        for (Route route : option.next()) {
            if (route.when() == null || holds(scenario, state, route.when())) {
                return route.target();
            }
        }
        return option.next().getLast().target();
    }

    private static boolean holds(ScenarioDefinition scenario, State state, Condition condition) {
        return state.flags().containsAll(condition.found())
                && (condition.minPoints() == null || flagPoints(scenario, state) >= condition.minPoints());
    }

    /** Points of the genuine red flags noted so far (distractors do not subtract here: branching rewards finding). */
    static int flagPoints(ScenarioDefinition scenario, State state) {
        return scenario.redFlags().stream().filter(flag -> flag.genuine() && state.flags().contains(flag.id()))
                .mapToInt(RedFlag::points).sum();
    }

    /** The red flags offered in the notebook now, in the file's order. */
    static List<RedFlag> visibleFlags(ScenarioDefinition scenario, State state) {
        return scenario.redFlags().stream().filter(flag -> isVisible(flag, state)).toList();
    }

    static boolean isVisible(RedFlag flag, State state) {
        return flag.visibleAfter().isEmpty() || flag.visibleAfter().stream()
                .anyMatch(id -> state.actions().contains(id) || state.visited().contains(id));
    }

    /** Documents shown so far: those of the stages visited, then those added by inspections, without repeats. */
    static List<Document> visibleDocuments(ScenarioDefinition scenario, State state) {
        Set<String> ids = new LinkedHashSet<>();
        for (String stageId : state.visited()) {
            scenario.stage(stageId).ifPresent(stage -> ids.addAll(stage.documents()));
        }
        for (String actionId : state.actions()) {
            scenario.action(actionId).ifPresent(action -> ids.addAll(action.documents()));
        }
        return ids.stream().map(id -> scenario.document(id).orElseThrow()).toList();
    }

    static List<Intelligence> visibleIntelligence(ScenarioDefinition scenario, State state) {
        Set<String> ids = new LinkedHashSet<>();
        for (String stageId : state.visited()) {
            scenario.stage(stageId).ifPresent(stage -> ids.addAll(stage.intelligence()));
        }
        return ids.stream().map(id -> scenario.intelligenceItem(id).orElseThrow()).toList();
    }
}
