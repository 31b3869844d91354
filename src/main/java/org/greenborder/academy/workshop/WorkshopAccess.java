package org.greenborder.academy.workshop;

import java.util.EnumSet;
import org.greenborder.academy.security.CurrentUser;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which event. Every service method that takes an id goes through here, so a view (or an
 * API client) that guesses an id learns nothing: an event you may not see is "not found", not "forbidden".
 */
@Component
class WorkshopAccess {

    private final CurrentUser currentUser;
    private final WorkshopEventRepository events;
    private final RegistrationRepository registrations;

    WorkshopAccess(CurrentUser currentUser, WorkshopEventRepository events, RegistrationRepository registrations) {
        this.currentUser = currentUser;
        this.events = events;
        this.registrations = registrations;
    }

    /** Administrators, organisers and analysts see every event, drafts included. */
    boolean seesEverything() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.ORGANISER) || currentUser.hasRole(Role.ANALYST);
    }

    boolean canCreate() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.ORGANISER);
    }

    boolean canView(WorkshopEvent event) {
        if (seesEverything()) {
            return true;
        }
        return event.getStatus() != EventStatus.DRAFT && takesPart(event.getId());
    }

    boolean takesPart(Long eventId) {
        String username = currentUser.username();
        return username != null && registrations.findByEventIdAndPersonUsername(eventId, username)
                .filter(registration -> registration.getStatus() != RegistrationStatus.DECLINED)
                .isPresent();
    }

    boolean canEdit(WorkshopEvent event) {
        return currentUser.hasRole(Role.ADMIN)
                || currentUser.hasRole(Role.ORGANISER) && event.getEditors().contains(currentUser.username());
    }

    WorkshopEvent viewable(long eventId) {
        WorkshopEvent event = events.findById(eventId).orElseThrow(() -> notFound(eventId));
        if (!canView(event)) {
            throw notFound(eventId);
        }
        return event;
    }

    /** The event, if the caller may change it; "not found" if they may not even see it. */
    WorkshopEvent editable(long eventId) {
        WorkshopEvent event = viewable(eventId);
        if (!canEdit(event)) {
            throw new AccessDeniedException("Only the event's organisers can change it");
        }
        return event;
    }

    String username() {
        return currentUser.username();
    }

    static final EnumSet<EventStatus> VISIBLE_TO_PARTICIPANTS = EnumSet.of(EventStatus.PUBLISHED, EventStatus.CLOSED);

    private static NotFoundException notFound(long eventId) {
        return new NotFoundException("Event " + eventId);
    }
}
