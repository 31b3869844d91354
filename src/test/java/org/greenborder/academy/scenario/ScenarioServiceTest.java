package org.greenborder.academy.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.support.SignedIn;
import org.greenborder.academy.shared.ConcurrentEditException;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.greenborder.academy.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Attempts through the service, on the small test scenario (ScenarioTexts), as trainees and analysts. */
@SpringBootTest
@Import(MutableClock.Config.class)
@RecordApplicationEvents
class ScenarioServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @Autowired
    ScenarioService scenarios;
    @Autowired
    ScenarioCatalogue catalogue;
    @Autowired
    SecurityContextHolderStrategy contextHolder;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void offerTheTestScenario() {
        clock.set(NOW);
        catalogue.loadTexts(Map.of("small.yaml", ScenarioTexts.VALID));
    }

    @AfterEach
    void offerTheRealScenariosAgain() {
        catalogue.load();
    }

    <T> T as(String username, Role role, Supplier<T> work) {
        return SignedIn.as(contextHolder, username, role, work);
    }

    <T> T trainee(Supplier<T> work) {
        return as("trainee-a", Role.TRAINEE, work);
    }

    /**
     * A decision that may lead on to a stage or end the case is taken without a legal basis; when it ends the case
     * the review must still be made. It threw (List.contains(null)) and rolled the decision back: the load test of
     * issue 8 found it, about one decision in 240.
     */
    @Test
    void anEndingReachedWithoutALegalBasisIsReviewed() {
        // "detain" goes on to the examination only if the price was noted, else the container is released
        String valid = ScenarioTexts.VALID;
        int at = valid.indexOf("next: examination");
        int lineStart = valid.lastIndexOf('\n', at) + 1;
        String indent = valid.substring(lineStart, at);
        String conditional = valid.substring(0, lineStart) + indent + "next:\n" + indent + "  - when: {found: [price]}\n"
                + indent + "    goto: examination\n" + indent + "  - goto: released" + valid.substring(at + "next: examination".length());
        assertThat(conditional).isNotEqualTo(ScenarioTexts.VALID);
        catalogue.loadTexts(Map.of("small.yaml", conditional));
        long id = trainee(() -> scenarios.start("small", 8L));
        AttemptView start = trainee(() -> scenarios.attempt(id));
        AttemptView closed = trainee(() -> scenarios.decide(id, "detain", null, start.stepCount()));
        assertThat(closed.status()).isEqualTo(AttemptStatus.COMPLETED);
        assertThat(closed.review().legalBasisAccepted()).isFalse();
    }

    @Test
    void aTraineePlaysDecidesAndReadsTheReview() {
        long id = trainee(() -> scenarios.start("small", 7L));
        AttemptView start = trainee(() -> scenarios.attempt(id));
        assertThat(start.stage().id()).isEqualTo("documents");
        assertThat(start.documents()).extracting(AttemptView.Document::id).containsExactly("invoice");
        assertThat(start.notebook()).extracting(AttemptView.Flag::id).containsExactly("price", "colour");
        assertThat(start.briefing().markdown()).doesNotContain("${").contains("cylinders for");

        trainee(() -> scenarios.inspect(id, "scanner"));
        trainee(() -> scenarios.note(id, "price", true));
        AttemptView beforeDecision = trainee(() -> scenarios.attempt(id));
        AttemptView examination = trainee(() -> scenarios.decide(id, "detain", null, beforeDecision.stepCount()));
        assertThat(examination.stage().id()).isEqualTo("examination");
        AttemptView identified = trainee(() -> scenarios.inspect(id, "identifier"));
        assertThat(identified.documents()).extracting(AttemptView.Document::id).containsExactly("invoice", "label");
        assertThat(identified.notebook()).extracting(AttemptView.Flag::id).contains("reads-r22");
        assertThat(identified.budget().minutesLeft()).isEqualTo(60 - 30 - 20);
        trainee(() -> scenarios.note(id, "reads-r22", true));
        clock.advance(Duration.ofMinutes(12));
        AttemptView closed = trainee(() -> scenarios.decide(id, "seize", "licensing", identified.stepCount() + 1));

        assertThat(closed.status()).isEqualTo(AttemptStatus.COMPLETED);
        assertThat(closed.review().endingTitle()).isEqualTo("Seized");
        // price 10 + reads-r22 20 − scanner 4 + seized 40 + legal basis 10 + time 5 = 81 of 85 = 95 %
        assertThat(closed.review().score().total()).isEqualTo(81);
        assertThat(closed.review().score().percent()).isEqualTo(95);
        assertThat(closed.review().score().passed()).isTrue();
        assertThat(closed.review().flags()).extracting(AttemptView.FlagReview::outcome).containsExactly(
                AttemptView.FlagOutcome.FOUND, AttemptView.FlagOutcome.FOUND, AttemptView.FlagOutcome.AVOIDED);
        assertThat(events.stream(AttemptCompleted.class)).singleElement().satisfies(event -> {
            assertThat(event.attemptId()).isEqualTo(id);
            assertThat(event.passed()).isTrue();
            assertThat(event.percent()).isEqualTo(95);
            assertThat(event.username()).isEqualTo("trainee-a");
        });
        assertThat(trainee(scenarios::myAttempts)).filteredOn(a -> a.id() == id).singleElement()
                .satisfies(summary -> assertThat(summary.passed()).isTrue());
    }

    @Test
    void twoTraineesOnTheSameSeedGetTheSameShipment() {
        long first = trainee(() -> scenarios.start("small", 11L));
        long second = as("trainee-b", Role.TRAINEE, () -> scenarios.start("small", 11L));
        String a = trainee(() -> scenarios.attempt(first)).briefing().markdown();
        String b = as("trainee-b", Role.TRAINEE, () -> scenarios.attempt(second)).briefing().markdown();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void aStaleScreenOrASecondClickDecidesNothing() {
        long id = trainee(() -> scenarios.start("small", 3L));
        int shown = trainee(() -> scenarios.attempt(id)).stepCount();
        trainee(() -> scenarios.note(id, "price", true)); // another tab noted a flag meanwhile
        assertThatThrownBy(() -> trainee(() -> scenarios.decide(id, "release", "licensing", shown)))
                .isInstanceOf(ConcurrentEditException.class);
        int now = trainee(() -> scenarios.attempt(id)).stepCount();
        trainee(() -> scenarios.decide(id, "release", "licensing", now));
        assertThatThrownBy(() -> trainee(() -> scenarios.decide(id, "release", "licensing", now)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already closed");
        assertThat(events.stream(AttemptCompleted.class)).hasSize(1);
    }

    @Test
    void twoTabsDecidingAtOnceCloseTheAttemptOnce() throws Exception {
        long id = trainee(() -> scenarios.start("small", 5L));
        int shown = trainee(() -> scenarios.attempt(id)).stepCount();
        CountDownLatch ready = new CountDownLatch(2);
        Callable<String> tab = () -> trainee(() -> {
            ready.countDown();
            try {
                ready.await();
                scenarios.decide(id, "release", "licensing", shown);
                return "decided";
            } catch (RuleViolationException | ConcurrentEditException e) {
                return "refused";
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = pool.invokeAll(List.of(tab, tab));
            assertThat(List.of(results.get(0).get(), results.get(1).get())).containsExactlyInAnyOrder("decided", "refused");
        } finally {
            pool.shutdownNow();
        }
        assertThat(events.stream(AttemptCompleted.class)).hasSize(1);
    }

    @Test
    void onlyTheOwnerPlaysAndOnlyOwnerAdminsAndAnalystsSee() {
        long id = trainee(() -> scenarios.start("small", 9L));
        assertThatThrownBy(() -> as("trainee-b", Role.TRAINEE, () -> scenarios.attempt(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("trainee-b", Role.TRAINEE, () -> scenarios.inspect(id, "scanner"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("organiser-x", Role.ORGANISER, () -> scenarios.attempt(id))).isInstanceOf(NotFoundException.class);
        assertThat(as("analyst-x", Role.ANALYST, () -> scenarios.attempt(id)).id()).isEqualTo(id);
        assertThatThrownBy(() -> as("analyst-x", Role.ANALYST, () -> scenarios.inspect(id, "scanner"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trainee(() -> scenarios.attempt(-1L))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void movesOutsideTheRulesAreRefusedWithAReason() {
        long id = trainee(() -> scenarios.start("small", 4L));
        assertThatThrownBy(() -> trainee(() -> scenarios.inspect(id, "identifier"))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not available at this stage");
        assertThatThrownBy(() -> trainee(() -> scenarios.note(id, "reads-r22", true))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not in your notebook");
        assertThatThrownBy(() -> trainee(() -> scenarios.decide(id, "release", null, 0))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("legal basis");
        trainee(() -> scenarios.inspect(id, "scanner"));
        assertThat(trainee(() -> scenarios.note(id, "price", true)).notebook()).filteredOn(AttemptView.Flag::noted).hasSize(1);
        assertThat(trainee(() -> scenarios.note(id, "price", true)).stepCount()).isEqualTo(2); // noting twice is one move
    }

    @Test
    void whenTheTimeLimitPassesTheAttemptClosesAsItStands() {
        catalogue.loadTexts(Map.of("small.yaml", ScenarioTexts.with("minutes: 10\n", "minutes: 10\ntimeLimitMinutes: 40\n")));
        long id = trainee(() -> scenarios.start("small", 8L));
        trainee(() -> scenarios.note(id, "price", true));
        clock.advance(Duration.ofMinutes(41));
        AttemptView view = trainee(() -> scenarios.attempt(id));
        assertThat(view.status()).isEqualTo(AttemptStatus.TIMED_OUT);
        assertThat(view.review().score().total()).isEqualTo(10);
        assertThat(view.review().score().passed()).isFalse();
        assertThatThrownBy(() -> trainee(() -> scenarios.inspect(id, "scanner"))).hasMessageContaining("time ran out");
        assertThat(events.stream(AttemptCompleted.class)).singleElement().satisfies(event -> assertThat(event.timedOut()).isTrue());
    }

    @Test
    void aReloadListsBrokenFilesKeepsTheLastGoodVersionAndAttemptsKeepTheirOwnText() {
        long id = trainee(() -> scenarios.start("small", 6L));
        catalogue.loadTexts(Map.of("small.yaml", ScenarioTexts.with("minutes: 10\n", "minutes: 10\ncolour: green\n"),
                "broken.yaml", "id: [oops"));
        List<ScenarioProblem> problems = as("admin-x", Role.ADMIN, scenarios::problems);
        assertThat(problems).map(ScenarioProblem::toString).anySatisfy(line -> assertThat(line).startsWith("small.yaml:8:1: unknown field 'colour'"));
        assertThat(problems).map(ScenarioProblem::file).contains("broken.yaml");
        assertThat(trainee(scenarios::catalogue)).extracting(ScenarioSummary::id).containsExactly("small");
        assertThatThrownBy(() -> trainee(scenarios::problems)).isInstanceOf(AccessDeniedException.class);

        // a new version of the text: new attempts get it, the running attempt keeps its own
        catalogue.loadTexts(Map.of("small.yaml", ScenarioTexts.with("title: Small test shipment", "title: Small shipment, second edition")));
        assertThat(trainee(() -> scenarios.attempt(id)).title()).isEqualTo("Small test shipment");
        long second = trainee(() -> scenarios.start("small", 6L));
        assertThat(trainee(() -> scenarios.attempt(second)).title()).isEqualTo("Small shipment, second edition");
    }
}
