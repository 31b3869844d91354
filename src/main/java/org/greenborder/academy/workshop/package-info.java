/**
 * Workshops: events and the links between them, agendas, breakout groups, participants and registration,
 * attendance with QR check-in, outcomes and action items, evaluation and calendars. {@link
 * org.greenborder.academy.workshop.WorkshopService} and its sibling services are the API; repositories stay inside.
 */
@ApplicationModule(displayName = "Workshops")
package org.greenborder.academy.workshop;

import org.springframework.modulith.ApplicationModule;
