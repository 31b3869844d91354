package org.greenborder.academy.needs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.greenborder.academy.needs.NeedsService;
import org.greenborder.academy.needs.SurveyForm;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.greenborder.academy.shared.ui.Feedback;
import org.springframework.security.access.AccessDeniedException;

/** A workshop participant rates their own agency's needs, through the link the organisers share during the workshop. */
@Route("needs/survey/:token")
@PageTitle("Needs survey")
@PermitAll
class NeedsSurveyView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    final H2 title = new H2("Needs survey");
    final Paragraph intro = new Paragraph();
    final Paragraph problem = new Paragraph();
    final RatingSheet sheet = new RatingSheet();
    final Button send = new Button("Send my answers");
    private final NeedsService needs;
    private String token;

    NeedsSurveyView(NeedsService needs) {
        this.needs = needs;
        setId("needs-survey-view");
        setMaxWidth("60rem");
        intro.setId("survey-intro");
        problem.setId("survey-problem");
        problem.setVisible(false);
        send.setId("survey-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> {
            Feedback.attempt(() -> needs.submitSurvey(token, sheet.edited())).ifPresent(form -> {
                show(form);
                Feedback.success("Thank you: your answers are saved. You can change them while the survey is open.");
            });
            send.setEnabled(true);
        });
        add(title, intro, problem, sheet, send);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        try {
            show(needs.survey(token));
        } catch (NotFoundException e) {
            refuse("This survey link is not valid. Check that you copied all of it.");
        } catch (RuleViolationException | AccessDeniedException e) {
            refuse(e.getMessage());
        }
    }

    private void show(SurveyForm form) {
        title.setText(form.roundTitle());
        intro.setText("For " + form.eventTitle() + ". You answer as " + form.respondentName() + ", " + form.agencyLabel()
                + ", " + form.countryName() + ". Rate how much your agency needs to build capacity on each theme, from 1 "
                + "(the capacity is in place) to 5 (urgent need); leave a theme not rated if you cannot say."
                + (form.answered() ? " Your earlier answers are shown; sending again replaces them." : ""));
        sheet.show(form.lines());
        problem.setVisible(false);
    }

    private void refuse(String message) {
        problem.setText(message);
        problem.setVisible(true);
        sheet.setVisible(false);
        send.setVisible(false);
    }
}
