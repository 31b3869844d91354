package org.greenborder.academy.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.shared.pdf.PdfFonts;
import org.greenborder.academy.shared.ui.Feedback;
import org.greenborder.academy.workshop.AgencyType;
import org.greenborder.academy.workshop.EventRole;
import org.greenborder.academy.workshop.Organisation;
import org.greenborder.academy.workshop.Person;
import org.greenborder.academy.workshop.Registration;

/** Registers someone already known, or a new person, in a role. */
class RegistrationDialog extends Dialog {

    final RadioButtonGroup<String> mode = new RadioButtonGroup<>();
    final ComboBox<Person> existing = new ComboBox<>("Person");
    final TextField fullName = new TextField("Name (Latin script)");
    final TextField localName = new TextField("Name in own script (optional)");
    final ComboBox<CountryCode> country = new ComboBox<>("Country");
    final ComboBox<Organisation> organisation = new ComboBox<>("Organisation");
    final Select<AgencyType> agencyType = new Select<>();
    final TextField jobTitle = new TextField("Job title");
    final EmailField email = new EmailField("E-mail");
    final TextField username = new TextField("User account (optional, lets them check in)");
    final Select<EventRole> role = new Select<>();
    final TextField nominatedBy = new TextField("Nominated by");
    final Checkbox approveNow = new Checkbox("Approve now", true);
    final Button save = new Button("Register");

    private static final String KNOWN = "Someone already known";
    private static final String NEW = "A new person";

    RegistrationDialog(EventContext context, Runnable onSaved) {
        setHeaderTitle("Add participant");
        setId("registration-dialog");
        setWidth("44rem");
        mode.setItems(KNOWN, NEW);
        mode.setValue(NEW);
        mode.setId("registration-mode");
        existing.setId("registration-existing");
        existing.setItems(context.participants().searchPeople(null));
        existing.setItemLabelGenerator(person -> person.displayName() + " — " + person.getCountry().displayName());
        existing.setWidthFull();
        fullName.setId("person-name");
        localName.setId("person-local-name");
        country.setId("person-country");
        country.setItems(CountryCode.all());
        country.setItemLabelGenerator(CountryCode::displayName);
        organisation.setId("person-organisation");
        organisation.setItems(context.workshops().organisations());
        organisation.setItemLabelGenerator(Organisation::getName);
        organisation.setAllowCustomValue(true);
        organisation.addCustomValueSetListener(custom -> Feedback.attempt(() ->
                context.workshops().organisation(custom.getDetail(), null, country.getValue())).ifPresent(created -> {
            organisation.setItems(context.workshops().organisations());
            organisation.setValue(created);
        }));
        agencyType.setLabel("Agency type");
        agencyType.setId("person-agency");
        agencyType.setItems(AgencyType.values());
        agencyType.setItemLabelGenerator(AgencyType::label);
        email.setId("person-email");
        username.setId("person-username");
        role.setLabel("Role in the event");
        role.setId("registration-role");
        role.setItems(EventRole.values());
        role.setItemLabelGenerator(EventRole::label);
        role.setValue(EventRole.PARTICIPANT);
        nominatedBy.setId("registration-nominated-by");
        nominatedBy.setMaxLength(Registration.NOMINATED_BY_MAX);
        approveNow.setId("registration-approve");

        // names are printed on agendas, sign-in sheets and certificates: say at once what the fonts cannot print
        fullName.addValueChangeListener(change -> warnUnprintable(fullName));
        localName.addValueChangeListener(change -> warnUnprintable(localName));

        BeanValidationBinder<Person> binder = new BeanValidationBinder<>(Person.class);
        binder.forField(fullName).bind("fullName");
        binder.forField(localName).withNullRepresentation("").bind("localName");
        binder.forField(country).asRequired("Choose the country").bind("country");
        binder.forField(organisation).bind("organisation");
        binder.forField(agencyType).asRequired("Choose the agency type").bind("agencyType");
        binder.forField(jobTitle).withNullRepresentation("").bind("jobTitle");
        binder.forField(email).withNullRepresentation("").bind("email");
        binder.forField(username).withNullRepresentation("").bind("username");
        Person fresh = new Person();
        binder.readBean(fresh);

        FormLayout personForm = new FormLayout(fullName, localName, country, organisation, agencyType, jobTitle, email, username);
        VerticalLayout knownLayout = new VerticalLayout(existing);
        knownLayout.setPadding(false);
        knownLayout.setVisible(false);
        mode.addValueChangeListener(change -> {
            knownLayout.setVisible(KNOWN.equals(change.getValue()));
            personForm.setVisible(NEW.equals(change.getValue()));
        });
        add(mode, knownLayout, personForm, new H4("Registration"), new FormLayout(role, nominatedBy, approveNow));

        save.setId("registration-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            Person person;
            if (KNOWN.equals(mode.getValue())) {
                person = existing.getValue();
                if (person == null) {
                    Feedback.error("Choose the person");
                    return;
                }
            } else {
                try {
                    binder.writeBean(fresh);
                } catch (ValidationException e) {
                    return;
                }
                person = Feedback.attempt(() -> context.participants().savePerson(fresh)).orElse(null);
                if (person == null) {
                    return;
                }
            }
            Person chosen = person;
            Feedback.attempt(() -> {
                Registration registration = context.participants().nominate(context.eventId(), chosen.getId(), role.getValue(),
                        nominatedBy.getValue());
                return approveNow.getValue() ? context.participants().approve(registration.getId()) : registration;
            }).ifPresent(registration -> {
                if (registration.getStatus() == org.greenborder.academy.workshop.RegistrationStatus.WAITLISTED) {
                    Feedback.success(chosen.getFullName() + " is on the waitlist: the event is full");
                }
                close();
                onSaved.run();
            });
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    /** A warning under the field, not an error: the name may be right, and it is still stored and shown in the app. */
    static void warnUnprintable(TextField field) {
        field.setHelperText(PdfFonts.get().unprintable(field.getValue())
                .map(characters -> "Cannot be printed on certificates and lists: " + characters).orElse(null));
    }
}
