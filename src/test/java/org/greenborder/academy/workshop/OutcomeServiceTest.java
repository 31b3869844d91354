package org.greenborder.academy.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.shared.CapacityTheme;
import org.greenborder.academy.shared.RuleViolationException;
import org.greenborder.academy.shared.CountryCode;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Recommendations and action items, and following them up across workshops. */
class OutcomeServiceTest extends WorkshopTestBase {

    private Outcome outcome(WorkshopEvent event, String text, CapacityTheme theme, LocalDate due, OutcomeStatus status) {
        Outcome outcome = new Outcome();
        outcome.setText(text);
        outcome.setTheme(theme);
        outcome.setDueDate(due);
        outcome.setStatus(status);
        return admin(() -> outcomes.save(event.getId(), outcome));
    }

    @Test
    void followUpListsUnfinishedItemsOldestDueFirstWithOverdueOnesMarked() {
        WorkshopEvent event = publishedEvent(null);
        Outcome late = outcome(event, "Train port staff", CapacityTheme.EXPERTISE, START.minusDays(1), OutcomeStatus.OPEN);
        Outcome undated = outcome(event, "Share contacts", CapacityTheme.INFORMATION_SHARING, null, OutcomeStatus.IN_PROGRESS);
        Outcome soon = outcome(event, "Draft a law", CapacityTheme.LEGISLATION, START.plusDays(30), OutcomeStatus.OPEN);
        outcome(event, "Already done", CapacityTheme.EXPERTISE, START.minusDays(5), OutcomeStatus.DONE);
        clock.set(vientiane(START, "12:00"));

        List<FollowUpItem> items = callAs(unique("analyst"), Role.ANALYST, () -> outcomes.followUp(OutcomeService.UNFINISHED, null))
                .stream().filter(item -> item.eventId() == event.getId()).toList();

        assertThat(items).extracting(item -> item.outcome().getId()).containsExactly(late.getId(), soon.getId(), undated.getId());
        assertThat(items).extracting(FollowUpItem::overdue).containsExactly(true, false, false);
        assertThat(items).extracting(FollowUpItem::editable).containsOnly(false);
        assertThat(items.getFirst().eventTitle()).isEqualTo(event.getTitle());

        List<FollowUpItem> expertise = admin(() -> outcomes.followUp(Set.of(), CapacityTheme.EXPERTISE)).stream()
                .filter(item -> item.eventId() == event.getId()).toList();
        assertThat(expertise).extracting(item -> item.outcome().getText()).containsExactly("Already done", "Train port staff");
        assertThat(expertise).extracting(FollowUpItem::editable).containsOnly(true);
    }

    @Test
    void anItemMovesOnFromTheFollowUpList() {
        WorkshopEvent event = publishedEvent(null);
        Outcome item = outcome(event, "Train port staff", CapacityTheme.EXPERTISE, null, OutcomeStatus.OPEN);

        Outcome done = admin(() -> outcomes.changeStatus(item.getId(), OutcomeStatus.DONE, item.getVersion()));

        assertThat(done.getStatus()).isEqualTo(OutcomeStatus.DONE);
        assertThat(done.isOverdue(START.plusYears(5))).isFalse();
    }

    @Test
    void anOwnerOfTheRightKindIsRequiredAndTheOtherIsCleared() {
        WorkshopEvent event = publishedEvent(null);
        Outcome byCountry = new Outcome();
        byCountry.setText("Update the licensing system");
        byCountry.setTheme(CapacityTheme.LEGISLATION);
        byCountry.setOwnerType(OwnerType.COUNTRY);

        assertThatThrownBy(() -> admin(() -> outcomes.save(event.getId(), byCountry)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Choose the owning country");

        Outcome owned = new Outcome();
        owned.setText("Update the licensing system");
        owned.setTheme(CapacityTheme.LEGISLATION);
        owned.setOwnerType(OwnerType.COUNTRY);
        owned.setOwnerCountry(CountryCode.of("VN"));
        owned.setOwnerOrganisation(admin(() -> workshops.organisation(unique("Some agency"), null, null)));
        Outcome saved = admin(() -> outcomes.save(event.getId(), owned));

        assertThat(saved.getOwnerOrganisation()).isNull();
        assertThat(saved.ownerName()).isEqualTo("Viet Nam");
        assertThat(admin(() -> outcomes.outcomes(event.getId()))).hasSize(1);
    }

    @Test
    void onlyTheEventsOrganisersRecordOutcomes() {
        WorkshopEvent event = publishedEvent(null);
        Outcome item = outcome(event, "Train port staff", CapacityTheme.EXPERTISE, null, OutcomeStatus.OPEN);
        String trainee = unique("trainee");
        confirmed(event, person("Khamphet Sisavath", "LA", AgencyType.CUSTOMS, trainee));

        runAs(trainee, Role.TRAINEE, () -> {
            assertThat(outcomes.outcomes(event.getId())).hasSize(1);
            assertThatThrownBy(() -> outcomes.changeStatus(item.getId(), OutcomeStatus.DONE, item.getVersion()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> outcomes.followUp(OutcomeService.UNFINISHED, null)).isInstanceOf(AccessDeniedException.class);
        });
        runAs(unique("not-an-editor"), Role.ORGANISER, () -> assertThatThrownBy(
                () -> outcomes.changeStatus(item.getId(), OutcomeStatus.DONE, item.getVersion())).isInstanceOf(AccessDeniedException.class));
        assertThat(admin(() -> outcomes.outcomes(event.getId())).getFirst().getStatus()).isEqualTo(OutcomeStatus.OPEN);
    }
}
