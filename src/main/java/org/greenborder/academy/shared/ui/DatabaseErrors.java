package org.greenborder.academy.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.greenborder.academy.shared.DatabaseUnavailable;
import org.springframework.stereotype.Component;

/**
 * Any action on any page that fails because the database cannot be reached tells the user so, where they are,
 * also where a view did not run the action through {@link Feedback} (a grid loading rows, a dialog opening).
 * Every other failure goes on to Vaadin's default handler.
 */
@Component
class DatabaseErrors implements VaadinServiceInitListener {

    static final String MESSAGE = "The database is not reachable. Try again in a moment.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(handler()));
    }

    static ErrorHandler handler() {
        ErrorHandler fallback = new DefaultErrorHandler();
        return (ErrorEvent error) -> {
            if (DatabaseUnavailable.causedBy(error.getThrowable()) && UI.getCurrent() != null) {
                Feedback.error(MESSAGE);
            } else {
                fallback.error(error);
            }
        };
    }
}
