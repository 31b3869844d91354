package org.greenborder.academy.scenario.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.greenborder.academy.scenario.AttemptView;
import org.greenborder.academy.scenario.LiveUpdates;
import org.greenborder.academy.scenario.ScenarioService;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.ui.Feedback;

/**
 * A trainee at the desk: briefing, stage and intelligence on the left, the paperwork in the middle (one tab per
 * document, or two side by side), inspections, the notebook of red flags and the decision on the right. Every
 * move is saved at once; the screen always shows the state the server returned.
 */
@Route("training/attempt")
@PermitAll
class AttemptScreen extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneId.of("UTC"));

    private final ScenarioService scenarios;
    AttemptView view;
    final Span budget = new Span();
    TabSheet documents = new TabSheet();
    private String selectedDocument;
    final RadioButtonGroup<AttemptView.DecisionOption> decision = new RadioButtonGroup<>();
    final RadioButtonGroup<AttemptView.LegalBasis> legalBasis = new RadioButtonGroup<>("Legal basis of your decision");
    final Button decide = new Button("Decide");
    final Div sideBySide = new Div();
    boolean showSideBySide;

    private final LiveUpdates live;
    private Runnable stopListening;

    AttemptScreen(ScenarioService scenarios, LiveUpdates live) {
        this.scenarios = scenarios;
        this.live = live;
        setId("attempt-screen");
        setWidthFull();
        budget.setId("attempt-budget");
        decision.setId("decision-options");
        decision.setItemLabelGenerator(AttemptView.DecisionOption::label);
        legalBasis.setId("decision-legal-basis");
        legalBasis.setItemLabelGenerator(AttemptView.LegalBasis::text);
        legalBasis.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
        decide.setId("decide");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decision.addValueChangeListener(event -> legalBasis.setVisible(event.getValue() != null && event.getValue().closesCase()));
        decide.addClickListener(event -> confirmDecision());
        sideBySide.setId("side-by-side");
        sideBySide.addClassName("gba-side-by-side");
    }

    @Override
    public void setParameter(BeforeEvent event, Long attemptId) {
        try {
            view = scenarios.attempt(attemptId);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such attempt");
            return;
        }
        if (!view.open()) {
            event.forwardTo("training/review/" + attemptId);
            return;
        }
        render();
        getElement().executeJs("this.scrollIntoView()"); // a new attempt starts at its top, not where the catalogue was
        getUI().ifPresent(this::listen); // the same screen may be reused for another attempt
    }

    private void listen(UI ui) {
        if (stopListening != null) {
            stopListening.run();
        }
        long attemptId = view.id();
        stopListening = LiveRefresh.follow(this, ui, listener -> live.onAttempt(attemptId, listener));
    }

    /** Another tab, device or group member moved (see {@link LiveRefresh}). */
    @ClientCallable
    void liveRefresh() {
        if (view == null) {
            return;
        }
        AttemptView latest = scenarios.attempt(view.id());
        if (latest.stepCount() == view.stepCount() && latest.status() == view.status()) {
            return; // our own move, already shown
        }
        view = latest;
        if (!view.open()) {
            getUI().ifPresent(ui -> ui.navigate("training/review/" + view.id()));
            return;
        }
        render();
        Feedback.success("The attempt moved on: it now shows the latest state.");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (view != null) {
            listen(attachEvent.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (stopListening != null) {
            stopListening.run();
            stopListening = null;
        }
    }

    @Override
    public String getPageTitle() {
        return view == null ? "Attempt" : view.title();
    }

    /**
     * Runs a move; whatever happens, the screen then shows the attempt as stored, or, while the database cannot be
     * reached, as it was before the move (so a checkbox the trainee ticked is unticked again and the button can be
     * pressed again to retry).
     */
    private void play(Supplier<AttemptView> move) {
        long id = view.id();
        view = Feedback.attempt(move, () -> scenarios.attempt(id)).orElse(view);
        if (!view.open()) {
            getUI().ifPresent(ui -> ui.navigate("training/review/" + view.id()));
            return;
        }
        render();
    }

    void render() {
        removeAll();
        H2 title = new H2(view.title());
        AttemptView.Budget b = view.budget();
        budget.setText("Officer time left: " + b.minutesLeft() + " of " + b.minutes() + " min · Delay you can still justify: "
                + b.delayLeft() + " of " + b.delayHours() + " h"
                + (view.deadlineAt() == null ? "" : " · Time limit: " + TIME.format(view.deadlineAt())));
        budget.addClassName("gba-budget");
        Div desk = new Div(left(), middle(), right());
        desk.addClassName("gba-desk");
        if (showSideBySide) {
            desk.addClassName("gba-desk-wide"); // two sheets need the room more than the side columns do
        }
        desk.setWidthFull();
        add(title, budget, desk);
    }

    private Component left() {
        VerticalLayout column = new VerticalLayout();
        column.addClassName("gba-desk-left");
        column.setPadding(false);
        AttemptView.Briefing briefing = view.briefing();
        Div briefingBody = new Div(new Paragraph(briefing.post() + " · " + briefing.port() + " · " + briefing.date()),
                Paperwork.markdown(briefing.markdown()));
        UnorderedList objectives = new UnorderedList();
        briefing.learningObjectives().forEach(objective -> objectives.add(new ListItem(objective)));
        briefingBody.add(new H4("You will practise"), objectives);
        Details briefingDetails = new Details("Briefing", briefingBody);
        briefingDetails.setId("attempt-briefing");
        briefingDetails.setOpened(view.inspections().isEmpty() && view.stepCount() == 0);
        AttemptView.Stage stage = view.stage();
        Div stageBox = new Div(new H3(stage.title()), Paperwork.markdown(stage.markdown()));
        stageBox.setId("attempt-stage");
        stageBox.addClassName("gba-stage");
        column.add(briefingDetails, stageBox);
        if (!view.intelligence().isEmpty()) {
            column.add(new H4("Intelligence"));
            for (AttemptView.Intelligence item : view.intelligence()) {
                Div card = new Div(new Span(kind(item.kind().name())), new H4(item.title()), Paperwork.markdown(item.markdown()));
                card.addClassNames("gba-intel", "gba-intel-" + item.kind().name().toLowerCase(Locale.ROOT));
                card.setId("intel-" + item.id());
                column.add(card);
            }
        }
        if (!view.inspections().isEmpty()) {
            column.add(new H4("What your inspections found"));
            for (AttemptView.Inspection inspection : view.inspections()) {
                Div found = new Div(new Span(inspection.label() + " (" + inspection.minutes() + " min"
                        + (inspection.delayHours() > 0 ? ", +" + inspection.delayHours() + " h delay" : "") + ")"),
                        Paperwork.markdown(inspection.revealedMarkdown()));
                found.addClassName("gba-finding");
                found.setId("finding-" + inspection.id());
                column.add(found);
            }
        }
        return column;
    }

    private Component middle() {
        VerticalLayout column = new VerticalLayout();
        column.addClassName("gba-desk-middle");
        column.setPadding(false);
        documents = new TabSheet();
        documents.setId("attempt-documents");
        documents.setWidthFull();
        for (AttemptView.Document document : view.documents()) {
            var tab = documents.add(document.title(), Paperwork.sheet(document));
            tab.setId("tab-" + document.id());
            if (document.id().equals(selectedDocument)) {
                documents.setSelectedTab(tab);
            }
        }
        documents.addSelectedChangeListener(event -> selectedDocument = event.getSelectedTab() == null ? null
                : event.getSelectedTab().getId().map(id -> id.substring("tab-".length())).orElse(null));
        Button toggle = new Button(showSideBySide ? "One document at a time" : "Two documents side by side", event -> {
            showSideBySide = !showSideBySide;
            render();
        });
        toggle.setId("toggle-side-by-side");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        column.add(new HorizontalLayout(new H3("Documents"), toggle));
        if (showSideBySide && view.documents().size() >= 2) {
            ComboBox<AttemptView.Document> first = documentPicker("side-left", 0);
            ComboBox<AttemptView.Document> second = documentPicker("side-right", 1);
            Div leftSheet = new Div(Paperwork.sheet(first.getValue()));
            Div rightSheet = new Div(Paperwork.sheet(second.getValue()));
            first.addValueChangeListener(e -> { if (e.getValue() != null) { leftSheet.removeAll(); leftSheet.add(Paperwork.sheet(e.getValue())); } });
            second.addValueChangeListener(e -> { if (e.getValue() != null) { rightSheet.removeAll(); rightSheet.add(Paperwork.sheet(e.getValue())); } });
            sideBySide.removeAll();
            sideBySide.add(new Div(first, leftSheet), new Div(second, rightSheet));
            column.add(sideBySide);
        } else {
            column.add(documents);
        }
        return column;
    }

    private ComboBox<AttemptView.Document> documentPicker(String id, int index) {
        ComboBox<AttemptView.Document> picker = new ComboBox<>();
        picker.setId(id);
        picker.setItems(view.documents());
        picker.setItemLabelGenerator(AttemptView.Document::title);
        picker.setValue(view.documents().get(index));
        picker.setWidthFull();
        return picker;
    }

    private Component right() {
        VerticalLayout column = new VerticalLayout();
        column.addClassName("gba-desk-right");
        column.setPadding(false);
        AttemptView.Stage stage = view.stage();
        column.add(new H3("Inspections"));
        if (stage.actions().isEmpty()) {
            column.add(new Paragraph("No further inspections at this stage."));
        }
        for (AttemptView.ActionOption action : stage.actions()) {
            Button button = new Button(action.label() + " (" + action.minutes() + " min"
                    + (action.delayHours() > 0 ? ", +" + action.delayHours() + " h delay" : "") + ")",
                    event -> play(() -> scenarios.inspect(view.id(), action.id())));
            button.setId("action-" + action.id());
            button.setEnabled(action.affordable());
            button.setDisableOnClick(true);
            button.addClassName("gba-action");
            button.setWidthFull();
            column.add(button);
        }
        column.add(new H3("Notebook: red flags"));
        Div notebook = new Div();
        notebook.setId("notebook");
        for (AttemptView.Flag flag : view.notebook()) {
            Checkbox box = new Checkbox(flag.text(), flag.noted());
            box.setId("flag-" + flag.id());
            box.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    play(() -> scenarios.note(view.id(), flag.id(), event.getValue()));
                }
            });
            notebook.add(box);
        }
        column.add(notebook, new H3("Decision"), new Paragraph(stage.prompt()));
        decision.setItems(stage.options());
        legalBasis.setItems(view.legalBases());
        legalBasis.setVisible(false);
        column.add(decision, legalBasis, decide);
        return column;
    }

    private void confirmDecision() {
        AttemptView.DecisionOption option = decision.getValue();
        if (option == null) {
            Feedback.error("Choose what you decide first.");
            return;
        }
        if (option.closesCase() && legalBasis.isEmpty()) {
            Feedback.error("This decision closes the case: choose its legal basis.");
            return;
        }
        List<String> noted = view.notebook().stream().filter(AttemptView.Flag::noted).map(AttemptView.Flag::text).toList();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-decision");
        confirm.setHeader(option.label());
        UnorderedList flags = new UnorderedList();
        noted.forEach(text -> flags.add(new ListItem(text)));
        Div text = new Div(new Paragraph(option.closesCase()
                ? "This closes the case. Your justification: the red flags you noted, and the legal basis \"" + legalBasis.getValue().text() + "\"."
                : "The case moves on. Red flags you have noted so far:"),
                noted.isEmpty() ? new Paragraph("(none)") : flags);
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setConfirmText("Decide");
        int expected = view.stepCount();
        String basis = option.closesCase() ? legalBasis.getValue().id() : null;
        confirm.addConfirmListener(event -> play(() -> scenarios.decide(view.id(), option.id(), basis, expected)));
        confirm.open();
    }

    private static String kind(String name) {
        return name.replace('_', ' ');
    }
}
