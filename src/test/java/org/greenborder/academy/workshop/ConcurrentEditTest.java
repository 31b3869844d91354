package org.greenborder.academy.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenborder.academy.shared.CapacityTheme;
import org.greenborder.academy.shared.ConcurrentEditException;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Two organisers open the same record, both edit it, both save: the second save is refused instead of silently
 * overwriting the first (no lost update), and what is stored is the first organiser's edit.
 */
@WithMockUser(username = "concurrent-admin", roles = "ADMIN")
class ConcurrentEditTest extends WorkshopTestBase {

    @Test
    void anEventEditedOnAnOutdatedCopyIsRefused() {
        WorkshopEvent event = publishedEvent(20);
        WorkshopEvent mine = workshops.get(event.getId());
        WorkshopEvent theirs = workshops.get(event.getId());

        mine.setTitle("Regional workshop on illegal trade in HFCs");
        workshops.update(mine);
        theirs.setTitle("Someone else's title");
        theirs.setCapacity(99);

        assertThatThrownBy(() -> workshops.update(theirs)).isInstanceOf(ConcurrentEditException.class);
        WorkshopEvent stored = workshops.get(event.getId());
        assertThat(stored.getTitle()).isEqualTo("Regional workshop on illegal trade in HFCs");
        assertThat(stored.getCapacity()).isEqualTo(20);
    }

    @Test
    void aFreshCopyCanBeSavedAgain() {
        WorkshopEvent event = publishedEvent(20);
        WorkshopEvent first = workshops.get(event.getId());
        first.setTitle("First title");
        workshops.update(first);

        WorkshopEvent reloaded = workshops.get(event.getId());
        reloaded.setTitle("Second title");
        workshops.update(reloaded);

        assertThat(workshops.get(event.getId()).getTitle()).isEqualTo("Second title");
    }

    private AgendaSession breakoutSession(WorkshopEvent event) {
        return session(event, START.plusDays(1), "09:00", "11:00", SessionKind.BREAKOUT, "Breakout: risk profiling");
    }

    private BreakoutGroup group(AgendaSession session, String label) {
        BreakoutGroup group = new BreakoutGroup(label, "Risk profiling of HFC shipments");
        group.setQuestions(List.of(new ScopeQuestion(null, "Which HS codes are misused?")));
        return breakouts.save(session.getId(), group);
    }

