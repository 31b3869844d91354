package org.greenborder.academy.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.greenborder.academy.security.TwoFactorPolicy;
import org.greenborder.academy.security.TwoFactorService;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.greenborder.academy.security.NewAccount;
import org.greenborder.academy.security.PasswordPolicy;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.security.UserAccount;
import org.greenborder.academy.security.UserAccountService;
import org.greenborder.academy.shared.ConcurrentEditException;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.shared.RuleViolationException;

/** Creates an account, or edits one: details, roles, enabled, and a password reset. */
class UserEditor extends Dialog {

    private static final List<CountryCode> COUNTRIES = Arrays.stream(Locale.getISOCountries())
            .map(CountryCode::of)
            .sorted(Comparator.comparing(CountryCode::displayName))
            .toList();

    final TextField username = new TextField("User name");
    final TextField fullName = new TextField("Full name");
    final EmailField email = new EmailField("E-mail");
    final TextField organisation = new TextField("Organisation");
    final ComboBox<CountryCode> country = new ComboBox<>("Country");
    final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    final Checkbox enabled = new Checkbox("Account enabled");
    final PasswordField password = new PasswordField();
    final Button save = new Button("Save");
    final Button resetPassword = new Button("Set this password");
    final Paragraph error = new Paragraph();
    final Paragraph secondFactor = new Paragraph();
    final Button resetSecondFactor = new Button("Reset second factor");
    final Button endSessions = new Button("Sign out everywhere");

    private final UserAccountService accounts;
    private final TwoFactorService twoFactor;
    private final TwoFactorPolicy twoFactorPolicy;
    private final Runnable onSaved;
    private final BeanValidationBinder<UserAccount> binder = new BeanValidationBinder<>(UserAccount.class);
    private final UserAccount account;
    private Instant enrolledAt;

    UserEditor(UserAccountService accounts, TwoFactorService twoFactor, TwoFactorPolicy twoFactorPolicy, UserAccount account,
               Runnable onSaved) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.twoFactorPolicy = twoFactorPolicy;
        this.account = account;
        this.onSaved = onSaved;
        setId("user-editor");
        setHeaderTitle(account.isNew() ? "New user" : "Edit " + account.getUsername());
        setWidth("40rem");

        username.setId("user-username");
        username.setRequiredIndicatorVisible(true);
        username.setMaxLength(UserAccount.USERNAME_MAX);
        username.setHelperText("Lower-case letters, digits, '.', '_' or '-'");
        fullName.setId("user-full-name");
        fullName.setRequiredIndicatorVisible(true);
        fullName.setMaxLength(UserAccount.FULL_NAME_MAX);
        email.setId("user-email");
        email.setMaxLength(UserAccount.EMAIL_MAX);
        organisation.setId("user-organisation");
        organisation.setMaxLength(UserAccount.ORGANISATION_MAX);
        country.setId("user-country");
        country.setItems(COUNTRIES);
        country.setItemLabelGenerator(code -> code.displayName() + " (" + code.value() + ")");
        country.setClearButtonVisible(true);
        roles.setId("user-roles");
        roles.setItems(EnumSet.allOf(Role.class));
        roles.setItemLabelGenerator(Role::label);
        enabled.setId("user-enabled");
        password.setId("user-password");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters");
        error.setId("user-editor-error");
        error.addClassName("gba-error");
        error.setVisible(false);

        binder.forField(username)
                .withConverter(value -> value == null ? "" : value.strip().toLowerCase(Locale.ROOT), value -> value)
                .bind("username"); // by property name, so that the entity's bean validation applies
        binder.bindInstanceFields(this);
        binder.readBean(account);

        FormLayout form = new FormLayout(username, fullName, email, organisation, country, roles);
        form.setColspan(roles, 2);
        if (account.isNew()) {
            password.setLabel("Initial password");
            password.setRequiredIndicatorVisible(true);
            form.add(password);
        } else {
            username.setReadOnly(true);
            username.setHelperText("A user name cannot be changed");
            form.add(enabled);
            password.setLabel("New password");
            resetPassword.setId("user-reset-password");
            resetPassword.setDisableOnClick(true);
            resetPassword.addClickListener(click -> resetPassword());
            form.add(password, resetPassword);
            secondFactor.setId("user-second-factor");
            resetSecondFactor.setId("user-reset-second-factor");
            enrolledAt = account.getTotpEnrolledAt();
            resetSecondFactor.addClickListener(click -> {
                twoFactor.reset(account.getId());
                enrolledAt = null;
                showSecondFactor();
            });
            endSessions.setId("user-end-sessions");
            endSessions.addClickListener(click -> {
                accounts.endSessions(account.getId());
                endSessions.setText("Signed out everywhere");
                endSessions.setEnabled(false);
            });
            showSecondFactor();
            form.add(secondFactor, new HorizontalLayout(resetSecondFactor, endSessions));
        }
        add(error, form);

        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save());
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("user-cancel");
        getFooter().add(cancel, save);
    }

    private void save() {
        try {
            binder.writeBean(account);
            if (account.isNew()) {
                // the service enforces the policy too; checking here puts the message on the field
                String problem = PasswordPolicy.problemFor(password.getValue(), account).orElse(null);
                if (problem != null) {
                    password.setErrorMessage(problem);
                    password.setInvalid(true);
                    return;
                }
                accounts.create(new NewAccount(account.getUsername(), account.getFullName(), account.getEmail(),
                        account.getOrganisation(), account.getCountry(), account.getRoles(), password.getValue()));
            } else {
                accounts.update(account);
            }
            close();
            onSaved.run();
        } catch (ValidationException e) {
            showError("Check the highlighted fields.");
        } catch (ConcurrentEditException | RuleViolationException e) {
            showError(e.getMessage());
        } finally {
            save.setEnabled(true);
        }
    }

    private void resetPassword() {
        try {
            accounts.resetPassword(account.getId(), password.getValue());
            password.clear();
            password.setInvalid(false);
            password.setHelperText("Password set. Tell the user through a separate channel.");
        } catch (RuleViolationException e) {
            password.setErrorMessage(e.getMessage());
            password.setInvalid(true);
        } finally {
            resetPassword.setEnabled(true);
        }
    }

    private void showSecondFactor() {
        if (enrolledAt != null) {
            secondFactor.setText("Second factor: authenticator app set up on "
                    + DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(enrolledAt)
                    + ". Reset it when the phone is lost or replaced: the user sets up a new app at the next sign-in.");
        } else if (!twoFactorPolicy.enforced()) {
            secondFactor.setText("Second factor: switched off on this installation.");
        } else if (twoFactorPolicy.requiredFor(account.getRoles())) {
            secondFactor.setText("Second factor: not set up yet; asked for at the next sign-in.");
        } else {
            secondFactor.setText("Second factor: not needed for these roles.");
        }
        resetSecondFactor.setVisible(enrolledAt != null);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
