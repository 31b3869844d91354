package org.greenborder.academy.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Breakout groups: questions, members, balanced automatic assignment, and notes by the rapporteur. */
class BreakoutServiceTest extends WorkshopTestBase {

    private AgendaSession breakoutSession(WorkshopEvent event) {
        return session(event, START.plusDays(1), "09:00", "11:00", SessionKind.BREAKOUT, "Breakout groups");
    }

    private BreakoutGroup group(AgendaSession session, String label, String... questions) {
        BreakoutGroup group = new BreakoutGroup(label, "Theme of " + label);
        group.setQuestions(java.util.Arrays.stream(questions).map(text -> new ScopeQuestion(null, text)).toList());
        return admin(() -> breakouts.save(session.getId(), group));
    }

    private List<BreakoutGroup> groups(AgendaSession session) {
        return admin(() -> breakouts.groups(session.getId()));
    }

    @Test
    void questionsAreLetteredInOrderAndKeepTheirNotesWhenEdited() {
        AgendaSession session = breakoutSession(publishedEvent(null));
        BreakoutGroup created = group(session, "  Group A ", "Which HS codes?", "Which ports?");
        assertThat(created.getLabel()).isEqualTo("Group A");
        assertThat(created.getQuestions()).extracting(ScopeQuestion::getLetter).containsExactly("a", "b");
        Long firstQuestion = created.getQuestions().getFirst().getId();
        BreakoutGroup noted = admin(() -> breakouts.saveNotes(created.getId(), Map.of(firstQuestion, "3824.78"), null, created.getVersion()));

        List<ScopeQuestion> edited = new ArrayList<>(noted.getQuestions());
        edited.getFirst().setText("Which HS codes are misused?");
        edited.remove(1);
        edited.add(new ScopeQuestion(null, "Which documents?"));
        noted.setQuestions(edited);
        BreakoutGroup saved = admin(() -> breakouts.save(session.getId(), noted));

        assertThat(saved.getQuestions()).extracting(ScopeQuestion::getLetter, ScopeQuestion::getText, ScopeQuestion::getNotes)
                .containsExactly(org.assertj.core.api.Assertions.tuple("a", "Which HS codes are misused?", "3824.78"),
                        org.assertj.core.api.Assertions.tuple("b", "Which documents?", null));
        assertThat(saved.getQuestions().getFirst().getId()).isEqualTo(firstQuestion);
    }