    private BreakoutGroup reload(BreakoutGroup group) {
        return breakouts.groups(group.getSessionId()).stream().filter(found -> found.getId().equals(group.getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void aBreakoutGroupEditedOnAnOutdatedCopyIsRefused() {
        AgendaSession session = breakoutSession(publishedEvent(20));
        BreakoutGroup group = group(session, "Group A");
        BreakoutGroup mine = reload(group);
        BreakoutGroup theirs = reload(group);

        mine.setTheme("Mislabelled cylinders");
        breakouts.save(session.getId(), mine);
        theirs.setTheme("Someone else's theme");

        assertThatThrownBy(() -> breakouts.save(session.getId(), theirs)).isInstanceOf(ConcurrentEditException.class);
        assertThat(reload(group).getTheme()).isEqualTo("Mislabelled cylinders");
    }

    @Test
    void membersSetOnAnOutdatedVersionAreRefused() {
        WorkshopEvent event = publishedEvent(20);
        Registration sok = confirmed(event, person("Sok Dara"));
        Registration an = confirmed(event, person("Nguyen Van An"));
        AgendaSession session = breakoutSession(event);
        BreakoutGroup group = group(session, "Group A");
        long loadedVersion = reload(group).getVersion();

        breakouts.setMembers(session.getId(), group.getId(), Set.of(sok.getId()), loadedVersion);

        assertThatThrownBy(() -> breakouts.setMembers(session.getId(), group.getId(), Set.of(an.getId()), loadedVersion))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(reload(group).getMembers()).extracting(Registration::getId).containsExactly(sok.getId());
    }

    @Test
    void aGroupEditedBeforeItsMembersChangedIsRefused() {
        WorkshopEvent event = publishedEvent(20);
        Registration sok = confirmed(event, person("Sok Dara"));
        AgendaSession session = breakoutSession(event);
        BreakoutGroup group = group(session, "Group A");
        BreakoutGroup openedBefore = reload(group);

        breakouts.setMembers(session.getId(), group.getId(), Set.of(sok.getId()), openedBefore.getVersion());
        openedBefore.setTheme("Changed meanwhile");

        assertThatThrownBy(() -> breakouts.save(session.getId(), openedBefore)).isInstanceOf(ConcurrentEditException.class);
        assertThat(reload(group).getMembers()).extracting(Registration::getId).containsExactly(sok.getId());
    }

    @Test
    void notesTakenOnAnOutdatedVersionAreRefused() {
        AgendaSession session = breakoutSession(publishedEvent(20));
        BreakoutGroup group = reload(group(session, "Group A"));
        Long question = group.getQuestions().getFirst().getId();

        breakouts.saveNotes(group.getId(), Map.of(question, "R-404A under 3824.78"), "First report", group.getVersion());

        assertThatThrownBy(() -> breakouts.saveNotes(group.getId(), Map.of(question, "Overwritten"), "Second report", group.getVersion()))
                .isInstanceOf(ConcurrentEditException.class);
        BreakoutGroup stored = reload(group);
        assertThat(stored.getQuestions().getFirst().getNotes()).isEqualTo("R-404A under 3824.78");
        assertThat(stored.getReportBack()).isEqualTo("First report");
    }

    private Outcome outcome(WorkshopEvent event, String text) {
        Outcome outcome = new Outcome();
        outcome.setKind(OutcomeKind.ACTION_ITEM);
        outcome.setText(text);
        outcome.setTheme(CapacityTheme.INFORMATION_SHARING);
        outcome.setOwnerType(OwnerType.NETWORK);
        return outcomes.save(event.getId(), outcome);
    }

    @Test
    void anOutcomeEditedOnAnOutdatedCopyIsRefused() {
        WorkshopEvent event = publishedEvent(20);
        Outcome created = outcome(event, "Share seizure data monthly");
        Outcome mine = outcomes.outcomes(event.getId()).getFirst();
        Outcome theirs = outcomes.outcomes(event.getId()).getFirst();

        mine.setText("Share seizure data every month through the network");
        outcomes.save(event.getId(), mine);
        theirs.setText("Someone else's text");

        assertThatThrownBy(() -> outcomes.save(event.getId(), theirs)).isInstanceOf(ConcurrentEditException.class);
        assertThat(outcomes.outcomes(event.getId())).singleElement().extracting(Outcome::getText)
                .isEqualTo("Share seizure data every month through the network");
        // moving it on from the follow-up list with the old version is refused too
        assertThatThrownBy(() -> outcomes.changeStatus(created.getId(), OutcomeStatus.DONE, created.getVersion()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(outcomes.outcomes(event.getId()).getFirst().getStatus()).isEqualTo(OutcomeStatus.OPEN);
    }

    @Test
    void anAgendaSessionEditedOnAnOutdatedCopyIsRefused() {
        WorkshopEvent event = publishedEvent(20);
        AgendaSession session = session(event, START, "09:00", "10:00", SessionKind.PLENARY, "Opening");
        AgendaSession mine = agenda.session(session.getId());
        AgendaSession theirs = agenda.session(session.getId());

        mine.setTitle("Opening and welcome");
        agenda.save(event.getId(), mine);
        theirs.setTitle("Someone else's title");

        assertThatThrownBy(() -> agenda.save(event.getId(), theirs)).isInstanceOf(ConcurrentEditException.class);
        assertThat(agenda.session(session.getId()).getTitle()).isEqualTo("Opening and welcome");
    }

    @Test
    void aPersonEditedOnAnOutdatedCopyIsRefused() {
        Person person = person("Khamphet Sisavath");
        Person mine = personRepository.findById(person.getId()).orElseThrow();
        Person theirs = personRepository.findById(person.getId()).orElseThrow();

        mine.setJobTitle("Deputy Director");
        participants.savePerson(mine);
        theirs.setJobTitle("Someone else's title");

        assertThatThrownBy(() -> participants.savePerson(theirs)).isInstanceOf(ConcurrentEditException.class);
        assertThat(personRepository.findById(person.getId()).orElseThrow().getJobTitle()).isEqualTo("Deputy Director");
    }
}
