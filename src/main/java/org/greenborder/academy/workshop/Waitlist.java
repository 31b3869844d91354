package org.greenborder.academy.workshop;

import java.util.List;
import org.springframework.stereotype.Component;

/** Fills free places from the waitlist, first come first served, whenever places free up or capacity grows. */
@Component
class Waitlist {

    private final RegistrationRepository registrations;

    Waitlist(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    /** Must run inside the caller's transaction; returns the registrations it confirmed. */
    List<Registration> promote(WorkshopEvent event) {
        List<Registration> waiting = registrations.findWaitlist(event.getId());
        long taken = registrations.countPlacesTaken(event.getId());
        List<Registration> promoted = new java.util.ArrayList<>();
        for (Registration registration : waiting) {
            if (!hasRoom(event, taken)) {
                break;
            }
            registration.setStatus(RegistrationStatus.CONFIRMED);
            registration.setQueuedAt(null);
            promoted.add(registration);
            taken++;
        }
        registrations.flush();
        return promoted;
    }

    boolean hasRoom(WorkshopEvent event) {
        return hasRoom(event, registrations.countPlacesTaken(event.getId()));
    }

    private static boolean hasRoom(WorkshopEvent event, long taken) {
        return event.getCapacity() == null || taken < event.getCapacity();
    }
}