    @Test
    void groupsBelongToBreakoutSessionsOnly() {
        WorkshopEvent event = publishedEvent(null);
        AgendaSession plenary = session(event, START, "09:00", "10:00", SessionKind.PLENARY, "Opening");

        assertThatThrownBy(() -> group(plenary, "Group A")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void membersMustBeRegisteredForTheEventAndMoveBetweenGroups() {
        WorkshopEvent event = publishedEvent(null);
        Registration sok = confirmed(event, person("Sok Dara"));
        Registration an = confirmed(event, person("Nguyen Van An"));
        Registration elsewhere = confirmed(publishedEvent(null), person("Somchai Wongsakul"));
        AgendaSession session = breakoutSession(event);
        BreakoutGroup a = group(session, "Group A");
        BreakoutGroup b = group(session, "Group B");
        BreakoutGroup aWithBoth = admin(() -> breakouts.setMembers(session.getId(), a.getId(), Set.of(sok.getId(), an.getId()), a.getVersion()));
        aWithBoth.setRapporteur(sok);
        admin(() -> breakouts.save(session.getId(), aWithBoth));

        assertThatThrownBy(() -> admin(() -> breakouts.setMembers(session.getId(), b.getId(), Set.of(elsewhere.getId()), b.getVersion())))
                .isInstanceOf(RuleViolationException.class);

        admin(() -> breakouts.setMembers(session.getId(), b.getId(), Set.of(sok.getId()), b.getVersion()));

        List<BreakoutGroup> after = groups(session);
        assertThat(after.get(0).getMembers()).extracting(Registration::getId).containsExactly(an.getId());
        assertThat(after.get(0).getRapporteur()).as("the rapporteur moved away").isNull();
        assertThat(after.get(1).getMembers()).extracting(Registration::getId).containsExactly(sok.getId());
    }

    @Test
    void autoAssignBalancesSizesAndCountriesAndKeepsWhoeverIsPlaced() {
        WorkshopEvent event = publishedEvent(null);
        String[][] delegations = {
                {"LA", "CUSTOMS", "CUSTOMS", "NATIONAL_OZONE_UNIT"}, {"KH", "CUSTOMS", "NATIONAL_OZONE_UNIT", "COMPETENT_AUTHORITY"},
                {"VN", "CUSTOMS", "COMPETENT_AUTHORITY"}, {"TH", "CUSTOMS", "NATIONAL_OZONE_UNIT"}, {"MM", "CUSTOMS", "POLICE"},
                {"PH", "CUSTOMS"}, {"ID", "NATIONAL_OZONE_UNIT"}, {"MY", "CUSTOMS"}, {"BN", "CUSTOMS"}};
        List<Registration> everyone = new ArrayList<>();
        for (String[] delegation : delegations) {
            for (int i = 1; i < delegation.length; i++) {
                everyone.add(confirmed(event, person(delegation[0] + " delegate " + i, delegation[0], AgencyType.valueOf(delegation[i]))));
            }
        }
        assertThat(everyone).hasSize(16);
        Registration expert = approve(nominate(event, person("Dr Expert"), EventRole.RESOURCE_PERSON));
        Registration gone = admin(() -> participants.withdraw(confirmed(event, person("Gone Away")).getId()));
        AgendaSession session = breakoutSession(event);
        BreakoutGroup a = group(session, "Group A");
        group(session, "Group B");
        Registration laoInA = everyone.getFirst();
        admin(() -> breakouts.setMembers(session.getId(), a.getId(), Set.of(laoInA.getId()), a.getVersion()));

        List<BreakoutGroup> assigned = admin(() -> breakouts.autoAssign(session.getId(), false));

        assertThat(assigned).extracting(group -> group.getMembers().size()).containsExactly(8, 8);
        List<Long> placed = assigned.stream().flatMap(group -> group.getMembers().stream()).map(Registration::getId).toList();
        assertThat(placed).containsExactlyInAnyOrderElementsOf(everyone.stream().map(Registration::getId).toList())
                .doesNotContain(expert.getId(), gone.getId());
        assertThat(assigned.getFirst().getMembers()).extracting(Registration::getId).contains(laoInA.getId());
        Map<CountryCode, int[]> perCountry = new HashMap<>();
        for (int g = 0; g < 2; g++) {
            for (Registration member : assigned.get(g).getMembers()) {
                perCountry.computeIfAbsent(member.getPerson().getCountry(), country -> new int[2])[g]++;
            }
        }
        assertThat(perCountry).allSatisfy((country, counts) -> assertThat(Math.abs(counts[0] - counts[1])).as(country.value()).isLessThanOrEqualTo(1));
        // what was saved is what was returned
        assertThat(groups(session)).extracting(group -> group.getMembers().size()).containsExactly(8, 8);

        // running it again places nobody new and moves nobody
        List<BreakoutGroup> again = admin(() -> breakouts.autoAssign(session.getId(), false));
        assertThat(again.get(0).getMembers()).containsExactlyInAnyOrderElementsOf(assigned.get(0).getMembers());
    }

    @Test
    void someoneWhoWithdrewDoesNotHoldAPlaceInAGroup() {
        WorkshopEvent event = publishedEvent(null);
        Registration staying = confirmed(event, person("Khamphet Sisavath"));
        Registration leaving = confirmed(event, person("Sok Dara", "KH", AgencyType.CUSTOMS));
        Registration third = confirmed(event, person("Nguyen Van An", "VN", AgencyType.CUSTOMS));
        Registration fourth = confirmed(event, person("Somchai Wongsakul", "TH", AgencyType.CUSTOMS));
        AgendaSession session = breakoutSession(event);
        BreakoutGroup a = group(session, "Group A");
        group(session, "Group B");
        BreakoutGroup placed = admin(() -> breakouts.setMembers(session.getId(), a.getId(), Set.of(staying.getId(), leaving.getId()), a.getVersion()));
        placed.setRapporteur(leaving);
        admin(() -> breakouts.save(session.getId(), placed));
        admin(() -> participants.withdraw(leaving.getId()));

        List<BreakoutGroup> assigned = admin(() -> breakouts.autoAssign(session.getId(), false));

        List<Long> inA = assigned.get(0).getMembers().stream().map(Registration::getId).toList();
        List<Long> inB = assigned.get(1).getMembers().stream().map(Registration::getId).toList();
        assertThat(inA).contains(staying.getId()).doesNotContain(leaving.getId()).hasSize(2);
        assertThat(inB).hasSize(1);
        assertThat(assigned.get(0).getRapporteur()).isNull();
        assertThat(List.of(inA, inB)).flatExtracting(ids -> ids).containsExactlyInAnyOrder(staying.getId(), third.getId(), fourth.getId());
    }

    @Test
    void autoAssignNeedsGroups() {
        AgendaSession session = breakoutSession(publishedEvent(null));

        assertThatThrownBy(() -> admin(() -> breakouts.autoAssign(session.getId(), false))).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theRapporteurTakesNotesAndOtherParticipantsDoNot() {
        WorkshopEvent event = publishedEvent(null);
        String rapporteurName = unique("rapporteur");
        String otherName = unique("other");
        Registration rapporteur = confirmed(event, person("Sok Dara", "KH", AgencyType.CUSTOMS, rapporteurName));
        confirmed(event, person("Nguyen Van An", "VN", AgencyType.CUSTOMS, otherName));
        AgendaSession session = breakoutSession(event);
        BreakoutGroup group = group(session, "Group A", "Which HS codes?");
        BreakoutGroup withMember = admin(() -> breakouts.setMembers(session.getId(), group.getId(), Set.of(rapporteur.getId()), group.getVersion()));
        withMember.setRapporteur(rapporteur);
        BreakoutGroup ready = admin(() -> breakouts.save(session.getId(), withMember));
        Long question = ready.getQuestions().getFirst().getId();

        assertThat(callAs(rapporteurName, Role.TRAINEE, () -> breakouts.canTakeNotes(group.getId()))).isTrue();
        assertThat(callAs(otherName, Role.TRAINEE, () -> breakouts.canTakeNotes(group.getId()))).isFalse();
        assertThatThrownBy(() -> callAs(otherName, Role.TRAINEE,
                () -> breakouts.saveNotes(group.getId(), Map.of(question, "Not mine to write"), null, ready.getVersion())))
                .isInstanceOf(AccessDeniedException.class);

        BreakoutGroup noted = callAs(rapporteurName, Role.TRAINEE,
                () -> breakouts.saveNotes(group.getId(), Map.of(question, "  Misdeclared as 3824.78  "), "We found three patterns", ready.getVersion()));

        assertThat(noted.getQuestions().getFirst().getNotes()).isEqualTo("Misdeclared as 3824.78");
        assertThat(noted.getReportBack()).isEqualTo("We found three patterns");
    }

    @Test
    void notesThatAreTooLongAreRefused() {
        AgendaSession session = breakoutSession(publishedEvent(null));
        BreakoutGroup group = group(session, "Group A", "Which HS codes?");
        Long question = group.getQuestions().getFirst().getId();

        assertThatThrownBy(() -> admin(() -> breakouts.saveNotes(group.getId(), Map.of(question, "x".repeat(ScopeQuestion.NOTES_MAX + 1)),
                null, group.getVersion()))).isInstanceOf(RuleViolationException.class);
        assertThat(groups(session).getFirst().getQuestions().getFirst().getNotes()).isNull();
    }
}
