package org.greenborder.academy.workshop;

import java.time.LocalDate;
import org.greenborder.academy.shared.CountryCode;

/** A row of the event list. */
public record EventSummary(long id, String title, EventType type, LocalDate startDate, LocalDate endDate,
                           String venueCity, CountryCode venueCountry, EventStatus status, String organisers,
                           long confirmed, boolean editable) {
}
