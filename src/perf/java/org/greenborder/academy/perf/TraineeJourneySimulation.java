package org.greenborder.academy.perf;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Trainees at work: a closed workload that ramps up to {@code perf.users} concurrent users over {@code perf.ramp}
 * and holds them for {@code perf.hold}; a user who finishes is replaced by the next. Each user signs in, works one
 * scenario ({@code perf.actionsMin}–{@code perf.actionsMax} moves with {@code perf.thinkMin}–{@code perf.thinkMax}
 * think time), decides until the attempt closes, searches the guidance library ({@code perf.searchPercent} of users)
 * and signs out. {@code perf.certificatePercent} of users are certificate holders instead: they download a
 * certificate, and it is then checked publicly. Any error fails the run.
 */
public class TraineeJourneySimulation extends Simulation {

    private final PerfSettings settings = PerfSettings.fromSystemProperties();
    private final Journeys journeys = new Journeys(settings);
    private final AccountPool trainees = new AccountPool(settings);

    {
        Vaadin.push = settings.push();
        System.out.println("TraineeJourneySimulation: " + settings);
        ChainBuilder trainee = feed(trainees)
                .exec(exitBlockOnFail().on(journeys.trainee()))
                .exec(session -> {
                    trainees.release(session.getString("username"));
                    return session;
                });
        ChainBuilder user = trainee;
        if (settings.certificatePercent() > 0 && !settings.holders().isEmpty()) {
            ChainBuilder holder = feed(holders()).exec(journeys.certificateHolder());
            user = randomSwitch().on(percent(settings.certificatePercent()).then(holder),
                    percent(100 - settings.certificatePercent()).then(trainee));
        } else if (settings.certificatePercent() > 0) {
            System.out.println("No certificate holders given (perf.holders): the certificate journey is left out.");
        }
        ScenarioBuilder users = scenario("trainees").exec(user);

        List<ClosedInjectionStep> injection = new ArrayList<>();
        injection.add(rampConcurrentUsers(0).to(settings.users()).during(settings.ramp()));
        if (!settings.hold().isZero()) {
            injection.add(constantConcurrentUsers(settings.users()).during(settings.hold()));
        }
        setUp(users.injectClosed(injection))
                .protocols(Protocol.http(settings))
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        trainees.printRunSummary();
    }

    private java.util.Iterator<Map<String, Object>> holders() {
        List<String> names = settings.holders();
        return java.util.stream.Stream.iterate(0, i -> i + 1)
                .map(i -> Map.<String, Object>of("username", names.get(i % names.size()), "password", settings.holderPassword()))
                .iterator();
    }
}
