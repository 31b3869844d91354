package org.greenborder.academy.needs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import org.greenborder.academy.needs.NeedsService;
import org.greenborder.academy.needs.Theme;
import org.greenborder.academy.shared.ui.Feedback;

/** Adds a capacity theme, or renames, re-describes, re-maps or retires one. */
class ThemeDialog extends Dialog {

    final TextField label = new TextField("Name");
    final TextArea description = new TextArea("What it covers");
    final TextField topics = new TextField("Scenario topics that train it");
    final Checkbox active = new Checkbox("In use (offered in rating sheets and surveys)");
    final Button save = new Button("Save");

    ThemeDialog(NeedsService needs, Theme theme, Runnable onSaved) {
        setHeaderTitle(theme == null ? "New capacity theme" : "Edit capacity theme");
        setId("theme-dialog");
        setWidth("40rem");
        label.setId("theme-label");
        label.setMaxLength(120);
        description.setId("theme-description");
        description.setMaxLength(1000);
        topics.setId("theme-topics");
        topics.setHelperText("Comma-separated, as in the scenario files: hs-codes, refrigerant-identification");
        active.setId("theme-active");
        if (theme != null) {
            label.setValue(theme.label());
            description.setValue(theme.description() == null ? "" : theme.description());
            topics.setValue(String.join(", ", theme.scenarioTopics()));
            active.setValue(theme.active());
        } else {
            active.setValue(true);
            active.setVisible(false);
        }
        FormLayout form = new FormLayout(label, description, topics, active);
        form.setColspan(label, 2);
        form.setColspan(description, 2);
        form.setColspan(topics, 2);
        add(form);
        save.setId("theme-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            List<String> topicList = Arrays.stream(topics.getValue().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
            boolean saved = Feedback.attempt(() -> theme == null
                    ? needs.addTheme(label.getValue(), description.getValue(), topicList)
                    : needs.updateTheme(theme, label.getValue(), description.getValue(), topicList, active.getValue()))
                    .isPresent();
            if (saved) {
                close();
                onSaved.run();
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
