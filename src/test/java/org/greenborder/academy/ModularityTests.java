package org.greenborder.academy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        Path components = Path.of("target/spring-modulith-docs/components.puml");
        components.toFile().delete();
        new Documenter(modules).writeDocumentation();
        assertThat(components).content().contains("Security and users", "Demo data");
    }
}
