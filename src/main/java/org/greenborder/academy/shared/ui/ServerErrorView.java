package org.greenborder.academy.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.greenborder.academy.shared.DatabaseUnavailable;

/**
 * A page that could not be shown because the database could not be reached says so, and that the user can try
 * again; everything else stays Vaadin's internal error page (logged, no details shown in production).
 */
@AnonymousAllowed
public class ServerErrorView extends InternalServerError {

    static final String TITLE = "The database is not reachable";
    static final String EXPLANATION = "This page could not be loaded. What you saved before is safe. Try again in a moment.";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (!DatabaseUnavailable.causedBy(parameter.getCaughtException())) {
            return super.setErrorParameter(event, parameter);
        }
        getElement().removeAllChildren();
        getElement().setAttribute("id", "database-unavailable");
        getElement().appendChild(new H2(TITLE).getElement(), new Paragraph(EXPLANATION).getElement(),
                new Anchor(event.getLocation().getPathWithQueryParameters(), "Try again").getElement());
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
