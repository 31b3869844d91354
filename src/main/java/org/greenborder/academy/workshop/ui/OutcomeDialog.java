package org.greenborder.academy.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import org.greenborder.academy.shared.CapacityTheme;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.shared.ui.Feedback;
import org.greenborder.academy.workshop.Organisation;
import org.greenborder.academy.workshop.Outcome;
import org.greenborder.academy.workshop.OutcomeKind;
import org.greenborder.academy.workshop.OutcomeStatus;
import org.greenborder.academy.workshop.OwnerType;

/** Adds or edits a recommendation or action item. */
class OutcomeDialog extends Dialog {

    final Select<OutcomeKind> kind = new Select<>();
    final TextArea text = new TextArea("Text");
    final Select<OwnerType> ownerType = new Select<>();
    final ComboBox<CountryCode> ownerCountry = new ComboBox<>("Owner country");
    final ComboBox<Organisation> ownerOrganisation = new ComboBox<>("Owner organisation");
    final DatePicker dueDate = new DatePicker("Due date");
    final Select<OutcomeStatus> status = new Select<>();
    final Select<CapacityTheme> theme = new Select<>();
    final Button save = new Button("Save");

    OutcomeDialog(EventContext context, Outcome outcome, Runnable onSaved) {
        setHeaderTitle(outcome.getId() == null ? "New outcome" : "Edit outcome");
        setId("outcome-dialog");
        setWidth("44rem");
        kind.setLabel("Kind");
        kind.setId("outcome-kind");
        kind.setItems(OutcomeKind.values());
        kind.setItemLabelGenerator(OutcomeKind::label);
        text.setId("outcome-text");
        text.setMaxLength(Outcome.TEXT_MAX);
        ownerType.setLabel("Owner");
        ownerType.setId("outcome-owner-type");
        ownerType.setItems(OwnerType.values());
        ownerType.setItemLabelGenerator(OwnerType::label);
        ownerCountry.setId("outcome-owner-country");
        ownerCountry.setItems(CountryCode.all());
        ownerCountry.setItemLabelGenerator(CountryCode::displayName);
        ownerOrganisation.setId("outcome-owner-organisation");
        ownerOrganisation.setItems(context.workshops().organisations());
        ownerOrganisation.setItemLabelGenerator(Organisation::shortName);
        ownerType.addValueChangeListener(change -> {
            ownerCountry.setVisible(change.getValue() == OwnerType.COUNTRY);
            ownerOrganisation.setVisible(change.getValue() == OwnerType.ORGANISATION);
        });
        dueDate.setId("outcome-due");
        status.setLabel("Status");
        status.setId("outcome-status");
        status.setItems(OutcomeStatus.values());
        status.setItemLabelGenerator(OutcomeStatus::label);
        theme.setLabel("Capacity theme addressed");
        theme.setId("outcome-theme");
        theme.setItems(CapacityTheme.values());
        theme.setItemLabelGenerator(CapacityTheme::label);

        BeanValidationBinder<Outcome> binder = new BeanValidationBinder<>(Outcome.class);
        binder.forField(kind).bind("kind");
        binder.forField(text).bind("text");
        binder.forField(ownerType).bind("ownerType");
        binder.forField(ownerCountry).bind("ownerCountry");
        binder.forField(ownerOrganisation).bind("ownerOrganisation");
        binder.forField(dueDate).bind("dueDate");
        binder.forField(status).bind("status");
        binder.forField(theme).asRequired("Choose the capacity theme").bind("theme");
        binder.readBean(outcome);
        ownerCountry.setVisible(outcome.getOwnerType() == OwnerType.COUNTRY);
        ownerOrganisation.setVisible(outcome.getOwnerType() == OwnerType.ORGANISATION);

        FormLayout form = new FormLayout(kind, status, text, ownerType, ownerCountry, ownerOrganisation, dueDate, theme);
        form.setColspan(text, 2);
        form.setColspan(theme, 2);
        add(form);
        save.setId("outcome-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                binder.writeBean(outcome);
            } catch (ValidationException e) {
                e.getBeanValidationErrors().stream().findFirst().ifPresent(failure -> Feedback.error(failure.getErrorMessage()));
                return;
            }
            Feedback.attempt(() -> context.outcomes().save(context.eventId(), outcome)).ifPresent(saved -> {
                close();
                onSaved.run();
            });
        });
        Button delete = new Button("Delete", click -> {
            if (Feedback.attempt(() -> context.outcomes().delete(context.eventId(), outcome.getId()))) {
                close();
                onSaved.run();
            }
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setVisible(outcome.getId() != null);
        getFooter().add(delete, new Button("Cancel", click -> close()), save);
    }
}
