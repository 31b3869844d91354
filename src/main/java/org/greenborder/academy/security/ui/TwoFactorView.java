package org.greenborder.academy.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Base64;
import java.util.Optional;
import org.greenborder.academy.security.SecondFactorException;
import org.greenborder.academy.security.TwoFactorService;

/**
 * The step between a correct password and being signed in, for administrators, organisers and analysts: the code
 * from their authenticator app, or, the first time, setting the app up from a QR code.
 */
@Route(value = "two-factor", autoLayout = false)
@PageTitle("Second step · Green Border Academy")
@AnonymousAllowed
class TwoFactorView extends VerticalLayout implements BeforeEnterObserver {

    final TextField code = new TextField("Code from your authenticator app");
    final Button confirm = new Button("Continue");
    final Paragraph secret = new Paragraph();
    final Span message = new Span();

    private final TwoFactorService twoFactor;
    private final Div card = new Div();
    private boolean enrolling;

    TwoFactorView(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
        setId("two-factor-view");
        addClassName("gba-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        card.addClassName("gba-login-card");
        card.setMaxWidth("30rem");
        add(card);

        code.setId("two-factor-code");
        code.setAllowedCharPattern("[0-9 ]");
        code.setMaxLength(7);
        code.setWidthFull();
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        confirm.setId("two-factor-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> {
            try {
                submit();
            } finally {
                confirm.setEnabled(true);
            }
        });
        secret.setId("two-factor-secret");
        message.setId("two-factor-message");
        message.addClassName("gba-error");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        card.removeAll();
        Optional<TwoFactorService.Pending> pending = twoFactor.pending();
        if (pending.isEmpty()) {
            showSignInAgain("There is no sign-in waiting for a second step here, or it has expired.");
            return;
        }
        card.add(new H1("Second step"));
        enrolling = !pending.get().enrolled();
        if (enrolling) {
            TwoFactorService.NewAuthenticator app = twoFactor.startEnrolment();
            Image qr = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(app.qrPng()),
                    "QR code to add Green Border Academy to an authenticator app");
            qr.setId("two-factor-qr");
            qr.setWidth("240px");
            secret.setText(app.groupedSecret());
            OrderedList steps = new OrderedList(
                    new ListItem("Open an authenticator app on your phone (Google or Microsoft Authenticator, FreeOTP, "
                            + "1Password, or any other that reads TOTP codes)."),
                    new ListItem("Add an account by scanning this QR code, or type the key below."),
                    new ListItem("Type the 6-digit code the app now shows."));
            card.add(new Paragraph("Your role reaches other people's data, so signing in takes a code from your phone "
                    + "as well as your password. Set this up once:"), steps, qr, new Paragraph("Key: "), secret);
        } else {
            card.add(new Paragraph("Type the 6-digit code that your authenticator app shows for Green Border Academy ("
                    + pending.get().username() + ")."));
        }
        card.add(code, message, confirm, new Anchor("login", "Start again with your password"));
        code.focus();
    }

    private void submit() {
        message.setText("");
        try {
            if (enrolling) {
                twoFactor.confirmEnrolment(code.getValue());
            } else {
                twoFactor.verify(code.getValue());
            }
        } catch (SecondFactorException e) {
            if (e.signInAgain()) {
                card.removeAll();
                showSignInAgain(e.getMessage());
            } else {
                message.setText(e.getMessage());
                code.clear();
                code.focus();
            }
            return;
        }
        // a full load of the home page (relative to Vaadin's <base>): the new session id and signed-in context apply
        getUI().ifPresent(ui -> ui.getPage().setLocation("./"));
    }

    private void showSignInAgain(String why) {
        Paragraph text = new Paragraph(why);
        text.setId("two-factor-expired");
        card.add(new H1("Second step"), text, new Anchor("login", "Sign in"));
    }
}
