package org.greenborder.academy.scenario.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchRuntimeException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.greenborder.academy.scenario.AttemptView;
import org.greenborder.academy.scenario.ScenarioService;
import org.greenborder.academy.shared.DatabaseUnavailable;
import org.greenborder.academy.shared.ui.ServerErrorView;
import org.greenborder.academy.support.BrowserlessTestBase;
import org.greenborder.academy.support.PrivateMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away while trainees work (killed, or shut down by an operator) and comes back on the same
 * data. The move made while it is away fails with a message saying so and can simply be made again; every move
 * saved before is still there; the application is not restarted: its connection pool recovers by itself.
 * Runs on a private MariaDB server of its own, so that killing it disturbs no other test.
 */
@SpringBootTest
@ActiveProfiles("mysql")
@DirtiesContext
class AttemptDuringDatabaseRestartIT extends BrowserlessTestBase {

    private static final String SCENARIO = "hcfc22-declared-as-hfc134a";

    static PrivateMariaDb db;

    @BeforeAll
    static void startOwnServer() {
        db = PrivateMariaDb.start();
    }

    @AfterAll
    static void stopOwnServer() {
        if (db != null) {
            db.close();
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> db.url());
        registry.add("spring.datasource.username", () -> PrivateMariaDb.USER);
        registry.add("spring.datasource.password", () -> PrivateMariaDb.PASSWORD);
        registry.add("gba.demo-data.enabled", () -> "false");
        registry.add("spring.jpa.properties.hibernate.search.backend.directory.type", () -> "local-heap");
    }

    @Autowired
    ScenarioService scenarios;

    @AfterEach
    void serverIsUpForTheNextTest() {
        db.restart();
    }

    @Test
    @WithMockUser(username = "trainee-killed-db", roles = "TRAINEE")
    void aMoveWhileTheDatabaseIsKilledSaysSoAndSucceedsWhenMadeAgain() {
        navigate(TrainingView.class);
        test(find(Button.class).withId("start-" + SCENARIO).single()).click();
        AttemptScreen screen = (AttemptScreen) getCurrentView();
        long id = screen.view.id();
        test(find(Button.class).withId("action-licence-check").single()).click();
        test(find(Checkbox.class).withId("flag-price").single()).click();

        db.stop(true); // SIGKILL: no clean shutdown, connections cut

        test(find(Button.class).withId("action-digit-check").single()).click();
        assertThat(test(find(Notification.class).withId("gba-error-notification").last()).getText())
                .isEqualTo("Could not save: the database is not reachable. Try again in a moment.");
        assertThat(screen.view.inspections()).extracting(AttemptView.Inspection::id).containsExactly("licence-check");
        assertThat(find(Button.class).withId("action-digit-check").single().isEnabled()).as("can be pressed again").isTrue();
        // a note that could not be saved is not shown as saved
        test(find(Checkbox.class).withId("flag-disposable").single()).click();
        assertThat(find(Checkbox.class).withId("flag-disposable").single().getValue()).isFalse();

        db.restart();

        test(find(Button.class).withId("action-digit-check").single()).click();
        test(find(Checkbox.class).withId("flag-disposable").single()).click();
        assertThat(find(Div.class).withId("finding-digit-check").exists()).isTrue();
        AttemptView stored = scenarios.attempt(id);
        assertThat(stored.inspections()).extracting(AttemptView.Inspection::id).containsExactly("licence-check", "digit-check");
        assertThat(stored.notebook()).filteredOn(AttemptView.Flag::noted).extracting(AttemptView.Flag::id)
                .containsExactlyInAnyOrder("price", "disposable");
        assertThat(stored.stepCount()).isEqualTo(4);
    }

    @Test
    @WithMockUser(username = "trainee-stopped-db", roles = "TRAINEE")
    void aMoveWhileTheDatabaseIsShutDownFailsAsUnreachableAndSucceedsAfterItsRestart() {
        long id = scenarios.start(SCENARIO, 42L);
        scenarios.inspect(id, "licence-check");
        scenarios.note(id, "price", true);

        db.stop(false); // SIGTERM: the server shuts down cleanly and closes every connection

        assertThatThrownBy(() -> scenarios.inspect(id, "digit-check"))
                .as("fails as 'database unreachable', which views turn into the message to try again")
                .satisfies(failure -> assertThat(DatabaseUnavailable.causedBy(failure)).isTrue());
        // a failure that no view caught reaches the session's error handler, which says the same where the user is
        RuntimeException uncaught = catchRuntimeException(() -> scenarios.myAttempts());
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(uncaught));
        assertThat(test(find(Notification.class).withId("gba-error-notification").last()).getText())
                .isEqualTo("The database is not reachable. Try again in a moment.");
        // a page that cannot be read says why, instead of a bare error page
        UI.getCurrent().navigate(MyTrainingView.class);
        assertThat(getCurrentView()).isInstanceOf(ServerErrorView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("The database is not reachable")
                .contains("What you saved before is safe");

        db.restart();

        UI.getCurrent().navigate(MyTrainingView.class);
        assertThat(getCurrentView()).isInstanceOf(MyTrainingView.class);
        AttemptView after = scenarios.inspect(id, "digit-check");
        assertThat(after.inspections()).extracting(AttemptView.Inspection::id).containsExactly("licence-check", "digit-check");
        AttemptView stored = scenarios.attempt(id);
        assertThat(stored.notebook()).filteredOn(AttemptView.Flag::noted).extracting(AttemptView.Flag::id).containsExactly("price");
        assertThat(stored.stepCount()).isEqualTo(3);
        assertThat(scenarios.myAttempts()).singleElement().satisfies(attempt -> assertThat(attempt.id()).isEqualTo(id));
    }
}
