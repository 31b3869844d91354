package org.greenborder.academy.workshop.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import org.greenborder.academy.shared.ui.Feedback;
import org.greenborder.academy.workshop.EvaluationResults;

/** Results of the anonymous post-event survey. */
class EvaluationTab extends VerticalLayout {

    final Paragraph summary = new Paragraph();
    final Grid<EvaluationResults.SessionScore> scores = new Grid<>(EvaluationResults.SessionScore.class, false);

    EvaluationTab(EventContext context) {
        setPadding(false);
        setId("evaluation-tab");
        summary.setId("evaluation-summary");
        Anchor survey = new Anchor("evaluation/" + context.eventId(), "Link to the survey for participants");
        survey.setId("evaluation-link");
        add(new Paragraph("Participants answer anonymously: the answers are stored without any link to who gave them."), survey);
        Feedback.attempt(() -> context.evaluation().results(context.eventId())).ifPresent(results -> {
            summary.setText(results.responses() == 0 ? "No answers yet."
                    : results.responses() + " answer(s); overall rating " + String.format(Locale.ENGLISH, "%.1f", results.overallAverage()) + " of 5.");
            scores.setId("evaluation-scores");
            scores.addColumn(EvaluationResults.SessionScore::title).setHeader("Session").setFlexGrow(3);
            scores.addColumn(EvaluationResults.SessionScore::ratings).setHeader("Ratings");
            scores.addColumn(score -> score.ratings() == 0 ? "–" : String.format(Locale.ENGLISH, "%.1f", score.average())).setHeader("Average (1–5)");
            scores.setItems(results.sessions());
            scores.setAllRowsVisible(true);
            UnorderedList comments = new UnorderedList();
            results.comments().forEach(comment -> comments.add(new ListItem(comment)));
            add(summary, scores, new H4("Comments"), results.comments().isEmpty() ? new Paragraph("No comments.") : comments);
        });
    }
}
