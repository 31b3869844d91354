package org.greenborder.academy.workshop;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenborder.academy.shared.CapacityTheme;
import org.greenborder.academy.shared.ConcurrentEditException;
import org.greenborder.academy.shared.Constraints;
import org.greenborder.academy.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recommendations and action items of events, and the follow-up of open items across all workshops. */
@Service
public class OutcomeService {

    public static final Set<OutcomeStatus> UNFINISHED = EnumSet.of(OutcomeStatus.OPEN, OutcomeStatus.IN_PROGRESS);

    private final OutcomeRepository outcomes;
    private final WorkshopEventRepository events;
    private final WorkshopAccess access;
    private final Clock clock;

    private final Constraints constraints;

    OutcomeService(OutcomeRepository outcomes, WorkshopEventRepository events, WorkshopAccess access, Constraints constraints,
                   Clock clock) {
        this.constraints = constraints;
        this.outcomes = outcomes;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Outcome> outcomes(long eventId) {
        access.viewable(eventId);
        return outcomes.findByEventIdOrderByKindAscIdAsc(eventId);
    }

    /** Adds an outcome (no id) or saves an edited one; refuses edits of an outdated copy. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public Outcome save(long eventId, Outcome edited) {
        access.editable(eventId);
        constraints.check(edited);
        Outcome target;
        if (edited.getId() == null) {
            target = edited;
            target.setEventId(eventId);
        } else {
            target = ofEvent(eventId, edited.getId());
            if (target.getVersion() != edited.getVersion()) {
                throw new ConcurrentEditException("The outcome");
            }
            target.setKind(edited.getKind());
            target.setText(edited.getText());
            target.setOwnerType(edited.getOwnerType());
            target.setDueDate(edited.getDueDate());
            target.setStatus(edited.getStatus());
            target.setTheme(edited.getTheme());
        }
        target.setText(target.getText().strip());
        target.setOwnerCountry(target.getOwnerType() == OwnerType.COUNTRY ? edited.getOwnerCountry() : null);
        target.setOwnerOrganisation(target.getOwnerType() == OwnerType.ORGANISATION ? edited.getOwnerOrganisation() : null);
        target.setUpdatedAt(Instant.now(clock));
        try {
            return outcomes.saveAndFlush(target);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("The outcome");
        }
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public void delete(long eventId, long outcomeId) {
        access.editable(eventId);
        outcomes.delete(ofEvent(eventId, outcomeId));
    }

    /** Moves an item on (e.g. from the follow-up list) without opening the whole event. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
    @Transactional
    public Outcome changeStatus(long outcomeId, OutcomeStatus status, long expectedVersion) {
        Outcome outcome = outcomes.findById(outcomeId).orElseThrow(() -> new NotFoundException("Outcome " + outcomeId));
        access.editable(outcome.getEventId());
        if (outcome.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("The outcome");
        }
        outcome.setStatus(status);
        outcome.setUpdatedAt(Instant.now(clock));
        try {
            return outcomes.saveAndFlush(outcome);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("The outcome");
        }
    }

    /**
     * Outcomes with the given statuses across every event, oldest due date first (items without a due date
     * last), optionally narrowed to a theme.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER', 'ANALYST')")
    @Transactional(readOnly = true)
    public List<FollowUpItem> followUp(Set<OutcomeStatus> statuses, CapacityTheme theme) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, WorkshopEvent> eventsById = events.findAll().stream()
                .collect(Collectors.toMap(WorkshopEvent::getId, Function.identity()));
        return outcomes.findByStatusInOrderByDueDateAscIdAsc(statuses.isEmpty() ? EnumSet.allOf(OutcomeStatus.class) : statuses).stream()
                .filter(outcome -> theme == null || outcome.getTheme() == theme)
                .sorted(java.util.Comparator.comparing(Outcome::getDueDate, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .map(outcome -> {
                    WorkshopEvent event = eventsById.get(outcome.getEventId());
                    return new FollowUpItem(outcome, event.getId(), event.getTitle(), event.getStartDate(),
                            outcome.isOverdue(today), access.canEdit(event));
                })
                .toList();
    }

    private Outcome ofEvent(long eventId, long outcomeId) {
        return outcomes.findById(outcomeId).filter(found -> found.getEventId() == eventId)
                .orElseThrow(() -> new NotFoundException("Outcome " + outcomeId));
    }
}
