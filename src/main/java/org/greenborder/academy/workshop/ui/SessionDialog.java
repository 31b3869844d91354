package org.greenborder.academy.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.greenborder.academy.shared.ConcurrentEditException;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.greenborder.academy.shared.ui.Feedback;
import org.greenborder.academy.workshop.AgendaSession;
import org.greenborder.academy.workshop.ContributionKind;
import org.greenborder.academy.workshop.Organisation;
import org.greenborder.academy.workshop.Registration;
import org.greenborder.academy.workshop.RegistrationStatus;
import org.greenborder.academy.workshop.RemoteContribution;
import org.greenborder.academy.workshop.SessionKind;

/** Adds or edits an agenda session: when, what, scope, assumptions, goals, speakers and remote contributions. */
class SessionDialog extends Dialog {

    final DatePicker day = new DatePicker("Day");
    final TimePicker start = new TimePicker("Starts");
    final TimePicker end = new TimePicker("Ends");
    final Select<SessionKind> kind = new Select<>();
    final TextField title = new TextField("Title");
    final TextField room = new TextField("Room");
    final TextArea scope = new TextArea("Scope");
    final TextArea assumptions = new TextArea("Underlying assumptions (one per line)");
    final TextArea goals = new TextArea("Expected goals (one per line)");
    final MultiSelectComboBox<Registration> speakers = new MultiSelectComboBox<>("Speakers and resource persons");
    final VerticalLayout contributions = new VerticalLayout();
    final Button save = new Button("Save session");
    final Paragraph error = new Paragraph();

    private final List<ContributionRow> rows = new ArrayList<>();
    private final List<Organisation> organisations;

