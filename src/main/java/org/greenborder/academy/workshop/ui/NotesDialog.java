package org.greenborder.academy.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.greenborder.academy.shared.ui.Feedback;
import org.greenborder.academy.workshop.BreakoutGroup;
import org.greenborder.academy.workshop.BreakoutService;
import org.greenborder.academy.workshop.ScopeQuestion;

/** Notes per scope question and the group's report back, taken during the session by a rapporteur or organiser. */
class NotesDialog extends Dialog {

    final Map<Long, TextArea> notes = new LinkedHashMap<>();
    final TextArea reportBack = new TextArea("Report back to the plenary");
    final Button save = new Button("Save notes");

    NotesDialog(BreakoutService breakouts, BreakoutGroup group, Runnable onSaved) {
        setHeaderTitle(group.getLabel() + ": " + group.getTheme());
        setId("notes-dialog");
        setWidth("52rem");
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        for (ScopeQuestion question : group.getQuestions()) {
            TextArea area = new TextArea(question.getLetter() + ". " + question.getText());
            area.setId("notes-" + question.getLetter());
            area.setWidthFull();
            area.setMaxLength(ScopeQuestion.NOTES_MAX);
            area.setValue(question.getNotes() == null ? "" : question.getNotes());
            notes.put(question.getId(), area);
            content.add(area);
        }
        reportBack.setId("notes-report");
        reportBack.setWidthFull();
        reportBack.setMaxLength(BreakoutGroup.REPORT_MAX);
        reportBack.setValue(group.getReportBack() == null ? "" : group.getReportBack());
        content.add(reportBack);
        add(content);
        save.setId("notes-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            Map<Long, String> values = new HashMap<>();
            notes.forEach((id, area) -> values.put(id, area.getValue()));
            Feedback.attempt(() -> breakouts.saveNotes(group.getId(), values, reportBack.getValue(), group.getVersion()))
                    .ifPresent(saved -> {
                        Feedback.success("Notes saved");
                        close();
                        onSaved.run();
                    });
        });
        getFooter().add(new Button("Close", click -> close()), save);
    }
}
