package org.greenborder.academy.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Set;
import org.greenborder.academy.security.CurrentUser;
import org.greenborder.academy.security.UserAccountService;
import org.springframework.stereotype.Component;

/**
 * Someone signed in with a password an administrator chose (a new account, a reset) sees only "My account" until
 * they have chosen their own: the chosen one was known to another person and may have travelled by e-mail.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private static final Set<Class<?>> ALWAYS_OPEN = Set.of(AccountView.class, LoginView.class, TwoFactorView.class);

    private static final String OWN_PASSWORD = PasswordChangeGate.class.getName() + ".ownPassword";

    private final CurrentUser currentUser;
    private final UserAccountService accounts;

    PasswordChangeGate(CurrentUser currentUser, UserAccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        // error pages show no data, and one of them says that the database cannot be reached: asking it here would
        // turn that page into a second failure
        if (ALWAYS_OPEN.contains(event.getNavigationTarget()) || HasErrorParameter.class.isAssignableFrom(event.getNavigationTarget())
                || currentUser.username() == null) {
            return;
        }
        // once the password is the owner's, it stays so for this session: a reset by an administrator ends the
        // account's sessions, so the database is asked once per session, not on every navigation
        VaadinSession session = event.getUI().getSession();
        if (Boolean.TRUE.equals(session.getAttribute(OWN_PASSWORD))) {
            return;
        }
        if (accounts.mustChangeOwnPassword()) {
            event.rerouteTo(AccountView.class);
        } else {
            session.setAttribute(OWN_PASSWORD, Boolean.TRUE);
        }
    }
}
