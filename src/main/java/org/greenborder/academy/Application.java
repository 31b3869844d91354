package org.greenborder.academy;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.greenborder.academy.scenario.ScenarioValidation;
import org.greenborder.academy.shared.persistence.H2Backup;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Green Border Academy. Also the Vaadin app shell: Lumo is not applied automatically in Vaadin 25, and the
 * product's own styles come as a plain stylesheet because no frontend build can run on the target machines.
 * Server push carries live exercises to the room (boards, group attempts, "an exercise has started"). Scheduling
 * retries the repair of a search index that could not be written (GuidanceIndex).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/greenborder.css")
@Push
@Meta(name = "description", content = "Green Border Academy: enforcement training against illegal trade in hazardous waste, ODS and chemicals")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(ScenarioValidation.COMMAND)) {
            // a command-line check for scenario authors: no server, no database
            System.exit(ScenarioValidation.run(java.util.List.of(args), System.out, System.err));
        }
        if (H2Backup.isCommand(args)) {
            // the operator's backup and restore of the embedded database: no server, and the application stopped
            System.exit(H2Backup.run(java.util.List.of(args), System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Green Border Academy");
    }
}
