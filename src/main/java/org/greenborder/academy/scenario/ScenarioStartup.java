package org.greenborder.academy.scenario;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the scenario folder at start; an invalid file is listed for admins and never stops the application. */
@Component
@Order(40)
class ScenarioStartup implements ApplicationRunner {

    private final ScenarioCatalogue catalogue;
    private final boolean loadOnStart;

    ScenarioStartup(ScenarioCatalogue catalogue, @Value("${gba.scenarios.load-on-start:true}") boolean loadOnStart) {
        this.catalogue = catalogue;
        this.loadOnStart = loadOnStart;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (loadOnStart) {
            catalogue.load();
        }
    }
}
