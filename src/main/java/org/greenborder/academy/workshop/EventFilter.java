package org.greenborder.academy.workshop;

import org.greenborder.academy.shared.CountryCode;

/** Filters of the event list; null means "any". */
public record EventFilter(Integer year, CountryCode country, EventType type, EventStatus status) {

    public static final EventFilter ANY = new EventFilter(null, null, null, null);

    boolean matches(WorkshopEvent event) {
        return (year == null || event.getStartDate().getYear() == year || event.getEndDate().getYear() == year)
                && (country == null || country.equals(event.getVenueCountry()))
                && (type == null || type == event.getType())
                && (status == null || status == event.getStatus());
    }
}
