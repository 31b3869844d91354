package org.greenborder.academy.scenario;

import java.nio.file.Files;
import java.nio.file.Path;

/** Which files in a scenario folder are scenarios: YAML files, except those whose name starts with "_" or ".". */
final class ScenarioFiles {

    private ScenarioFiles() {
    }

    static boolean isScenarioFile(Path path) {
        String name = path.getFileName().toString();
        return Files.isRegularFile(path) && (name.endsWith(".yaml") || name.endsWith(".yml"))
                && !name.startsWith("_") && !name.startsWith(".");
    }
}
