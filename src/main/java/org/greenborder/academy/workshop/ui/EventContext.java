package org.greenborder.academy.workshop.ui;

import org.greenborder.academy.workshop.AgendaService;
import org.greenborder.academy.workshop.AttendanceService;
import org.greenborder.academy.workshop.BreakoutService;
import org.greenborder.academy.workshop.EvaluationService;
import org.greenborder.academy.workshop.OutcomeService;
import org.greenborder.academy.workshop.ParticipantService;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.greenborder.academy.workshop.WorkshopService;

/** What every tab of an event page needs: the event, whether the user may change it, and the services. */
record EventContext(WorkshopEvent event, boolean editable, WorkshopService workshops, AgendaService agenda,
                    BreakoutService breakouts, ParticipantService participants, AttendanceService attendance,
                    OutcomeService outcomes, EvaluationService evaluation) {

    long eventId() {
        return event.getId();
    }
}
