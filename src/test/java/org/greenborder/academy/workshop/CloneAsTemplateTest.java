package org.greenborder.academy.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.shared.CapacityTheme;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Next year's workshop from this year's: the plan comes along, the people and what happened do not. */
class CloneAsTemplateTest extends WorkshopTestBase {

    private static final LocalDate NEXT_START = START.plusDays(364);

    private WorkshopEvent sourceWithEverything() {
        Organisation unep = admin(() -> workshops.organisation(unique("UNEP OzonAction"), null, null));
        WorkshopEvent draft = draftEvent(unique("Regional customs workshop"), 40);
        draft.setStatus(EventStatus.CLOSED);
        draft.setSummary("Detecting illegal trade in HFCs");
        draft.setOrganisers(Set.of(unep));
        draft.setNeeds(EnumSet.of(CapacityTheme.SUBSTANCE_IDENTIFICATION, CapacityTheme.INFORMATION_SHARING));
        return admin(() -> workshops.create(draft));
    }

    @Test
    void theCopyHasTheAgendaShiftedTheGroupsAndQuestionsButNoPeople() {
        WorkshopEvent source = sourceWithEverything();
        Registration sok = confirmed(source, person("Sok Dara"));
        Registration an = confirmed(source, person("Nguyen Van An"));
        AgendaSession opening = session(source, START, "09:00", "10:00", SessionKind.PLENARY, "Opening");
        AgendaSession coffee = session(source, START, "10:00", "10:15", SessionKind.BREAK, "Coffee");
        AgendaSession breakout = session(source, START.plusDays(1), "10:15", "12:00", SessionKind.BREAKOUT, "Risk profiling");
        AgendaSession visit = session(source, START.plusDays(2), "08:00", "12:00", SessionKind.SITE_VISIT, "Port visit");
        AgendaSession visitWithVideo = admin(() -> agenda.session(visit.getId()));
        RemoteContribution video = new RemoteContribution(ContributionKind.VIDEO_PRESENTATION, "Risk profiling at ports",
                "J. Smith", source.getOrganisers().iterator().next());
        video.setLink("https://example.org/video");
        visitWithVideo.setContributions(List.of(video));
        admin(() -> agenda.save(source.getId(), visitWithVideo));
        BreakoutGroup groupA = new BreakoutGroup("Group A", "Mislabelled cylinders");
        groupA.setQuestions(List.of(new ScopeQuestion(null, "Which HS codes?"), new ScopeQuestion("z", "Which ports?")));
        BreakoutGroup savedA = admin(() -> breakouts.save(breakout.getId(), groupA));
        BreakoutGroup savedB = admin(() -> breakouts.save(breakout.getId(), new BreakoutGroup("Group B", "Online sales")));
        BreakoutGroup withMembers = admin(() -> breakouts.setMembers(breakout.getId(), savedA.getId(), Set.of(sok.getId(), an.getId()), savedA.getVersion()));
        withMembers.setRapporteur(sok);
        BreakoutGroup withRapporteur = admin(() -> breakouts.save(breakout.getId(), withMembers));
        admin(() -> breakouts.saveNotes(savedA.getId(), Map.of(withRapporteur.getQuestions().getFirst().getId(), "3824.78"),
                "Reported back", withRapporteur.getVersion()));
        admin(() -> {
            attendance.mark(opening.getId(), List.of(sok.getId()), AttendanceStatus.PRESENT);
            return null;
        });
        Outcome outcome = new Outcome();
        outcome.setText("Share seizure data");
        outcome.setTheme(CapacityTheme.INFORMATION_SHARING);
        admin(() -> outcomes.save(source.getId(), outcome));

        String organiser = unique("cloner");
        WorkshopEvent copy = callAs(organiser, Role.ORGANISER,
                () -> workshops.cloneAsTemplate(source.getId(), "  Follow-up customs workshop ", NEXT_START));

        assertThat(copy.getId()).isNotEqualTo(source.getId());
        assertThat(copy.getTitle()).isEqualTo("Follow-up customs workshop");
        assertThat(copy.getStatus()).isEqualTo(EventStatus.DRAFT);
        assertThat(copy.getStartDate()).isEqualTo(NEXT_START);
        assertThat(copy.getEndDate()).isEqualTo(NEXT_START.plusDays(2));
        assertThat(copy.getCapacity()).isEqualTo(40);
        assertThat(copy.getSummary()).isEqualTo("Detecting illegal trade in HFCs");
        assertThat(copy.getNeeds()).containsExactlyInAnyOrder(CapacityTheme.SUBSTANCE_IDENTIFICATION, CapacityTheme.INFORMATION_SHARING);
        assertThat(copy.getOrganisers()).extracting(Organisation::getId)
                .containsExactlyElementsOf(source.getOrganisers().stream().map(Organisation::getId).toList());
        assertThat(copy.getEditors()).containsExactly(organiser);
        assertThat(copy.getCreatedBy()).isEqualTo(organiser);

        long shift = ChronoUnit.DAYS.between(START, NEXT_START);
        List<AgendaSession> copiedAgenda = admin(() -> agenda.agenda(copy.getId()));
        assertThat(copiedAgenda).extracting(AgendaSession::getDay, AgendaSession::getStartTime, AgendaSession::getEndTime,
                AgendaSession::getKind, AgendaSession::getTitle).containsExactly(
                tuple(opening.getDay().plusDays(shift), opening.getStartTime(), opening.getEndTime(), SessionKind.PLENARY, "Opening"),
                tuple(coffee.getDay().plusDays(shift), coffee.getStartTime(), coffee.getEndTime(), SessionKind.BREAK, "Coffee"),
                tuple(breakout.getDay().plusDays(shift), breakout.getStartTime(), breakout.getEndTime(), SessionKind.BREAKOUT, "Risk profiling"),
                tuple(visit.getDay().plusDays(shift), visit.getStartTime(), visit.getEndTime(), SessionKind.SITE_VISIT, "Port visit"));
        assertThat(copiedAgenda).extracting(AgendaSession::getId).doesNotContain(opening.getId(), breakout.getId());
        assertThat(copiedAgenda.get(3).getContributions()).singleElement().satisfies(contribution -> {
            assertThat(contribution.getTitle()).isEqualTo("Risk profiling at ports");
            assertThat(contribution.getPresenter()).isEqualTo("J. Smith");
            assertThat(contribution.getLink()).isEqualTo("https://example.org/video");
            assertThat(contribution.getKind()).isEqualTo(ContributionKind.VIDEO_PRESENTATION);
        });

        Map<Long, List<BreakoutGroup>> copiedGroups = admin(() -> breakouts.groupsOfEvent(copy.getId()));
        assertThat(copiedGroups).containsOnlyKeys(copiedAgenda.get(2).getId());
        List<BreakoutGroup> groups = copiedGroups.get(copiedAgenda.get(2).getId());
        assertThat(groups).extracting(BreakoutGroup::getLabel, BreakoutGroup::getTheme)
                .containsExactly(tuple("Group A", "Mislabelled cylinders"), tuple("Group B", "Online sales"));
        assertThat(groups.getFirst().getQuestions()).extracting(ScopeQuestion::getLetter, ScopeQuestion::getText, ScopeQuestion::getNotes)
                .containsExactly(tuple("a", "Which HS codes?", null), tuple("z", "Which ports?", null));
        assertThat(groups).allSatisfy(group -> {
            assertThat(group.getMembers()).isEmpty();
            assertThat(group.getRapporteur()).isNull();
            assertThat(group.getReportBack()).isNull();
        });

        assertThat(admin(() -> participants.registrations(copy.getId()))).isEmpty();
        assertThat(admin(() -> outcomes.outcomes(copy.getId()))).isEmpty();
        assertThat(admin(() -> attendance.rates(copy.getId()))).isEmpty();

        assertThat(admin(() -> workshops.links(copy.getId()))).singleElement().satisfies(link -> {
            assertThat(link.eventId()).isEqualTo(source.getId());
            assertThat(link.kind()).isEqualTo(LinkKind.FOLLOW_UP_OF);
            assertThat(link.outgoing()).isTrue();
            assertThat(link.relation()).isEqualTo("Follow-up of");
        });
        assertThat(admin(() -> workshops.links(source.getId()))).singleElement().satisfies(link -> {
            assertThat(link.eventId()).isEqualTo(copy.getId());
            assertThat(link.relation()).isEqualTo("Followed up by");
        });

        // the source keeps everything
        assertThat(admin(() -> participants.registrations(source.getId()))).hasSize(2);
        assertThat(admin(() -> breakouts.groups(breakout.getId()))).extracting(BreakoutGroup::getId)
                .containsExactly(savedA.getId(), savedB.getId());
        assertThat(admin(() -> breakouts.groups(breakout.getId())).getFirst().getMembers()).hasSize(2);
        assertThat(admin(() -> workshops.get(source.getId())).getStatus()).isEqualTo(EventStatus.CLOSED);
    }

