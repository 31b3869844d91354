package org.greenborder.academy.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenborder.academy.shared.ui.Feedback;
import org.greenborder.academy.workshop.BreakoutGroup;
import org.greenborder.academy.workshop.Registration;
import org.greenborder.academy.workshop.RegistrationStatus;

/** Assigns members to a group by hand; choosing someone from another group moves them here. */
class MembersDialog extends Dialog {

    final MultiSelectComboBox<Registration> members = new MultiSelectComboBox<>("Members");
    final Button save = new Button("Save members");

    MembersDialog(EventContext context, long sessionId, BreakoutGroup group, Runnable onSaved) {
        setHeaderTitle(group.getLabel() + " members");
        setId("members-dialog");
        setWidth("40rem");
        members.setId("members-select");
        members.setWidthFull();
        members.setItems(context.participants().registrations(context.eventId()).stream()
                .filter(registration -> registration.getStatus() == RegistrationStatus.CONFIRMED).toList());
        members.setItemLabelGenerator(registration -> registration.getPerson().getFullName() + " — "
                + registration.getPerson().getCountry().displayName() + ", " + registration.getPerson().getAgencyType().label());
        members.setValue(group.getMembers());
        members.setHelperText("Someone already in another group of this session moves to this one");
        add(members);
        save.setId("members-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            Set<Long> ids = members.getValue().stream().map(Registration::getId).collect(Collectors.toSet());
            Feedback.attempt(() -> context.breakouts().setMembers(sessionId, group.getId(), ids, group.getVersion()))
                    .ifPresent(saved -> {
                        close();
                        onSaved.run();
                    });
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
