package org.greenborder.academy.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.greenborder.academy.scenario.ScenarioDefinition.Ending;
import org.greenborder.academy.scenario.ScenarioDefinition.Option;
import org.greenborder.academy.scenario.ScenarioDefinition.Verdict;
import org.springframework.stereotype.Component;

/**
 * Plays a scenario through {@link ScenarioService}, as the signed-in user, the way a trainee of a given skill
 * might: a skilled one takes the warranted inspections, notes the genuine red flags and picks the right decision
 * and legal basis; a weak one misses things, falls for distractors and guesses. Demo data uses it, so dashboards
 * show figures that came from real attempts, scored by the real rules. The same seed plays the same game.
 */
@Component
public class SimulatedTrainee {

    private final ScenarioService scenarios;
    private final ScenarioCatalogue catalogue;

    SimulatedTrainee(ScenarioService scenarios, ScenarioCatalogue catalogue) {
        this.scenarios = scenarios;
        this.catalogue = catalogue;
    }

    /** @param skill 0 (guesses) to 1 (does everything right); @return the closed attempt's id */
    public long play(String scenarioId, long seed, double skill) {
        SplittableRandom random = new SplittableRandom(seed);
        long id = scenarios.start(scenarioId, seed);
        ScenarioDefinition scenario = catalogue.offered(scenarioId).orElseThrow().definition();
        AttemptView view = scenarios.attempt(id);
        for (int guard = 0; guard < 50 && view.open(); guard++) {
            for (String actionId : view.stage().actions().stream().map(AttemptView.ActionOption::id).toList()) {
                boolean warranted = scenario.action(actionId).orElseThrow().warranted();
                // affordability as the latest screen shows it: earlier inspections of this round used up time
                boolean affordable = view.stage().actions().stream().anyMatch(a -> a.id().equals(actionId) && a.affordable());
                if (affordable && random.nextDouble() < (warranted ? 0.3 + 0.7 * skill : 0.5 * (1 - skill))) {
                    view = scenarios.inspect(id, actionId);
                }
            }
            for (AttemptView.Flag flag : view.notebook()) {
                boolean genuine = scenario.redFlag(flag.id()).orElseThrow().genuine();
                if (!flag.noted() && random.nextDouble() < (genuine ? 0.2 + 0.75 * skill : 0.45 * (1 - skill))) {
                    view = scenarios.note(id, flag.id(), true);
                }
            }
            view = decide(id, scenario, view, skill, random);
        }
        return id;
    }

    private AttemptView decide(long id, ScenarioDefinition scenario, AttemptView view, double skill, SplittableRandom random) {
        // what routing needs: the flags noted so far
        Engine.State state = new Engine.State(view.stage().id(), List.of(), List.of(), view.notebook().stream().filter(AttemptView.Flag::noted)
                .map(AttemptView.Flag::id).collect(java.util.stream.Collectors.toSet()), 0, 0, null, null, List.of());
        List<Option> options = scenario.stage(view.stage().id()).orElseThrow().decision().options();
        Engine.State routing = state;
        Option choice;
        if (random.nextDouble() < skill) {
            choice = options.stream().max(Comparator.comparingInt(option -> value(scenario, Engine.route(scenario, routing, option)))).orElseThrow();
        } else {
            choice = options.get(random.nextInt(options.size()));
        }
        String basis = null;
        if (choice.closes(scenario)) {
            Ending ending = scenario.ending(Engine.route(scenario, routing, choice)).orElseThrow();
            List<String> all = new ArrayList<>(scenario.legalBases().stream().map(ScenarioDefinition.LegalBasis::id).toList());
            basis = !ending.legalBasis().isEmpty() && random.nextDouble() < 0.3 + 0.7 * skill
                    ? ending.legalBasis().getFirst() : all.get(random.nextInt(all.size()));
        }
        return scenarios.decide(id, choice.id(), basis, view.stepCount());
    }

    /** How good a target looks to someone who knows the case: the right ending, then investigating further. */
    private static int value(ScenarioDefinition scenario, String target) {
        return scenario.ending(target).map(ending -> ending.verdict() == Verdict.CORRECT ? 100 + ending.points()
                : ending.verdict() == Verdict.ACCEPTABLE ? 40 + ending.points() : 0).orElse(70);
    }
}
