package org.greenborder.academy.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.shared.RuleViolationException;
import org.greenborder.academy.support.WorkshopFixture;
import org.greenborder.academy.workshop.AgendaSession;
import org.greenborder.academy.workshop.BreakoutGroup;
import org.greenborder.academy.workshop.EventRole;
import org.greenborder.academy.workshop.EventStatus;
import org.greenborder.academy.workshop.Registration;
import org.greenborder.academy.workshop.SessionKind;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/**
 * A workshop runs the HCFC-22 scenario as an exercise: the organiser attaches and starts it, participants are
 * told, join and play, the board follows; in group mode a breakout group shares one attempt.
 */
@SpringBootTest
@Import(WorkshopFixture.class)
class ExerciseServiceTest {

    private static final String SCENARIO = "hcfc22-declared-as-hfc134a";

    @Autowired
    WorkshopFixture fx;
    @Autowired
    ExerciseService exercises;
    @Autowired
    ScenarioService scenarios;
    @Autowired
    LiveUpdates live;

    String organiser;
    String alice;
    String bob;
    String carol;
    WorkshopEvent event;
    AgendaSession session;
    BreakoutGroup group;

    @BeforeEach
    void aWorkshopWithAPracticalSessionAndAGroup() {
        organiser = fx.account(Role.ORGANISER);
        alice = fx.account(Role.TRAINEE);
        bob = fx.account(Role.TRAINEE);
        carol = fx.account(Role.TRAINEE);
        WorkshopEvent draft = fx.newEvent(WorkshopFixture.unique("Practical session"), EventStatus.PUBLISHED);
        draft.setEditors(Set.of(organiser));
        event = fx.system.call(() -> fx.workshops.create(draft));
        session = fx.save(event, fx.session(event, LocalDate.of(2027, 3, 9), LocalTime.of(9, 0), LocalTime.of(12, 0),
                SessionKind.BREAKOUT, "Identification of ODS based on documentation"));
        Registration a = fx.confirmedParticipant(event, "Alice", alice, EventRole.PARTICIPANT);
        Registration b = fx.confirmedParticipant(event, "Bob", bob, EventRole.PARTICIPANT);
        fx.confirmedParticipant(event, "Carol", carol, EventRole.PARTICIPANT);
        BreakoutGroup saved = fx.system.call(() -> fx.breakouts.save(session.getId(), new BreakoutGroup("Group A", "Cylinders")));
        group = fx.system.call(() -> fx.breakouts.setMembers(session.getId(), saved.getId(), Set.of(a.getId(), b.getId()), saved.getVersion()));
    }

