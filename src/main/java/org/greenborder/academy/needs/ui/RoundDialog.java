package org.greenborder.academy.needs.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.List;
import java.util.function.Consumer;
import org.greenborder.academy.needs.NeedsRound;
import org.greenborder.academy.needs.NeedsService;
import org.greenborder.academy.shared.Convention;
import org.greenborder.academy.shared.ui.Feedback;
import org.greenborder.academy.workshop.EventSummary;

/** Creates or edits an assessment round. */
class RoundDialog extends Dialog {

    final TextField title = new TextField("Title");
    final DatePicker heldOn = new DatePicker("Needs reported on");
    final ComboBox<EventSummary> event = new ComboBox<>("Workshop (for the survey link)");
    final MultiSelectComboBox<Convention> conventions = new MultiSelectComboBox<>("Conventions asked about");
    final TextArea description = new TextArea("How the needs were collected");
    final Button save = new Button("Save");

    RoundDialog(NeedsService needs, NeedsRound round, List<EventSummary> events, Consumer<NeedsRound> onSaved) {
        setHeaderTitle(round.getId() == null ? "New assessment round" : "Edit round");
        setId("round-dialog");
        setWidth("40rem");
        title.setId("round-title");
        title.setMaxLength(NeedsRound.TITLE_MAX);
        heldOn.setId("round-date");
        event.setId("round-event");
        event.setItems(events);
        event.setItemLabelGenerator(e -> e.title() + " (" + e.startDate().getYear() + ")");
        event.setClearButtonVisible(true);
        event.setValue(events.stream().filter(e -> round.getEventId() != null && e.id() == round.getEventId()).findFirst().orElse(null));
        conventions.setId("round-conventions");
        conventions.setItems(Convention.values());
        conventions.setItemLabelGenerator(Convention::label);
        conventions.setHelperText("Leave empty for a round about all conventions");
        description.setId("round-description");
        description.setMaxLength(NeedsRound.DESCRIPTION_MAX);
        BeanValidationBinder<NeedsRound> binder = new BeanValidationBinder<>(NeedsRound.class);
        binder.forField(title).asRequired("Give the round a title").bind("title");
        binder.forField(heldOn).asRequired("Give the date the needs were reported").bind("heldOn");
        binder.forField(description).withNullRepresentation("").bind("description");
        binder.forField(conventions).bind(NeedsRound::getConventions, NeedsRound::setConventions);
        binder.readBean(round);
        FormLayout form = new FormLayout(title, heldOn, event, conventions, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(form);
        save.setId("round-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> {
            try {
                binder.writeBean(round);
                round.setEventId(event.getValue() == null ? null : event.getValue().id());
                Feedback.attempt(() -> needs.saveRound(round)).ifPresent(saved -> {
                    close();
                    onSaved.accept(saved);
                });
            } catch (ValidationException e) {
                // the fields show what is wrong
            } finally {
                save.setEnabled(true);
            }
        });
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, save);
    }
}
