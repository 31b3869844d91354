package org.greenborder.academy.scenario.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.greenborder.academy.scenario.ExerciseService;
import org.greenborder.academy.scenario.ExerciseStarted;
import org.greenborder.academy.scenario.LiveUpdates;
import org.greenborder.academy.security.CurrentUser;
import org.greenborder.academy.shared.ui.Feedback;
import org.springframework.stereotype.Component;

/**
 * On every page of a signed-in participant: when an organiser starts an exercise of their workshop, a
 * notification offers to join it at once (server push), whatever page they are on.
 */
@Component
class ExerciseAlerts implements VaadinServiceInitListener {

    private final LiveUpdates live;
    private final CurrentUser currentUser;
    private final ExerciseService exercises;

    ExerciseAlerts(LiveUpdates live, CurrentUser currentUser, ExerciseService exercises) {
        this.live = live;
        this.currentUser = currentUser;
        this.exercises = exercises;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            String username = currentUser.username();
            if (username == null) {
                return;
            }
            Runnable stop = live.onExerciseStarted(username, started -> ui.access(() -> offer(ui, started)));
            ui.addDetachListener(detach -> stop.run());
        });
    }

    private void offer(UI ui, ExerciseStarted started) {
        Notification notification = new Notification();
        notification.setId("exercise-started");
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setDuration(0);
        // the click is the participant's own request: joining runs with their rights
        Button join = new Button("Join now", click -> {
            notification.close();
            Feedback.attempt(() -> exercises.join(started.exerciseId()))
                    .ifPresent(attemptId -> ui.navigate("training/attempt/" + attemptId));
        });
        join.setId("exercise-started-join");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button later = new Button("Later", click -> notification.close());
        notification.add(new HorizontalLayout(new Span("Exercise started: " + started.scenarioTitle()), join, later));
        notification.open();
    }
}
