package org.greenborder.academy.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenborder.academy.support.BrowserlessTestBase;
import com.vaadin.flow.component.notification.Notification;
import java.util.EnumSet;
import org.greenborder.academy.security.NewAccount;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.security.UserAccountService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
class AccountViewTest extends BrowserlessTestBase {

    static final String USER = "account-view-user";
    static final String CHANGER = "account-view-changer";
    static final String GATED = "account-view-gated";

    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void createUser(@Autowired UserAccountService accounts, @Autowired SystemIdentity system) {
        system.run(() -> {
            for (String username : new String[] {USER, CHANGER}) {
                if (accounts.findByUsername(username).isEmpty()) {
                    accounts.create(new NewAccount(username, "Nguyen Thi Lan", null, "Viet Nam Customs", null,
                            EnumSet.of(Role.TRAINEE), "first password here"));
                }
            }
        });
        // an account an administrator made: its password was chosen by someone else
        system.callAs("admin", Role.ADMIN, () -> accounts.findByUsername(GATED).orElseGet(() ->
                accounts.create(new NewAccount(GATED, "Pham Van Duc", null, "Viet Nam Customs", null,
                        EnumSet.of(Role.TRAINEE), "chosen by the admin"))));
    }

    @Test
    @WithUserDetails(GATED)
    void aPasswordChosenByAnAdministratorOpensOnlyMyAccountUntilTheOwnerChoosesTheirs() {
        AccountView view = navigate("workshops", AccountView.class);
        assertThat(view.mustChange.isVisible()).isTrue();
        navigate("training", AccountView.class);

        test(view.currentPassword).setValue("chosen by the admin");
        test(view.newPassword).setValue("my own passphrase now");
        test(view.repeatPassword).setValue("my own passphrase now");
        test(view.changePassword).click();
        assertThat(view.mustChange.isVisible()).isFalse();
        com.vaadin.flow.component.UI.getCurrent().navigate("workshops");
        assertThat(getCurrentView()).isNotInstanceOf(AccountView.class);
    }

    @Test
    @WithUserDetails(USER)
    void showsTheUsersOwnDetails() {
        AccountView view = navigate(AccountView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Nguyen Thi Lan", "Viet Nam Customs", "Customs trainee");
    }

    @Test
    @WithUserDetails(USER)
    void aWrongCurrentPasswordIsReportedOnThatField() {
        AccountView view = navigate(AccountView.class);
        test(view.currentPassword).setValue("not my password");
        test(view.newPassword).setValue("a new long password");
        test(view.repeatPassword).setValue("a new long password");
        test(view.changePassword).click();
        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("The current password is not correct");
    }

    @Test
    @WithUserDetails(USER)
    void aShortOrMistypedNewPasswordIsReportedBeforeAnythingIsSaved() {
        AccountView view = navigate(AccountView.class);
        test(view.currentPassword).setValue("first password here");
        test(view.newPassword).setValue("short");
        test(view.changePassword).click();
        assertThat(view.newPassword.isInvalid()).isTrue();

        test(view.newPassword).setValue("long enough one");
        test(view.repeatPassword).setValue("long enough two");
        test(view.changePassword).click();
        assertThat(view.repeatPassword.isInvalid()).isTrue();
        assertThat(view.repeatPassword.getErrorMessage()).isEqualTo("The two new passwords differ");
    }

    @Test
    @WithUserDetails(CHANGER)
    void aCorrectChangeIsConfirmedAndStored() {
        AccountView view = navigate(AccountView.class);
        test(view.currentPassword).setValue("first password here");
        test(view.newPassword).setValue("second password here");
        test(view.repeatPassword).setValue("second password here");
        test(view.changePassword).click();

        assertThat(test(find(Notification.class).single()).getText()).isEqualTo("Your password has been changed");
        assertThat(view.currentPassword.getValue()).isEmpty();
        String hash = jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, CHANGER);
        assertThat(passwordEncoder.matches("second password here", hash)).isTrue();
    }
}
