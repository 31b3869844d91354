package org.greenborder.academy.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Who may see and change which event. An event a trainee may not see is "not found", whatever the reason; an
 * organiser who is not among an event's editors may look but not touch; analysts read everything and change nothing.
 */
class WorkshopAccessTest extends WorkshopTestBase {

    @Test
    @WithMockUser(username = "access-trainee", roles = "TRAINEE")
    void aTraineeSeesOnlyPublishedEventsTheyAreRegisteredFor() {
        Person me = person("Khamphet Sisavath", "LA", AgencyType.CUSTOMS, "access-trainee");
        WorkshopEvent mine = publishedEvent(null);
        confirmed(mine, me);
        WorkshopEvent draft = event(null, EventStatus.DRAFT);
        confirmed(draft, me);
        WorkshopEvent closed = event(null, EventStatus.CLOSED);
        nominate(closed, me);
        WorkshopEvent notMine = publishedEvent(null);
        confirmed(notMine, person("Sok Dara"));
        WorkshopEvent declined = publishedEvent(null);
        admin(() -> participants.decline(nominate(declined, me).getId()));

        assertThat(workshops.get(mine.getId()).getTitle()).isEqualTo(mine.getTitle());
        assertThat(workshops.get(closed.getId()).getId()).isEqualTo(closed.getId());
        assertThatThrownBy(() -> workshops.get(draft.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> workshops.get(notMine.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> workshops.get(declined.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> workshops.get(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
        assertThat(workshops.list(EventFilter.ANY)).extracting(EventSummary::id)
                .containsExactlyInAnyOrder(mine.getId(), closed.getId());
        assertThat(workshops.canEdit(mine.getId())).isFalse();
        assertThat(workshops.canCreate()).isFalse();
    }

    @Test
    @WithMockUser(username = "access-trainee-details", roles = "TRAINEE")
    void whatATraineeCannotSeeIsNotFoundEverywhere() {
        WorkshopEvent notMine = publishedEvent(null);
        AgendaSession session = session(notMine, START, "09:00", "10:00", SessionKind.PLENARY, "Opening");
        Registration someoneElse = confirmed(notMine, person("Sok Dara"));

        assertThatThrownBy(() -> agenda.agenda(notMine.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> agenda.session(session.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> participants.registrations(notMine.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> participants.withdraw(someoneElse.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> outcomes.outcomes(notMine.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> breakouts.groupsOfEvent(notMine.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attendance.rates(notMine.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> workshops.links(notMine.getId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    @WithMockUser(username = "access-trainee-own", roles = "TRAINEE")
    void aTraineeSeesOnlyTheirOwnRegistrationAndCannotChangeTheEvent() {
        WorkshopEvent event = publishedEvent(null);
        Registration mine = confirmed(event, person("Khamphet Sisavath", "LA", AgencyType.CUSTOMS, "access-trainee-own"));
        confirmed(event, person("Sok Dara"));

        assertThat(participants.registrations(event.getId())).extracting(Registration::getId).containsExactly(mine.getId());
        assertThat(participants.myRegistration(event.getId())).map(Registration::getId).hasValue(mine.getId());
        WorkshopEvent copy = workshops.get(event.getId());
        copy.setTitle("Hijacked");
        assertThatThrownBy(() -> workshops.update(copy)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.create(draftEvent("Mine now", null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> participants.searchPeople(null)).isInstanceOf(AccessDeniedException.class);
        assertThat(admin(() -> workshops.get(event.getId())).getTitle()).isEqualTo(event.getTitle());
    }

    @Test
    void aTraineeDoesNotSeeLinkedEventsTheyDoNotTakePartIn() {
        String trainee = unique("linked-trainee");
        WorkshopEvent mine = publishedEvent(null);
        confirmed(mine, person("Khamphet Sisavath", "LA", AgencyType.CUSTOMS, trainee));
        WorkshopEvent parallel = publishedEvent(null);
        admin(() -> {
            workshops.link(mine.getId(), parallel.getId(), LinkKind.PARALLEL_WITH);
            return null;
        });

        assertThat(admin(() -> workshops.links(mine.getId()))).extracting(LinkedEvent::eventId).containsExactly(parallel.getId());
        assertThat(callAs(trainee, Role.TRAINEE, () -> workshops.links(mine.getId()))).isEmpty();
    }

    @Test
    void anOrganiserWhoIsNotAnEditorCanViewButNotUpdate() {
        String owner = unique("owner");
        String colleague = unique("colleague");
        WorkshopEvent event = callAs(owner, Role.ORGANISER, () -> workshops.create(draftEvent(unique("Draft workshop"), 30)));
        assertThat(event.getEditors()).containsExactly(owner);
        assertThat(event.getCreatedBy()).isEqualTo(owner);

        runAs(colleague, Role.ORGANISER, () -> {
            WorkshopEvent seen = workshops.get(event.getId());
            assertThat(seen.getTitle()).isEqualTo(event.getTitle());
            assertThat(workshops.canEdit(event.getId())).isFalse();
            assertThat(workshops.list(EventFilter.ANY)).filteredOn(summary -> summary.id() == event.getId())
                    .singleElement().extracting(EventSummary::editable).isEqualTo(false);
            seen.setTitle("Changed by a colleague");
            assertThatThrownBy(() -> workshops.update(seen)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> agenda.save(event.getId(), new AgendaSession())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> outcomes.delete(event.getId(), 1L)).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(admin(() -> workshops.get(event.getId())).getTitle()).isEqualTo(event.getTitle());

        // once the owner adds the colleague as an editor, the colleague may change it
        runAs(owner, Role.ORGANISER, () -> {
            WorkshopEvent shared = workshops.get(event.getId());
            shared.setEditors(Set.of(owner, colleague));
            workshops.update(shared);
        });
        runAs(colleague, Role.ORGANISER, () -> {
            WorkshopEvent seen = workshops.get(event.getId());
            seen.setTitle("Changed by a colleague");
            workshops.update(seen);
        });
        assertThat(admin(() -> workshops.get(event.getId())).getTitle()).isEqualTo("Changed by a colleague");
    }

    @Test
    void anEventKeepsAtLeastOneEditor() {
        String owner = unique("owner");
        WorkshopEvent event = callAs(owner, Role.ORGANISER, () -> workshops.create(draftEvent(unique("Draft workshop"), 30)));

        runAs(owner, Role.ORGANISER, () -> {
            WorkshopEvent edited = workshops.get(event.getId());
            edited.setEditors(Set.of());
            assertThatThrownBy(() -> workshops.update(edited))
                    .isInstanceOf(org.greenborder.academy.shared.RuleViolationException.class);
        });
    }

    @Test
    void anAnalystReadsEverythingButCreatesAndChangesNothing() {
        WorkshopEvent draft = event(null, EventStatus.DRAFT);
        Registration registration = nominate(draft, person("Khamphet Sisavath"));

        runAs(unique("analyst"), Role.ANALYST, () -> {
            assertThat(workshops.get(draft.getId()).getId()).isEqualTo(draft.getId());
            assertThat(workshops.list(EventFilter.ANY)).extracting(EventSummary::id).contains(draft.getId());
            assertThat(participants.registrations(draft.getId())).extracting(Registration::getId).containsExactly(registration.getId());
            assertThat(participants.exportCsv(draft.getId())).contains("Khamphet Sisavath");
            assertThat(workshops.canCreate()).isFalse();
            assertThat(workshops.canEdit(draft.getId())).isFalse();

            assertThatThrownBy(() -> workshops.create(draftEvent("Analyst's own", null))).isInstanceOf(AccessDeniedException.class);
            WorkshopEvent copy = workshops.get(draft.getId());
            copy.setTitle("Changed by an analyst");
            assertThatThrownBy(() -> workshops.update(copy)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> workshops.cloneAsTemplate(draft.getId(), "Copy", START.plusYears(1)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> participants.approve(registration.getId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> workshops.organisation("New Org", null, null)).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(admin(() -> workshops.get(draft.getId())).getTitle()).isEqualTo(draft.getTitle());
    }

    @Test
    void nobodySignedInSeesNothing() {
        WorkshopEvent event = publishedEvent(null);

        assertThatThrownBy(() -> workshops.get(event.getId()))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> workshops.list(EventFilter.ANY))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void organisationsAreSharedAndFoundByNameOrAcronym() {
        Organisation created = admin(() -> workshops.organisation("  " + unique("UNEP OzonAction") + " ", "CAP-" + unique("x"), null));

        assertThat(admin(() -> workshops.organisation(created.getName().toUpperCase(), null, null)).getId()).isEqualTo(created.getId());
        assertThat(admin(() -> workshops.organisation(created.getAcronym().toLowerCase(), null, null)).getId()).isEqualTo(created.getId());
        assertThatThrownBy(() -> admin(() -> workshops.organisation("   ", null, null)))
                .isInstanceOf(org.greenborder.academy.shared.RuleViolationException.class);
    }
}