    @Test
    void theRoomIsToldJoinsAndTheBoardFollows() {
        ExerciseSummary attached = fx.as(organiser, Role.ORGANISER, () -> exercises.attach(event.getId(), session.getId(), SCENARIO, false));
        assertThat(attached.status()).isEqualTo(ExerciseStatus.READY);
        assertThatThrownBy(() -> fx.as(alice, Role.TRAINEE, () -> exercises.join(attached.id())))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not been started");
        assertThat(fx.as(alice, Role.TRAINEE, () -> exercises.exercises(event.getId()))).isEmpty();

        List<ExerciseStarted> told = new CopyOnWriteArrayList<>();
        Runnable stop = live.onExerciseStarted(alice, told::add);
        fx.as(organiser, Role.ORGANISER, () -> exercises.start(attached.id()));
        stop.run();
        assertThat(told).singleElement().satisfies(started -> assertThat(started.eventId()).isEqualTo(event.getId()));
        assertThat(fx.as(alice, Role.TRAINEE, () -> exercises.myLiveExercises())).extracting(ExerciseSummary::id).contains(attached.id());

        long aliceAttempt = fx.as(alice, Role.TRAINEE, () -> exercises.join(attached.id()));
        assertThat(fx.as(alice, Role.TRAINEE, () -> exercises.join(attached.id()))).isEqualTo(aliceAttempt);
        long bobAttempt = fx.as(bob, Role.TRAINEE, () -> exercises.join(attached.id()));
        assertThat(bobAttempt).isNotEqualTo(aliceAttempt);
        // the whole room works the same shipment
        assertThat(fx.as(bob, Role.TRAINEE, () -> scenarios.attempt(bobAttempt)).briefing().markdown())
                .isEqualTo(fx.as(alice, Role.TRAINEE, () -> scenarios.attempt(aliceAttempt)).briefing().markdown());

        List<AttemptProgressed> moves = new CopyOnWriteArrayList<>();
        Runnable watching = live.onExercise(attached.id(), moves::add);
        fx.as(alice, Role.TRAINEE, () -> scenarios.inspect(aliceAttempt, "licence-check"));
        fx.as(alice, Role.TRAINEE, () -> scenarios.decide(aliceAttempt, "release", "no-ground", 1));
        watching.run();
        assertThat(moves).hasSizeGreaterThanOrEqualTo(2);

        List<BoardRow> board = fx.as(organiser, Role.ORGANISER, () -> exercises.board(attached.id()));
        assertThat(board).extracting(BoardRow::who).containsExactlyInAnyOrder(alice, bob);
        BoardRow aliceRow = board.stream().filter(row -> row.who().equals(alice)).findFirst().orElseThrow();
        assertThat(aliceRow.stage()).isEqualTo("Released");
        assertThat(aliceRow.passed()).isFalse();
        // the organiser of the event may read the attempts of its exercise; another organiser may not
        assertThat(fx.as(organiser, Role.ORGANISER, () -> scenarios.attempt(aliceAttempt)).id()).isEqualTo(aliceAttempt);
        String stranger = fx.account(Role.ORGANISER);
        assertThatThrownBy(() -> fx.as(stranger, Role.ORGANISER, () -> exercises.board(attached.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(stranger, Role.ORGANISER, () -> scenarios.attempt(aliceAttempt)))
                .isInstanceOf(org.greenborder.academy.shared.NotFoundException.class);
    }

    @Test
    void aBreakoutGroupSharesOneAttemptAndOutsidersCannotJoin() {
        ExerciseSummary exercise = fx.as(organiser, Role.ORGANISER, () -> exercises.attach(event.getId(), session.getId(), SCENARIO, true));
        fx.as(organiser, Role.ORGANISER, () -> exercises.start(exercise.id()));
        long shared = fx.as(alice, Role.TRAINEE, () -> exercises.join(exercise.id()));
        assertThat(fx.as(bob, Role.TRAINEE, () -> exercises.join(exercise.id()))).isEqualTo(shared);
        assertThatThrownBy(() -> fx.as(carol, Role.TRAINEE, () -> exercises.join(exercise.id())))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("no breakout group");
        String outsider = fx.account(Role.TRAINEE);
        assertThatThrownBy(() -> fx.as(outsider, Role.TRAINEE, () -> exercises.join(exercise.id()))).isInstanceOf(RuntimeException.class);

        // both members move in the same attempt, and see each other's moves
        fx.as(alice, Role.TRAINEE, () -> scenarios.inspect(shared, "licence-check"));
        AttemptView bobSees = fx.as(bob, Role.TRAINEE, () -> scenarios.note(shared, "price", true));
        assertThat(bobSees.inspections()).extracting(AttemptView.Inspection::id).containsExactly("licence-check");
        assertThatThrownBy(() -> fx.as(carol, Role.TRAINEE, () -> scenarios.inspect(shared, "digit-check")))
                .isInstanceOf(org.greenborder.academy.shared.NotFoundException.class);

        assertThat(fx.as(organiser, Role.ORGANISER, () -> exercises.board(exercise.id()))).singleElement()
                .satisfies(row -> assertThat(row.who()).isEqualTo("Group Group A"));
    }

    @Test
    void onlyTheEventsOrganisersAttachAndStart() {
        String stranger = fx.account(Role.ORGANISER);
        assertThatThrownBy(() -> fx.as(stranger, Role.ORGANISER, () -> exercises.attach(event.getId(), session.getId(), SCENARIO, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(alice, Role.TRAINEE, () -> exercises.attach(event.getId(), session.getId(), SCENARIO, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(organiser, Role.ORGANISER, () -> exercises.attach(event.getId(), session.getId(), "no-such", false)))
                .isInstanceOf(RuleViolationException.class);
        ExerciseSummary exercise = fx.as(organiser, Role.ORGANISER, () -> exercises.attach(event.getId(), session.getId(), SCENARIO, false));
        fx.as(organiser, Role.ORGANISER, () -> exercises.start(exercise.id()));
        assertThatThrownBy(() -> fx.as(organiser, Role.ORGANISER, () -> exercises.start(exercise.id())))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already");
        fx.as(organiser, Role.ORGANISER, () -> exercises.close(exercise.id()));
        assertThatThrownBy(() -> fx.as(alice, Role.TRAINEE, () -> exercises.join(exercise.id()))).hasMessageContaining("closed");
    }
}
