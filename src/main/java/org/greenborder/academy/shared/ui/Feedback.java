package org.greenborder.academy.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import java.util.function.Supplier;
import org.greenborder.academy.shared.ConcurrentEditException;
import org.greenborder.academy.shared.NotFoundException;
import org.greenborder.academy.shared.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs a service command from a view and tells the user, where they are, why it was refused. Only the refusals
 * a user can act on are caught; anything else is a bug and goes to Vaadin's error handler.
 */
public final class Feedback {

    private Feedback() {
    }

    public static <T> Optional<T> attempt(Supplier<T> command) {
        try {
            return Optional.ofNullable(command.get());
        } catch (RuleViolationException | ConcurrentEditException | NotFoundException e) {
            error(e.getMessage());
        } catch (AccessDeniedException e) {
            error("You are not allowed to do that: " + e.getMessage());
        }
        return Optional.empty();
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