    SessionDialog(EventContext context, AgendaSession session, Runnable onSaved) {
        setHeaderTitle(session.getId() == null ? "New session" : "Edit session");
        setId("session-dialog");
        setWidth("56rem");
        organisations = context.workshops().organisations();
        BeanValidationBinder<AgendaSession> binder = new BeanValidationBinder<>(AgendaSession.class);
        day.setId("session-day");
        day.setMin(context.event().getStartDate());
        day.setMax(context.event().getEndDate());
        start.setId("session-start");
        end.setId("session-end");
        start.setStep(Duration.ofMinutes(15));
        end.setStep(Duration.ofMinutes(15));
        kind.setLabel("Kind");
        kind.setId("session-kind");
        kind.setItems(SessionKind.values());
        kind.setItemLabelGenerator(SessionKind::label);
        title.setId("session-title");
        title.setMaxLength(AgendaSession.TITLE_MAX);
        room.setMaxLength(AgendaSession.ROOM_MAX);
        scope.setId("session-scope");
        scope.setMaxLength(AgendaSession.SCOPE_MAX);
        assumptions.setMaxLength(AgendaSession.ASSUMPTIONS_MAX);
        goals.setMaxLength(AgendaSession.GOALS_MAX);
        speakers.setItems(context.participants().registrations(context.eventId()).stream()
                .filter(registration -> registration.getStatus() == RegistrationStatus.CONFIRMED).toList());
        speakers.setItemLabelGenerator(registration -> AgendaTab.speaker(registration) + " — " + registration.getRole().label());

        binder.forField(day).bind("day");
        binder.forField(start).bind("startTime");
        binder.forField(end).bind("endTime");
        binder.forField(kind).bind("kind");
        binder.forField(title).bind("title");
        binder.forField(room).withNullRepresentation("").bind("room");
        binder.forField(scope).withNullRepresentation("").bind("scope");
        binder.forField(assumptions).withNullRepresentation("").bind("assumptions");
        binder.forField(goals).withNullRepresentation("").bind("expectedGoals");
        binder.forField(speakers).bind(AgendaSession::getSpeakers, AgendaSession::setSpeakers);
        binder.readBean(session);

        FormLayout form = new FormLayout(day, start, end, kind, title, room, scope, assumptions, goals, speakers);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 4));
        form.setColspan(title, 3);
        form.setColspan(scope, 4);
        form.setColspan(assumptions, 4);
        form.setColspan(goals, 4);
        form.setColspan(speakers, 4);
        contributions.setPadding(false);
        contributions.setId("session-contributions");
        session.getContributions().forEach(this::addRow);
        Button addContribution = new Button("Add remote contribution", VaadinIcon.PLUS.create(), click -> addRow(null));
        addContribution.setId("session-add-contribution");
        addContribution.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        error.addClassName("gba-error");
        error.setVisible(false);
        add(error, form, new H4("Remote contributions (video presentations, live links)"), contributions, addContribution);

        save.setId("session-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                binder.writeBean(session);
            } catch (ValidationException e) {
                showError(e.getBeanValidationErrors().stream().map(failure -> failure.getErrorMessage()).findFirst()
                        .orElse("Check the highlighted fields"));
                return;
            }
            List<RemoteContribution> remote = new ArrayList<>();
            for (ContributionRow row : rows) {
                String problem = row.problem();
                if (problem != null) {
                    showError(problem);
                    return;
                }
                remote.add(row.value());
            }
            session.setContributions(remote);
            try {
                context.agenda().save(context.eventId(), session);
                close();
                onSaved.run();
            } catch (ConcurrentEditException | RuleViolationException e) {
                showError(e.getMessage());
            } catch (NotFoundException | AccessDeniedException e) {
                Feedback.error(e.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void addRow(RemoteContribution existing) {
        ContributionRow row = new ContributionRow(existing, organisations);
        rows.add(row);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        remove.setAriaLabel("Remove contribution");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout line = new HorizontalLayout(row.kind, row.title, row.presenter, row.organisation, row.link, remove);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        remove.addClickListener(click -> {
            rows.remove(row);
            contributions.remove(line);
        });
        contributions.add(line);
    }

    /** One remote contribution being edited. */
    static final class ContributionRow {
        final Select<ContributionKind> kind = new Select<>();
        final TextField title = new TextField("Title");
        final TextField presenter = new TextField("Presenter");
        final ComboBox<Organisation> organisation = new ComboBox<>("Organisation");
        final TextField link = new TextField("Link (optional)");
        private final RemoteContribution target;

        ContributionRow(RemoteContribution existing, List<Organisation> organisations) {
            target = existing == null ? new RemoteContribution() : existing;
            kind.setLabel("Kind");
            kind.setItems(ContributionKind.values());
            kind.setItemLabelGenerator(ContributionKind::label);
            kind.setValue(target.getKind());
            title.setValue(target.getTitle() == null ? "" : target.getTitle());
            title.setMaxLength(RemoteContribution.TITLE_MAX);
            presenter.setValue(target.getPresenter() == null ? "" : target.getPresenter());
            presenter.setMaxLength(RemoteContribution.PRESENTER_MAX);
            organisation.setItems(organisations);
            organisation.setItemLabelGenerator(Organisation::shortName);
            organisation.setValue(target.getOrganisation());
            link.setValue(target.getLink() == null ? "" : target.getLink());
            link.setMaxLength(RemoteContribution.LINK_MAX);
        }

        String problem() {
            if (title.getValue().isBlank()) {
                return "Each remote contribution needs a title";
            }
            if (organisation.getValue() == null) {
                return "Each remote contribution needs the organisation that gives it";
            }
            if (!link.getValue().isBlank() && !link.getValue().strip().matches("https?://\\S+")) {
                return "A link must be a web address starting with http:// or https://";
            }
            return null;
        }

        RemoteContribution value() {
            target.setKind(kind.getValue());
            target.setTitle(title.getValue().strip());
            target.setPresenter(presenter.getValue().isBlank() ? null : presenter.getValue().strip());
            target.setOrganisation(organisation.getValue());
            target.setLink(link.getValue().isBlank() ? null : link.getValue().strip());
            return target;
        }
    }
}
