package org.greenborder.academy.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator's backup and restore of the embedded database, and what a restore refuses to unpack. */
class H2BackupTest {

    @TempDir
    Path dir;
    Path data;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = H2Backup.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("db").resolve("greenborder") + ";" + H2Backup.H2_OPTIONS;
    }

    @BeforeEach
    void aDatabaseWithARow() throws SQLException {
        data = dir.resolve("data");
        try (Connection connection = DriverManager.getConnection(url(data), "sa", ""); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE person (id BIGINT PRIMARY KEY, local_name VARCHAR(120))");
            sql.execute("INSERT INTO person VALUES (1, 'ຄຳເພັດ ສີສະຫວາດ')");
            sql.execute("SHUTDOWN"); // closed, as when the application has stopped
        }
    }

    @Test
    void aBackupRestoresIntoANewDataDirectoryWithEveryRow() throws Exception {
        Path zip = dir.resolve("backup.zip");
        Run backup = run("backup-h2", "--data-dir", data.toString(), zip.toString());
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("SHA-256 " + H2Backup.sha256(zip));
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            assertThat(archive.stream().map(ZipEntry::getName)).containsExactly(H2Backup.DATABASE_FILE);
        }

        Path restored = dir.resolve("restored");
        Run restore = run("restore-h2", "--data-dir", restored.toString(), zip.toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("SHA-256 " + H2Backup.sha256(zip)).contains("GBA_DATA_DIR=" + restored);
        try (Connection connection = DriverManager.getConnection(url(restored) + ";IFEXISTS=TRUE", "sa", "");
             ResultSet row = connection.createStatement().executeQuery("SELECT local_name FROM person WHERE id = 1")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("ຄຳເພັດ ສີສະຫວາດ");
        }
        assertThat(run("backup-h2", "--data-dir", data.toString(), zip.toString()).exit()).as("never overwrites").isEqualTo(2);
    }

    @Test
    void aBackupWhileTheApplicationHoldsTheDatabaseSaysToStopItFirst() throws Exception {
        try (Connection running = DriverManager.getConnection(url(data), "sa", "")) {
            // another JVM, as the operator's command is: within one JVM H2 would share the open database
            String java = ProcessHandle.current().info().command().orElse("java");
            Process backup = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), H2Backup.class.getName(),
                    "backup-h2", "--data-dir", data.toString(), dir.resolve("backup.zip").toString())
                    .redirectErrorStream(true).start();
            String output = new String(backup.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(backup.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(backup.exitValue()).as(output).isEqualTo(1);
            assertThat(output).contains("The database is in use: stop the application, then back up");
            assertThat(dir.resolve("backup.zip")).doesNotExist();
        }
    }

    @Test
    void aRestoreRefusesEveryEntryButTheDatabaseFileAndWritesNothing() throws IOException {
        byte[] database = Files.readAllBytes(data.resolve("db").resolve(H2Backup.DATABASE_FILE));
        List<List<String>> refused = List.of(
                List.of("../" + H2Backup.DATABASE_FILE),           // zip-slip out of db/
                List.of("../../outside.mv.db"),
                List.of("/tmp/" + H2Backup.DATABASE_FILE),          // an absolute name
                List.of("db/" + H2Backup.DATABASE_FILE),            // a folder inside
                List.of(H2Backup.DATABASE_FILE, "greenborder.trace.db"), // anything besides the database
                List.of());
        for (List<String> names : refused) {
            Path zip = zip("refused-" + names.size() + "-" + Math.abs(names.hashCode()) + ".zip", names, database);
            Path target = dir.resolve("target-" + Math.abs(names.hashCode()));
            Run restore = run("restore-h2", "--data-dir", target.toString(), zip.toString());
            assertThat(restore.exit()).as("%s: %s", names, restore.err()).isEqualTo(1);
            assertThat(restore.err()).contains("Refused").contains("Nothing was restored");
            assertThat(target).as("%s", names).doesNotExist();
        }
        assertThat(dir.resolve(H2Backup.DATABASE_FILE)).doesNotExist();
        assertThat(dir.getParent().resolve("outside.mv.db")).doesNotExist();
    }

    @Test
    void aRestoreRefusesAFileThatIsNotADatabaseOrTooLarge() throws IOException {
        Path notH2 = zip("text.zip", List.of(H2Backup.DATABASE_FILE), "CREATE ALIAS EXEC AS 'String exec(String c)'".getBytes(StandardCharsets.UTF_8));
        Run text = run("restore-h2", "--data-dir", dir.resolve("t1").toString(), notH2.toString());
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.err()).contains("not an H2 database");
        assertThat(dir.resolve("t1")).doesNotExist();

        Path zip = dir.resolve("backup.zip");
        assertThat(run("backup-h2", "--data-dir", data.toString(), zip.toString()).exit()).isZero();
        Run tooLarge = run("restore-h2", "--data-dir", dir.resolve("t2").toString(), "--max-bytes", "1024", zip.toString());
        assertThat(tooLarge.exit()).isEqualTo(1);
        assertThat(tooLarge.err()).contains("larger than 1024 bytes");
        assertThat(dir.resolve("t2")).doesNotExist();
    }

    @Test
    void aRestoreNeverWritesOverADataDirectoryInUse() throws IOException {
        Path zip = dir.resolve("backup.zip");
        assertThat(run("backup-h2", "--data-dir", data.toString(), zip.toString()).exit()).isZero();
        byte[] before = Files.readAllBytes(data.resolve("db").resolve(H2Backup.DATABASE_FILE));
        Run restore = run("restore-h2", "--data-dir", data.toString(), zip.toString());
        assertThat(restore.exit()).isEqualTo(2);
        assertThat(restore.err()).contains("is not empty");
        assertThat(Files.readAllBytes(data.resolve("db").resolve(H2Backup.DATABASE_FILE))).isEqualTo(before);
        assertThat(run("restore-h2").exit()).isEqualTo(2);
        assertThat(run("backup-h2", "--data-dir").exit()).isEqualTo(2);
    }

    private Path zip(String name, List<String> entries, byte[] content) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(content);
                out.closeEntry();
            }
        }
        return zip;
    }
}
