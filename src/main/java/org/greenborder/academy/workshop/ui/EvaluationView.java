package org.greenborder.academy.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.ui.Feedback;
import org.greenborder.academy.workshop.AgendaService;
import org.greenborder.academy.workshop.AgendaSession;
import org.greenborder.academy.workshop.EvaluationService;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.greenborder.academy.workshop.WorkshopService;

/** The anonymous post-event survey: a rating per session, an overall rating and free text. */
@Route("evaluation")
@PageTitle("Evaluation")
@PermitAll
class EvaluationView extends VerticalLayout implements HasUrlParameter<Long> {

    static final List<Integer> SCALE = List.of(1, 2, 3, 4, 5);

    final H2 heading = new H2("Evaluation");
    final Paragraph message = new Paragraph();
    final Map<Long, RadioButtonGroup<Integer>> sessionRatings = new LinkedHashMap<>();
    final RadioButtonGroup<Integer> overall = new RadioButtonGroup<>("Overall, how useful was the workshop? (1 = not at all, 5 = very)");
    final TextArea comments = new TextArea("What should we keep, change or add?");
    final Button submit = new Button("Send anonymously");

    private final WorkshopService workshops;
    private final AgendaService agenda;
    private final EvaluationService evaluation;

    EvaluationView(WorkshopService workshops, AgendaService agenda, EvaluationService evaluation) {
        this.workshops = workshops;
        this.agenda = agenda;
        this.evaluation = evaluation;
        setId("evaluation-view");
        setMaxWidth("56rem");
        message.setId("evaluation-message");
        add(heading, message);
    }

    @Override
    public void setParameter(BeforeEvent navigation, Long eventId) {
        WorkshopEvent event;
        try {
            event = workshops.get(eventId);
        } catch (NotFoundException e) {
            navigation.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such event");
            return;
        }
        heading.setText("Evaluation: " + event.getTitle());
        String closed = evaluation.whyNotOpen(eventId);
        if (closed != null) {
            message.setText(closed);
            return;
        }
        message.setText("Your answers are stored without your name or account. Rate the sessions you attended; skip the others.");
        for (AgendaSession session : agenda.agenda(eventId).stream().filter(AgendaSession::takesAttendance).toList()) {
            RadioButtonGroup<Integer> rating = new RadioButtonGroup<>(session.getDay().format(Formats.DATE) + " · " + session.getTitle());
            rating.setItems(SCALE);
            rating.setId("rating-" + session.getId());
            sessionRatings.put(session.getId(), rating);
            add(rating);
        }
        overall.setItems(SCALE);
        overall.setId("rating-overall");
        comments.setId("evaluation-comments");
        comments.setWidthFull();
        comments.setMaxLength(2000);
        submit.setId("evaluation-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> submit(eventId));
        add(overall, comments, submit);
    }

    void submit(long eventId) {
        if (overall.getValue() == null) {
            Feedback.error("Give an overall rating");
            submit.setEnabled(true);
            return;
        }
        Map<Long, Integer> ratings = new HashMap<>();
        sessionRatings.forEach((sessionId, group) -> {
            if (group.getValue() != null) {
                ratings.put(sessionId, group.getValue());
            }
        });
        if (Feedback.attempt(() -> evaluation.submit(eventId, overall.getValue(), ratings, comments.getValue()))) {
            removeAll();
            heading.setText("Thank you!");
            message.setText("Your evaluation was recorded anonymously.");
            add(heading, message);
        } else {
            submit.setEnabled(true);
        }
    }
}
