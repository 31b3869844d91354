package org.greenborder.academy.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.greenborder.academy.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded installation backed up as docs/backup.md says (the application stopped, {@code backup-h2}),
 * restored into a new data directory ({@code restore-h2}), and started there: everything is back, and search
 * works because the application rebuilds the index that the new data directory lacks.
 */
class H2BackupRestoreTest {

    @TempDir
    Path dir;

    @Test
    void whatWasEnteredBeforeTheBackupIsThereAfterTheRestore() {
        Path data = dir.resolve("data");
        BackupRestoreScenario.Written written;
        try (ConfigurableApplicationContext running = start(data)) {
            written = BackupRestoreScenario.write(running);
        }

        Path zip = dir.resolve("greenborder-backup.zip");
        assertThat(command("backup-h2", "--data-dir", data.toString(), zip.toString())).isZero();
        Path restored = dir.resolve("restored");
        assertThat(command("restore-h2", "--data-dir", restored.toString(), zip.toString())).isZero();
        assertThat(restored.resolve("index")).doesNotExist();

        try (ConfigurableApplicationContext afterRestore = start(restored)) {
            BackupRestoreScenario.checkRestored(afterRestore, written);
        }
    }

    private static int command(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = H2Backup.run(List.of(args), System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return exit;
    }

    /** The application as installed: a file database and an index on disk under the data directory. */
    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0",
                "--gba.data-dir=" + data,
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db").resolve("greenborder") + ";${gba.h2-options}",
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
                "--gba.demo-data.enabled=false",
                "--gba.guidance.import-on-start=false");
    }
}
