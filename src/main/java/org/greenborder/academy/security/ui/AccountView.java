package org.greenborder.academy.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.greenborder.academy.security.SessionInfo;
import org.greenborder.academy.security.TwoFactorPolicy;
import org.greenborder.academy.security.TwoFactorService;
import org.greenborder.academy.security.CurrentUser;
import org.greenborder.academy.security.IncorrectPasswordException;
import org.greenborder.academy.security.PasswordPolicy;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.security.UserAccount;
import org.greenborder.academy.security.UserAccountService;
import org.greenborder.academy.shared.RuleViolationException;

@Route("account")
@PageTitle("My account")
@Menu(title = "My account", order = 900, icon = "vaadin:user")
@PermitAll
class AccountView extends VerticalLayout {

    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField repeatPassword = new PasswordField("Repeat the new password");
    final Button changePassword = new Button("Change password");
    final Paragraph secondFactor = new Paragraph();
    final Grid<SessionInfo> sessions = new Grid<>(SessionInfo.class, false);
    final PasswordField passwordForSessions = new PasswordField("Your password");
    final Button endOtherSessions = new Button("Sign out everywhere else");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final UserAccountService accounts;
    final Paragraph mustChange = new Paragraph("Your password was set by an administrator. Choose your own now: the "
            + "rest of the platform opens once you have.");

    AccountView(CurrentUser currentUser, UserAccountService accounts, TwoFactorService twoFactor, TwoFactorPolicy policy) {
        this.accounts = accounts;
        setId("account-view");
        setMaxWidth("48rem");

        UserAccount me = currentUser.account().orElseThrow();
        Paragraph who = new Paragraph(me.getFullName() + " (" + me.getUsername() + ")"
                + (me.getOrganisation() == null ? "" : " · " + me.getOrganisation())
                + (me.getCountry() == null ? "" : " · " + me.getCountry().displayName()));
        who.setId("account-summary");
        Paragraph roles = new Paragraph("Roles: " + me.getRoles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")));
        roles.setId("account-roles");

        currentPassword.setId("current-password");
        newPassword.setId("new-password");
        newPassword.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; a passphrase of several words is best.");
        newPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeatPassword.setId("repeat-password");
        changePassword.setId("change-password");
        changePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        changePassword.setDisableOnClick(true);
        changePassword.addClickListener(click -> {
            try {
                submit();
            } finally {
                changePassword.setEnabled(true);
            }
        });

        FormLayout form = new FormLayout(currentPassword, newPassword, repeatPassword);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        secondFactor.setId("account-second-factor");
        secondFactor.setText(twoFactor.myEnrolment()
                .map(at -> "Second factor: authenticator app set up on " + DAY.format(at)
                        + ". If you lose or replace the phone, ask an administrator to reset it.")
                .orElse(!policy.enforced() ? "Second factor: switched off on this installation."
                        : policy.requiredFor(me.getRoles()) ? "Second factor: set up at your next sign-in."
                        : "Second factor: not needed for your roles."));

        sessions.setId("account-sessions");
        sessions.addColumn(session -> WHEN.format(session.started())).setHeader("Signed in");
        sessions.addColumn(session -> WHEN.format(session.lastActive())).setHeader("Last active");
        sessions.addColumn(session -> session.current() ? "This browser" : "").setHeader("");
        sessions.setAllRowsVisible(true);
        passwordForSessions.setId("account-sessions-password");
        endOtherSessions.setId("account-end-other-sessions");
        endOtherSessions.setDisableOnClick(true);
        endOtherSessions.addClickListener(click -> {
            try {
                accounts.endMyOtherSessions(passwordForSessions.getValue());
                passwordForSessions.clear();
                passwordForSessions.setInvalid(false);
                sessions.setItems(accounts.mySessions());
                Notification.show("Your other sessions have been signed out", 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IncorrectPasswordException e) {
                passwordForSessions.setErrorMessage(e.getMessage());
                passwordForSessions.setInvalid(true);
            } finally {
                endOtherSessions.setEnabled(true);
            }
        });
        sessions.setItems(accounts.mySessions());

        HorizontalLayout endSessions = new HorizontalLayout(passwordForSessions, endOtherSessions);
        endSessions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        mustChange.setId("account-must-change");
        mustChange.addClassName("gba-error");
        mustChange.setVisible(accounts.mustChangeOwnPassword());
        add(mustChange, new H2("Your details"), who, roles, new H2("Password"), form, changePassword, new H2("Sign-in"), secondFactor,
                new Paragraph("Where you are signed in now:"), sessions, endSessions);
    }

    private void submit() {
        newPassword.setInvalid(false);
        repeatPassword.setInvalid(false);
        currentPassword.setInvalid(false);
        String problem = PasswordPolicy.problem(newPassword.getValue(), null).orElse(null);
        if (problem != null) {
            newPassword.setErrorMessage(problem);
            newPassword.setInvalid(true);
            return;
        }
        if (!newPassword.getValue().equals(repeatPassword.getValue())) {
            repeatPassword.setErrorMessage("The two new passwords differ");
            repeatPassword.setInvalid(true);
            return;
        }
        try {
            accounts.changeOwnPassword(currentPassword.getValue(), newPassword.getValue());
        } catch (IncorrectPasswordException e) {
            currentPassword.setErrorMessage(e.getMessage());
            currentPassword.setInvalid(true);
            return;
        } catch (RuleViolationException e) {
            newPassword.setErrorMessage(e.getMessage());
            newPassword.setInvalid(true);
            return;
        }
        currentPassword.clear();
        newPassword.clear();
        repeatPassword.clear();
        mustChange.setVisible(false);
        Notification.show("Your password has been changed", 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
