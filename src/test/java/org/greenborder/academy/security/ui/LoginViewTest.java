package org.greenborder.academy.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenborder.academy.support.BrowserlessTestBase;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

@SpringBootTest
@WithAnonymousUser
class LoginViewTest extends BrowserlessTestBase {

    @Test
    void strangersWhoOpenAProtectedPageDoNotSeeIt() {
        // the browser is then sent to /login (a URL forward, which the browserless UI does not follow;
        // ApiSecurityTest and LoginE2E check where the browser lands)
        UI.getCurrent().navigate("admin/users");
        assertThat(find(UsersView.class).exists()).isFalse();
        assertThat(find(com.vaadin.flow.component.grid.Grid.class).exists()).isFalse();
    }

    @Test
    void theLoginFormShowsTheProductName() {
        navigate(LoginView.class);
        LoginForm form = find(LoginForm.class).single();
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(find(H1.class).single().getText()).isEqualTo("Green Border Academy");
    }

    @Test
    void aFailedSignInShowsTheErrorOnTheForm() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginView view = (LoginView) getCurrentView();
        assertThat(view.login.isError()).isTrue();
    }

    @Test
    void aThrottledSignInSaysHowLongToWait() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("error&wait=16"));
        LoginView view = (LoginView) getCurrentView();
        assertThat(view.login.isError()).isTrue();
        assertThat(view.texts.getErrorMessage().getTitle()).isEqualTo("Too many failed sign-ins");
        assertThat(view.texts.getErrorMessage().getMessage()).startsWith("Wait 16 seconds");

        UI.getCurrent().navigate("login", QueryParameters.fromString("error&wait=<b>soon</b>"));
        assertThat(((LoginView) getCurrentView()).texts.getErrorMessage().getTitle())
                .as("anything but a number is ignored").isEqualTo("Sign-in failed");
    }
}
