package org.greenborder.academy.scenario.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.greenborder.academy.scenario.AttemptView;
import org.greenborder.academy.scenario.ScenarioService;
import org.greenborder.academy.scenario.Scoring;
import org.greenborder.academy.shared.NotFoundException;

/**
 * After the decision: the score and its breakdown, every red flag found, missed or wrongly noted with its
 * explanation and guidance, the inspections judged, the path taken and how the case ended.
 */
@Route("training/review")
@PermitAll
class ReviewView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ScenarioService scenarios;
    AttemptView view;

    ReviewView(ScenarioService scenarios) {
        this.scenarios = scenarios;
        setId("review-view");
        setMaxWidth("64rem");
    }

    @Override
    public void setParameter(BeforeEvent event, Long attemptId) {
        try {
            view = scenarios.attempt(attemptId);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such attempt");
            return;
        }
        if (view.open()) {
            event.forwardTo("training/attempt/" + attemptId);
            return;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return view == null ? "Review" : "Review: " + view.title();
    }

    private void render() {
        removeAll();
        AttemptView.Review review = view.review();
        Scoring.Score score = review.score();
        Div result = new Div(new Span(score.percent() + "%"), new Span(score.passed() ? "Passed" : "Not passed"),
                new Span("pass mark " + score.passMark() + "% · " + score.total() + " of " + score.maximum() + " points"));
        result.setId("review-result");
        result.addClassNames("gba-score-result", score.passed() ? "gba-passed" : "gba-failed");
        Div ending = new Div(new H3(review.endingTitle() + (review.verdict() == null ? "" : " (" + review.verdict().name().toLowerCase(Locale.ROOT) + ")")),
                Paperwork.markdown(review.endingMarkdown()));
        ending.setId("review-ending");
        add(new Anchor("training", "← Inspection training"), new H2(view.title()), result, ending);
        if (review.verdict() != null && review.verdict().name().equals("WRONG")) {
            add(new Paragraph("A wrong decision does not pass, whatever the points: spotting the red flags and then letting the "
                    + "shipment through is the mistake that matters."));
        }
        if (review.legalBasis() != null) {
            Paragraph basis = new Paragraph("Your legal basis: " + review.legalBasis() + (review.legalBasisAccepted() ? " (fits)"
                    : review.acceptedBases().isEmpty() ? "" : " (does not fit; the case rests on: " + String.join("; ", review.acceptedBases()) + ")"));
            basis.setId("review-legal-basis");
            add(basis);
        }
        add(new H3("Score"), breakdown(score), new H3("Red flags"), flags(review));
        if (!review.inspections().isEmpty()) {
            add(new H3("Your inspections"));
            OrderedList list = new OrderedList();
            list.setId("review-inspections");
            review.inspections().forEach(inspection -> list.add(new ListItem(inspection.label() + " · " + inspection.minutes() + " min"
                    + (inspection.delayHours() > 0 ? ", " + inspection.delayHours() + " h delay" : "")
                    + (inspection.warranted() ? " · warranted" : " · not needed here"))));
            add(list);
        }
        if (!review.path().isEmpty()) {
            OrderedList path = new OrderedList();
            path.setId("review-path");
            review.path().forEach(step -> path.add(new ListItem(step)));
            add(new H3("Your decisions"), path);
        }
        add(new Anchor("my-training", "Your attempt history"));
    }

    private Component breakdown(Scoring.Score score) {
        Div table = new Div();
        table.setId("review-breakdown");
        table.addClassName("gba-breakdown");
        for (Scoring.Line line : score.lines()) {
            Div row = new Div(new Span(label(line.kind())), new Span(line.label()), new Span((line.points() > 0 ? "+" : "") + line.points()));
            row.addClassName(line.points() < 0 ? "gba-minus" : "gba-plus");
            table.add(row);
        }
        Div total = new Div(new Span("Total"), new Span(""), new Span(String.valueOf(score.total())));
        total.addClassName("gba-total");
        table.add(total);
        return table;
    }

    private static String label(Scoring.LineKind kind) {
        return switch (kind) {
            case RED_FLAG -> "Red flag found";
            case FALSE_FLAG -> "Not a red flag";
            case UNNECESSARY_ACTION -> "Unneeded inspection";
            case DECISION -> "Decision";
            case LEGAL_BASIS -> "Legal basis";
            case HELD_LEGITIMATE -> "Legitimate trade held";
            case TIME -> "Time";
        };
    }

    private Component flags(AttemptView.Review review) {
        Div list = new Div();
        list.setId("review-flags");
        int index = 0;
        for (AttemptView.FlagReview flag : review.flags()) {
            Div item = new Div();
            item.addClassNames("gba-flag-review", "gba-flag-" + flag.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            item.setId("review-flag-" + index++);
            Span outcome = new Span(switch (flag.outcome()) {
                case FOUND -> "Found";
                case MISSED -> "Missed";
                case NOT_SEEN -> "Missed: you did not take the inspection that shows it";
                case FALSE_FLAG -> "Not a red flag, but you noted it";
                case AVOIDED -> "Not a red flag, rightly left alone";
            });
            outcome.addClassName("gba-flag-outcome");
            item.add(outcome, new H4(flag.text()), Paperwork.markdown(flag.explanationMarkdown()));
            if (!flag.guidance().isEmpty()) {
                Div links = new Div(new Span("Read: "));
                flag.guidance().forEach(slug -> {
                    Anchor link = new Anchor("guidance/doc/" + slug, slug.replace('-', ' '));
                    link.addClassName("gba-guidance-link");
                    links.add(link, new Span(" "));
                });
                item.add(links);
            }
            list.add(item);
        }
        return list;
    }
}
