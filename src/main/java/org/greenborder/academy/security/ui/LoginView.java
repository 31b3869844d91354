package org.greenborder.academy.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Green Border Academy")
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm login = new LoginForm();
    /** What the form says (kept to be read back: the form does not show its texts to the server). */
    LoginI18n texts = textsFor(null);

    LoginView() {
        setId("login-view");
        addClassName("gba-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 title = new H1("Green Border Academy");
        title.addClassName("gba-login-title");
        Paragraph tagline = new Paragraph(
                "Training and coordination against illegal trade in hazardous waste, ozone-depleting substances and chemicals.");
        tagline.addClassName("gba-login-tagline");

        login.setI18n(texts);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setId("login-form");

        Div card = new Div(title, tagline, login);
        card.addClassName("gba-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        String wait = parameters.getOrDefault("wait", List.of()).stream().findFirst().orElse("");
        texts = textsFor(wait.matches("[0-9]{1,5}") ? wait : null);
        login.setI18n(texts);
        login.setError(parameters.containsKey("error"));
    }

    /** The form's texts; with seconds to wait when the sign-in throttle turned the attempt away. */
    private static LoginI18n textsFor(String waitSeconds) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        if (waitSeconds != null) {
            i18n.getErrorMessage().setTitle("Too many failed sign-ins");
            i18n.getErrorMessage().setMessage("Wait " + waitSeconds + " seconds before you try again. Each further failed "
                    + "attempt doubles the wait, up to 15 minutes.");
        } else {
            i18n.getErrorMessage().setTitle("Sign-in failed");
            i18n.getErrorMessage().setMessage("The user name or password is not correct, or the account is disabled.");
        }
        return i18n;
    }
}
