package org.greenborder.academy.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenborder.academy.support.BrowserlessTestBase;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumSet;
import java.util.UUID;
import org.greenborder.academy.security.Role;
import org.greenborder.academy.security.SystemIdentity;
import org.greenborder.academy.security.UserAccount;
import org.greenborder.academy.security.UserAccountService;
import org.greenborder.academy.shared.CountryCode;
import org.greenborder.academy.shared.ui.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
class UsersViewTest extends BrowserlessTestBase {

    @Autowired
    UserAccountService accounts;
    @Autowired
    SystemIdentity system;

    @Test
    @WithUserDetails("trainee")
    void aTraineeWhoOpensTheAdministratorsPageIsRefused() {
        AccessDeniedView view = navigate("admin/users", AccessDeniedView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Access denied");
        assertThat(find(UsersView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("organiser")
    void anOrganiserIsRefusedToo() {
        navigate("admin/users", AccessDeniedView.class);
        assertThat(find(UsersView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void theAdministratorSeesTheDemoAccounts() {
        UsersView view = navigate(UsersView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(4);
        test(view.filter).setValue("Sisavath");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).getUsername()).isEqualTo("trainee");
    }

    @Test
    @WithUserDetails("admin")
    void theAdministratorCreatesAnAccountThroughTheForm() {
        UsersView view = navigate(UsersView.class);
        test(view.newUser).click();
        UserEditor editor = find(UserEditor.class).single();
        String username = "mm-" + UUID.randomUUID().toString().substring(0, 6);
        test(editor.username).setValue(" " + username.toUpperCase() + " ");
        test(editor.fullName).setValue("Thant Zin Oo");
        test(editor.organisation).setValue("Myanmar Customs Department");
        editor.country.setValue(CountryCode.of("MM"));
        editor.roles.setValue(EnumSet.of(Role.TRAINEE));
        test(editor.password).setValue("yangon port 2026");
        test(editor.save).click();

        assertThat(find(UserEditor.class).exists()).isFalse();
        UserAccount stored = system.call(() -> accounts.findByUsername(username)).orElseThrow();
        assertThat(stored.getFullName()).isEqualTo("Thant Zin Oo");
        assertThat(stored.getCountry()).isEqualTo(CountryCode.of("MM"));
        assertThat(stored.getRoles()).containsExactly(Role.TRAINEE);
        test(view.filter).setValue("Thant Zin");
        assertThat(test(view.grid).size()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("admin")
    void anIncompleteFormSaysWhatIsWrongAndStoresNothing() {
        UsersView view = navigate(UsersView.class);
        long before = accounts.search(null).size();
        test(view.newUser).click();
        UserEditor editor = find(UserEditor.class).single();
        test(editor.username).setValue("Not Valid!");
        editor.roles.setValue(EnumSet.noneOf(Role.class));
        test(editor.save).click();

        assertThat(editor.isOpened()).isTrue();
        assertThat(find(Paragraph.class).withId("user-editor-error").single().getText()).isEqualTo("Check the highlighted fields.");
        assertThat(editor.username.isInvalid()).isTrue();
        assertThat(editor.fullName.isInvalid()).isTrue();
        assertThat(editor.roles.isInvalid()).isTrue();
        assertThat(accounts.search(null)).hasSize((int) before);
    }

    @Test
    @WithUserDetails("admin")
    void aDuplicateUserNameIsReportedInTheForm() {
        UsersView view = navigate(UsersView.class);
        test(view.newUser).click();
        UserEditor editor = find(UserEditor.class).single();
        test(editor.username).setValue("trainee");
        test(editor.fullName).setValue("Second Trainee");
        editor.roles.setValue(EnumSet.of(Role.TRAINEE));
        test(editor.password).setValue("another long password");
        test(editor.save).click();

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.error.getText()).contains("already taken");
    }

    @Test
    @WithUserDetails("admin")
    void theEditorSaysWhetherASecondFactorIsNeededAndSignsAUserOutEverywhere() {
        UsersView view = navigate(UsersView.class);
        test(view.filter).setValue("Siriporn");
        test(view.grid).clickRow(0);
        UserEditor editor = find(UserEditor.class).single();
        // the tests' configuration switches the factor off (TwoFactorTest switches it on)
        assertThat(editor.secondFactor.getText()).contains("switched off");
        assertThat(editor.resetSecondFactor.isVisible()).isFalse();
        test(editor.endSessions).click();
        assertThat(editor.endSessions.getText()).isEqualTo("Signed out everywhere");
    }
}
