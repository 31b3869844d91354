package org.greenborder.academy.workshop.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.greenborder.academy.workshop.AttendanceService;
import org.greenborder.academy.workshop.CheckInResult;

/** Where the QR code the room shows leads: a signed-in participant is checked in on arrival. */
@Route("check-in")
@PageTitle("Check in")
@PermitAll
class CheckInView extends VerticalLayout implements HasUrlParameter<String> {

    final H2 heading = new H2();
    final Paragraph message = new Paragraph();

    private final AttendanceService attendance;

    CheckInView(AttendanceService attendance) {
        this.attendance = attendance;
        setId("check-in-view");
        setAlignItems(Alignment.CENTER);
        heading.setId("check-in-heading");
        message.setId("check-in-message");
        add(heading, message, new Anchor("my-workshops", "My workshops"));
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        try {
            CheckInResult result = attendance.checkIn(token);
            heading.setText(result.alreadyCheckedIn() ? "You were already checked in" : "Checked in: " + result.status().label());
            message.setText(result.personName() + " · " + result.sessionTitle() + " · " + result.eventTitle());
            addComponentAtIndex(0, VaadinIcon.CHECK_CIRCLE.create());
        } catch (RuleViolationException | NotFoundException e) {
            heading.setText("Check-in failed");
            message.setText(e.getMessage());
            message.addClassName("gba-error");
        }
    }
}
