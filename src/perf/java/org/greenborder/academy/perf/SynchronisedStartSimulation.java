package org.greenborder.academy.perf;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A workshop room at "go": {@code perf.users} trainees sign in and open the training catalogue over
 * {@code perf.loginRamp}, wait there, and all press "Start" within {@code perf.startWindow} seconds of the same
 * instant; then each makes a few moves, decides and signs out. The request "synchronised: start scenario" gives
 * the figures of the burst.
 */
public class SynchronisedStartSimulation extends Simulation {

    private final PerfSettings settings = PerfSettings.fromSystemProperties();
    private final Journeys journeys = new Journeys(settings);
    private final AccountPool trainees = new AccountPool(settings);
    /** Everyone is signed in by then: the login ramp plus time for the last ones to reach the catalogue. */
    private final Instant go = Instant.now().plus(settings.loginRamp()).plusSeconds(20);

    {
        Vaadin.push = settings.push();
        System.out.println("SynchronisedStartSimulation: " + settings + " loginRamp=" + settings.loginRamp().toSeconds()
                + "s startWindow=" + settings.startWindow().toSeconds() + "s, go at " + go);
        long windowMillis = Math.max(1, settings.startWindow().toMillis());
        ChainBuilder journey = exec(journeys.signIn())
                .exec(journeys.openCatalogue())
                .exec(pause(session -> {
                    Instant pressAt = go.plusMillis(ThreadLocalRandom.current().nextLong(windowMillis));
                    Duration wait = Duration.between(Instant.now(), pressAt);
                    return wait.isNegative() ? Duration.ZERO : wait;
                }))
                .exec(journeys.startScenario("synchronised: start scenario"))
                .exec(journeys.moves(2, 4))
                .exec(journeys.decideUntilClosed())
                .exec(journeys.think())
                .exec(journeys.signOut());
        ScenarioBuilder room = scenario("synchronised start")
                .exec(feed(trainees))
                .exec(exitBlockOnFail().on(journey))
                .exec(session -> {
                    trainees.release(session.getString("username"));
                    return session;
                });
        setUp(room.injectOpen(rampUsers(settings.users()).during(settings.loginRamp())))
                .protocols(Protocol.http(settings))
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        trainees.printRunSummary();
    }
}
