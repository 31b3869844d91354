package org.greenborder.academy.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.greenborder.academy.Application;
import org.greenborder.academy.support.PrivateMariaDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production installation backed up and restored with exactly the commands of docs/backup.md: mysqldump of
 * the running database, the dump loaded into a new database by the mysql client in sandbox mode, and the
 * application started on it with a new data directory (so no search index): everything is back. Runs on a
 * private MariaDB server, where the test may create databases.
 */
class MariaDbBackupRestoreIT {

    /** As in docs/backup.md; the test fails if the two part. */
    static final String DUMP = "mysqldump --defaults-extra-file=/etc/greenborder/backup.cnf --single-transaction"
            + " --routines --triggers --hex-blob --no-tablespaces --default-character-set=utf8mb4 greenborder";
    static final String LOAD = "mysql --defaults-extra-file=/etc/greenborder/backup.cnf --sandbox greenborder_restored";

    @TempDir
    Path dir;

    @Test
    void aDumpLoadedIntoANewDatabaseStartsTheApplicationWithEverything() throws Exception {
        String doc = Files.readString(Path.of("docs", "backup.md"));
        assertThat(doc).as("docs/backup.md gives the commands this test runs").contains(DUMP).contains(LOAD);
        String mysqldump = PrivateMariaDb.requireClient("mysqldump", "mariadb-dump");
        String mysql = PrivateMariaDb.requireClient("mysql", "mariadb");

        try (PrivateMariaDb db = PrivateMariaDb.start()) {
            BackupRestoreScenario.Written written;
            Path dump = dir.resolve("greenborder.sql");
            Path options = optionFile(db);
            try (ConfigurableApplicationContext running = start(db.url(), dir.resolve("data"))) {
                written = BackupRestoreScenario.write(running);
                // online: the application keeps running while mysqldump reads one consistent snapshot
                run(command(DUMP, mysqldump, options), null, dump);
            }
            assertThat(Files.readString(dump)).contains("CREATE TABLE `scenario_attempt_step`").contains("Dump completed");

            try (Connection root = db.rootConnection(); Statement sql = root.createStatement()) {
                sql.execute("CREATE DATABASE greenborder_restored CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                sql.execute("GRANT ALL ON greenborder_restored.* TO '" + PrivateMariaDb.USER + "'@'127.0.0.1'");
            }
            run(command(LOAD, mysql, options), dump, dir.resolve("load.out"));

            try (ConfigurableApplicationContext restored = start(db.url("greenborder_restored"), dir.resolve("new-data"))) {
                BackupRestoreScenario.checkRestored(restored, written);
            }
        }
    }

    /** The documented command with this machine's program and option file in place of the documented ones. */
    private static List<String> command(String documented, String program, Path options) {
        List<String> words = new ArrayList<>(List.of(documented.split(" ")));
        words.set(0, program);
        words.replaceAll(word -> word.equals("--defaults-extra-file=/etc/greenborder/backup.cnf")
                ? "--defaults-extra-file=" + options : word);
        return words;
    }

    /** The option file of docs/backup.md: the password is never on a command line, where ps would show it. */
    private Path optionFile(PrivateMariaDb db) throws IOException {
        Path file = dir.resolve("backup.cnf");
        Files.writeString(file, "[client]\nhost=127.0.0.1\nport=" + db.port() + "\nuser=" + PrivateMariaDb.USER
                + "\npassword=" + PrivateMariaDb.PASSWORD + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private static void run(List<String> command, Path input, Path output) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(output.resolveSibling(output.getFileName() + ".err").toFile());
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Process process = builder.start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": "
                + Files.readString(output.resolveSibling(output.getFileName() + ".err"))).isZero();
    }

    private static ConfigurableApplicationContext start(String url, Path data) throws SQLException {
        return new SpringApplicationBuilder(Application.class).profiles("mysql").run(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PrivateMariaDb.USER,
                "--spring.datasource.password=" + PrivateMariaDb.PASSWORD,
                "--gba.data-dir=" + data,
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
                "--gba.demo-data.enabled=false",
                "--gba.guidance.import-on-start=false");
    }
}