    @Test
    void anEarlierStartShiftsTheAgendaBack() {
        WorkshopEvent source = sourceWithEverything();
        session(source, START.plusDays(2), "09:00", "10:00", SessionKind.PLENARY, "Closing");

        WorkshopEvent copy = admin(() -> workshops.cloneAsTemplate(source.getId(), "Earlier", START.minusDays(10)));

        assertThat(copy.getEndDate()).isEqualTo(START.minusDays(8));
        assertThat(admin(() -> agenda.agenda(copy.getId()))).extracting(AgendaSession::getDay).containsExactly(START.minusDays(8));
    }

    @Test
    void theCopyCanBeEditedWithoutTouchingTheSource() {
        WorkshopEvent source = sourceWithEverything();
        session(source, START, "09:00", "10:00", SessionKind.PLENARY, "Opening");
        WorkshopEvent copy = admin(() -> workshops.cloneAsTemplate(source.getId(), "Copy", NEXT_START));

        AgendaSession copiedOpening = admin(() -> agenda.agenda(copy.getId())).getFirst();
        copiedOpening.setTitle("Welcome back");
        admin(() -> agenda.save(copy.getId(), copiedOpening));

        assertThat(admin(() -> agenda.agenda(source.getId()))).extracting(AgendaSession::getTitle).containsExactly("Opening");
    }

    @Test
    void onlyOrganisersClone() {
        WorkshopEvent source = sourceWithEverything();
        String trainee = unique("trainee");
        confirmed(source, person("Khamphet Sisavath", "LA", AgencyType.CUSTOMS, trainee));

        runAs(trainee, Role.TRAINEE, () -> assertThatThrownBy(() -> workshops.cloneAsTemplate(source.getId(), "Mine", NEXT_START))
                .isInstanceOf(AccessDeniedException.class));
        runAs(unique("analyst"), Role.ANALYST, () -> assertThatThrownBy(() -> workshops.cloneAsTemplate(source.getId(), "Mine", NEXT_START))
                .isInstanceOf(AccessDeniedException.class));
    }
}
