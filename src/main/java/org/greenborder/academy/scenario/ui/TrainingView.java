package org.greenborder.academy.scenario.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.greenborder.academy.scenario.ScenarioService;
import org.greenborder.academy.scenario.ScenarioSummary;
import org.greenborder.academy.shared.ui.Feedback;

/** The scenario catalogue: filter by convention, difficulty and topic; start a new attempt or continue one. */
@Route("training")
@PageTitle("Inspection training")
@Menu(title = "Inspection training", order = 300, icon = "vaadin:clipboard-check")
@PermitAll
class TrainingView extends VerticalLayout {

    final ComboBox<String> convention = new ComboBox<>("Convention");
    final ComboBox<String> difficulty = new ComboBox<>("Difficulty");
    final ComboBox<String> topic = new ComboBox<>("Topic");
    final FlexLayout cards = new FlexLayout();
    final Span count = new Span();
    private final ScenarioService scenarios;
    private final List<ScenarioSummary> all;
    private final java.util.Map<String, Long> open;

    TrainingView(ScenarioService scenarios) {
        this.scenarios = scenarios;
        this.all = scenarios.catalogue();
        this.open = scenarios.openAttempts();
        setId("training-view");
        convention.setId("filter-convention");
        difficulty.setId("filter-difficulty");
        topic.setId("filter-topic");
        convention.setItems(List.copyOf(new TreeSet<>(all.stream().flatMap(s -> s.conventions().stream()).toList())));
        convention.setItemLabelGenerator(TrainingView::capitalised);
        difficulty.setItems("beginner", "intermediate", "advanced");
        difficulty.setItemLabelGenerator(TrainingView::capitalised);
        topic.setItems(List.copyOf(new TreeSet<>(all.stream().flatMap(s -> s.topics().stream()).toList())));
        List.of(convention, difficulty, topic).forEach(box -> {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(event -> show());
        });
        cards.setId("scenario-cards");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("gba-scenario-cards");
        count.setId("scenario-count");
        count.addClassName("gba-muted");
        add(new H2("Inspection training"),
                new Paragraph("Each scenario is a shipment at the border: read its paperwork, order inspections, note the red flags "
                        + "and decide. Every attempt gets its own names, quantities and container numbers."),
                new HorizontalLayout(convention, difficulty, topic), count, cards);
        show();
    }

    void show() {
        List<ScenarioSummary> shown = all.stream()
                .filter(s -> convention.isEmpty() || s.conventions().contains(convention.getValue()))
                .filter(s -> difficulty.isEmpty() || Objects.equals(s.difficulty(), difficulty.getValue()))
                .filter(s -> topic.isEmpty() || s.topics().contains(topic.getValue()))
                .toList();
        count.setText(shown.size() + " of " + all.size() + " scenarios");
        cards.removeAll();
        shown.forEach(summary -> cards.add(card(summary)));
    }

    private Div card(ScenarioSummary summary) {
        Div card = new Div();
        card.addClassName("gba-scenario-card");
        card.setId("scenario-" + summary.id());
        Span meta = new Span(String.join(", ", summary.conventions().stream().map(TrainingView::capitalised).toList())
                + " · " + capitalised(summary.difficulty()) + " · about " + summary.minutes() + " min"
                + (summary.timeLimitMinutes() == null ? "" : " · limit " + summary.timeLimitMinutes() + " min")
                + (summary.group() ? " · for a group" : ""));
        meta.addClassName("gba-muted");
        Paragraph where = new Paragraph(summary.port() + (summary.date() == null ? "" : ", " + summary.date()));
        Paragraph objective = new Paragraph(summary.learningObjectives().getFirst());
        objective.addClassName("gba-small");
        Long openId = open.get(summary.id());
        Button go = new Button(openId != null ? "Continue" : "Start", event -> {
            Long id = openId != null ? openId : Feedback.attempt(() -> scenarios.start(summary.id())).orElse(null);
            if (id != null) {
                getUI().ifPresent(ui -> ui.navigate("training/attempt/" + id));
            }
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("start-" + summary.id());
        go.setDisableOnClick(true);
        card.add(new H3(summary.title()), meta, where, objective, go);
        return card;
    }

    static String capitalised(String word) {
        return word == null || word.isEmpty() ? "" : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
