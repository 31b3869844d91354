package org.greenborder.academy.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.function.Consumer;
import com.vaadin.flow.component.html.Paragraph;
import org.greenborder.academy.shared.RuleViolationException;
import org.greenborder.academy.workshop.EventStatus;
import org.greenborder.academy.workshop.WorkshopEvent;
import org.greenborder.academy.workshop.WorkshopService;

/** The few details an event needs to exist; the rest is filled in on the event's page. */
class NewEventDialog extends Dialog {

    final EventFields fields;
    final Button create = new Button("Create event");
    final Paragraph error = new Paragraph();
    private final BeanValidationBinder<WorkshopEvent> binder = new BeanValidationBinder<>(WorkshopEvent.class);

    NewEventDialog(WorkshopService workshops, Consumer<WorkshopEvent> onCreated) {
        setHeaderTitle("New event");
        setId("new-event-dialog");
        fields = new EventFields(workshops, false);
        fields.bind(binder);
        WorkshopEvent draft = new WorkshopEvent();
        draft.setStatus(EventStatus.DRAFT);
        binder.readBean(draft);

        FormLayout form = new FormLayout(fields.type, fields.title, fields.startDate, fields.endDate, fields.venueCity,
                fields.venueCountry, fields.timeZone);
        form.setColspan(fields.title, 2);
        error.setId("new-event-error");
        error.addClassName("gba-error");
        error.setVisible(false);
        add(error, form);

        create.setId("new-event-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setDisableOnClick(true);
        create.addClickListener(click -> {
            try {
                binder.writeBean(draft);
                WorkshopEvent created = workshops.create(draft);
                close();
                onCreated.accept(created);
            } catch (ValidationException e) {
                showError(e.getBeanValidationErrors().stream().map(failure -> failure.getErrorMessage()).findFirst()
                        .orElse("Check the highlighted fields"));
            } catch (RuleViolationException e) {
                showError(e.getMessage());
            } finally {
                create.setEnabled(true);
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), create);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
