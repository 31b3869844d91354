package org.greenborder.academy.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.greenborder.academy.security.AccountName;
import org.greenborder.academy.shared.ConcurrentEditException;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.greenborder.academy.shared.ui.Feedback;
import org.greenborder.academy.workshop.EventFilter;
import org.greenborder.academy.workshop.EventSummary;
import org.greenborder.academy.workshop.LinkKind;
import org.greenborder.academy.workshop.LinkedEvent;
import org.greenborder.academy.workshop.WorkshopEvent;

/** The event's details form and its links to other events. */
class DetailsTab extends VerticalLayout {

    final EventFields fields;
    final Button save = new Button("Save details");
    final Paragraph error = new Paragraph();
    final Grid<LinkedEvent> links = new Grid<>(LinkedEvent.class, false);
    final Select<LinkKind> linkKind = new Select<>();
    final ComboBox<EventSummary> linkTarget = new ComboBox<>("Other event");
    final Button addLink = new Button("Link", VaadinIcon.LINK.create());

    private final EventContext context;
    private final Runnable reload;
    private final BeanValidationBinder<WorkshopEvent> binder = new BeanValidationBinder<>(WorkshopEvent.class);

    DetailsTab(EventContext context, Runnable reload) {
        this.context = context;
        this.reload = reload;
        setPadding(false);
        fields = new EventFields(context.workshops(), true);
        fields.bind(binder);
        if (context.editable()) {
            List<AccountName> organisers = new ArrayList<>(context.workshops().organiserAccounts());
            fields.bindEditors(binder, organisers);
        }
        binder.readBean(context.event());
        binder.setReadOnly(!context.editable());

        FormLayout form = new FormLayout(fields.type, fields.status, fields.title, fields.startDate, fields.endDate,
                fields.venueCity, fields.venueCountry, fields.timeZone, fields.capacity, fields.organisers, fields.partners,
                fields.needs, fields.conventions, fields.summary);
        form.setColspan(fields.title, 2);
        form.setColspan(fields.summary, 2);
        form.setColspan(fields.needs, 2);
        form.setColspan(fields.conventions, 2);
        if (context.editable()) {
            form.add(fields.editors, 2);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setMaxWidth("60rem");

        error.setId("details-error");
        error.addClassName("gba-error");
        error.setVisible(false);
        save.setId("details-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(context.editable());
        save.addClickListener(click -> save());
        add(error, form, save);
        add(linksSection());
    }

    void save() {
        WorkshopEvent edited = context.event();
        try {
            binder.writeBean(edited);
        } catch (ValidationException e) {
            showError("Check the highlighted fields" + e.getBeanValidationErrors().stream()
                    .map(failure -> ": " + failure.getErrorMessage()).findFirst().orElse(""));
            return;
        }
        try {
            context.workshops().update(edited);
            Feedback.success("Event saved");
            reload.run();
        } catch (RuleViolationException e) {
            showError(e.getMessage());
        } catch (ConcurrentEditException e) {
            showError(e.getMessage());
            Button reloadButton = new Button("Reload the latest version", click -> reload.run());
            reloadButton.setId("details-reload");
            addComponentAtIndex(1, reloadButton);
        } catch (NotFoundException | AccessDeniedException e) {
            Feedback.error(e.getMessage());
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private VerticalLayout linksSection() {
        links.setId("details-links");
        links.addColumn(LinkedEvent::relation).setHeader("Relation").setAutoWidth(true);
        links.addColumn(LinkedEvent::title).setHeader("Event").setFlexGrow(3);
        links.addColumn(link -> Formats.dateRange(link.startDate(), link.endDate())).setHeader("Dates").setAutoWidth(true);
        if (context.editable()) {
            links.addComponentColumn(link -> {
                Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                    if (Feedback.attempt(() -> context.workshops().unlink(context.eventId(), link.linkId()))) {
                        refreshLinks();
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel("Remove link");
                return remove;
            }).setFlexGrow(0).setWidth("5rem");
        }
        links.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(EventView.class, click.getItem().eventId())));
        links.setAllRowsVisible(true);
        refreshLinks();

        VerticalLayout section = new VerticalLayout(new H3("Linked events"), links);
        section.setPadding(false);
        if (context.editable()) {
            linkKind.setLabel("This event is");
            linkKind.setId("link-kind");
            linkKind.setItems(LinkKind.values());
            linkKind.setItemLabelGenerator(LinkKind::label);
            linkKind.setValue(LinkKind.PARALLEL_WITH);
            linkTarget.setId("link-target");
            linkTarget.setItems(context.workshops().list(EventFilter.ANY).stream()
                    .filter(summary -> summary.id() != context.eventId()).toList());
            linkTarget.setItemLabelGenerator(summary -> summary.title() + " (" + Formats.dateRange(summary.startDate(), summary.endDate()) + ")");
            linkTarget.setWidth("32rem");
            addLink.setId("link-add");
            addLink.addClickListener(click -> {
                if (linkTarget.getValue() == null) {
                    Feedback.error("Choose the other event");
                    return;
                }
                if (Feedback.attempt(() -> context.workshops().link(context.eventId(), linkTarget.getValue().id(), linkKind.getValue()))) {
                    linkTarget.clear();
                    refreshLinks();
                }
            });
            HorizontalLayout addRow = new HorizontalLayout(linkKind, linkTarget, addLink);
            addRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            section.add(addRow);
        }
        return section;
    }

    private void refreshLinks() {
        links.setItems(context.workshops().links(context.eventId()));
    }
}
