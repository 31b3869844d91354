package org.greenborder.academy.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import java.util.function.Supplier;
import org.greenborder.academy.shared.ConcurrentEditException;
import org.greenborder.academy.shared.DatabaseUnavailable;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs a service command from a view and tells the user, where they are, why it was refused. Only the refusals
 * a user can act on are caught, and a database that cannot be reached (the user can try again once it is back);
 * anything else is a bug and goes to Vaadin's error handler.
 */
public final class Feedback {

    private Feedback() {
    }

    public static <T> Optional<T> attempt(Supplier<T> command) {
        try {
            return Optional.ofNullable(command.get());
        } catch (RuntimeException e) {
            tell(e);
            return Optional.empty();
        }
    }

    /**
     * Runs a command whose result the view shows. After a refusal the view shows {@code afterRefusal} (usually
     * the stored state, re-read); while the database cannot be reached there is nothing to re-read, and the
     * result is empty: the view keeps what it showed before, and the user has been told to try again.
     */
    public static <T> Optional<T> attempt(Supplier<T> command, Supplier<T> afterRefusal) {
        try {
            return Optional.ofNullable(command.get());
        } catch (RuntimeException e) {
            tell(e);
            return DatabaseUnavailable.causedBy(e) ? Optional.empty() : Optional.ofNullable(afterRefusal.get());
        }
    }

    /** Tells the user why their command did not happen, or rethrows what is not theirs to act on. */
    private static void tell(RuntimeException e) {
        if (e instanceof RuleViolationException || e instanceof ConcurrentEditException || e instanceof NotFoundException) {
            error(e.getMessage());
        } else if (e instanceof AccessDeniedException) {
            error("You are not allowed to do that: " + e.getMessage());
        } else if (DatabaseUnavailable.causedBy(e)) {
            error(DatabaseUnavailable.MESSAGE);
        } else {
            throw e;
        }
    }

    public static boolean attempt(Runnable command) {
        return attempt(() -> {
            command.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    public static void error(String message) {
        Notification notification = new Notification(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("gba-error-notification");
        notification.open();
    }

    public static void success(String message) {
        Notification notification = new Notification(message, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.open();
    }
}
