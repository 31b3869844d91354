package org.greenborder.academy.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenborder.academy.shared.ui.Feedback;
import org.greenborder.academy.workshop.BreakoutGroup;
import org.greenborder.academy.workshop.Registration;
import org.greenborder.academy.workshop.ScopeQuestion;

/** A group's label, theme, lettered scope questions and rapporteur. */
class GroupDialog extends Dialog {

    /** "a. text", "b) text" or just "text". */
    private static final Pattern LETTERED = Pattern.compile("^([a-zA-Z]{1,2})[.)]\\s+(.*)$");

    final TextField label = new TextField("Label");
    final TextField theme = new TextField("Theme");
    final TextArea questions = new TextArea("Scope questions, one per line (a, b, c… are added if missing)");
    final ComboBox<Registration> rapporteur = new ComboBox<>("Rapporteur");
    final Button save = new Button("Save group");

    GroupDialog(EventContext context, long sessionId, BreakoutGroup group, Runnable onSaved) {
        setHeaderTitle(group.getId() == null ? "New group" : "Edit " + group.getLabel());
        setId("group-dialog");
        setWidth("48rem");
        label.setId("group-label");
        label.setMaxLength(BreakoutGroup.LABEL_MAX);
        label.setValue(group.getLabel() == null ? "" : group.getLabel());
        theme.setId("group-theme");
        theme.setMaxLength(BreakoutGroup.THEME_MAX);
        theme.setWidthFull();
        theme.setValue(group.getTheme() == null ? "" : group.getTheme());
        questions.setId("group-questions");
        questions.setWidthFull();
        questions.setMinHeight("10rem");
        questions.setValue(String.join("\n", group.getQuestions().stream()
                .map(question -> question.getLetter() + ". " + question.getText()).toList()));
        rapporteur.setId("group-rapporteur");
        rapporteur.setItems(group.getMembers().isEmpty() ? List.of() : List.copyOf(group.getMembers()));
        rapporteur.setItemLabelGenerator(registration -> registration.getPerson().getFullName());
        rapporteur.setValue(group.getRapporteur());
        rapporteur.setHelperText(group.getMembers().isEmpty() ? "Assign members first" : "One of the group's members");
        rapporteur.setClearButtonVisible(true);
        add(new VerticalLayout(label, theme, questions, rapporteur));

        save.setId("group-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (label.getValue().isBlank() || theme.getValue().isBlank()) {
                Feedback.error("A group needs a label and a theme");
                return;
            }
            List<ScopeQuestion> parsed = parse(questions.getValue(), group.getQuestions());
            if (parsed.stream().anyMatch(question -> question.getText().length() > ScopeQuestion.QUESTION_MAX)) {
                Feedback.error("A scope question can have at most " + ScopeQuestion.QUESTION_MAX + " characters");
                return;
            }
            group.setLabel(label.getValue().strip());
            group.setTheme(theme.getValue().strip());
            group.setRapporteur(rapporteur.getValue());
            group.getQuestions().clear();
            group.getQuestions().addAll(parsed);
            Feedback.attempt(() -> context.breakouts().save(sessionId, group)).ifPresent(saved -> {
                close();
                onSaved.run();
            });
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    /** Keeps each line's existing question (and its notes) by position; letters follow the typed ones. */
    static List<ScopeQuestion> parse(String text, List<ScopeQuestion> existing) {
        List<ScopeQuestion> result = new ArrayList<>();
        List<String> lines = text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = LETTERED.matcher(lines.get(i));
            String letter = matcher.matches() ? matcher.group(1).toLowerCase() : String.valueOf((char) ('a' + Math.min(i, 25)));
            String questionText = matcher.matches() ? matcher.group(2).strip() : lines.get(i);
            ScopeQuestion question = i < existing.size() ? existing.get(i) : new ScopeQuestion();
            question.setLetter(letter);
            question.setText(questionText);
            result.add(question);
        }
        return result;
    }
}
