package org.greenborder.academy.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A MariaDB server of the test's own, started from the installed binaries on a fresh data directory and a free
 * port, so that a test may kill and restart it without disturbing the shared server other builds use. Missing
 * binaries skip the test, or fail it where {@code gba.require-external=true} (see {@link ExternalResources}).
 */
public final class PrivateMariaDb implements AutoCloseable {

    public static final String DATABASE = "greenborder";
    public static final String USER = "greenborder";
    public static final String PASSWORD = "private-test-server";

    private static final Duration READY_WITHIN = Duration.ofSeconds(60);

    private final Path directory;
    private final Path dataDir;
    private final int port;
    private final String server;
    private Process process;

    private PrivateMariaDb(Path directory, int port, String server) {
        this.directory = directory;
        this.dataDir = directory.resolve("data");
        this.port = port;
        this.server = server;
    }

    /** Installs a new data directory, starts the server on it and creates the application's database and user. */
    public static PrivateMariaDb start() {
        String installer = executable("mariadb-install-db", "mysql_install_db");
        String server = executable("mariadbd", "mysqld");
        if (installer == null || server == null) {
            ExternalResources.missing("the MariaDB server binaries (mariadb-install-db, mariadbd) to start a private server;"
                    + " install them with: apt-get install -y mariadb-server");
        }
        try {
            Path directory = Files.createTempDirectory("gba-mariadb-");
            PrivateMariaDb db = new PrivateMariaDb(directory, freePort(), server);
            List<String> install = new ArrayList<>(List.of(installer, "--no-defaults", "--datadir=" + db.dataDir,
                    "--auth-root-authentication-method=normal", "--skip-test-db"));
            asRootIfRoot(install);
            run(install, directory.resolve("install.log"));
            db.startServer();
            try (Connection root = db.rootConnection(); Statement sql = root.createStatement()) {
                sql.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                sql.execute("CREATE USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "'");
                sql.execute("GRANT ALL ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1'");
            }
            return db;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start a private MariaDB server", e);
        }
    }

    public int port() {
        return port;
    }

    public String url() {
        return url(DATABASE);
    }

    public String url(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC";
    }

    /** Ends the server as an operator or the system would: {@code SIGTERM} (a clean shutdown) or {@code SIGKILL}. */
    public void stop(boolean kill) {
        if (process == null) {
            return;
        }
        if (kill) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Starts the server again on the same data directory and port, as after a restart by the operator. */
    public void restart() {
        stop(false);
        startServer();
    }

    public Connection rootConnection() throws SQLException {
        return DriverManager.getConnection(url(""), "root", "");
    }

    @Override
    public void close() {
        stop(false);
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("[gba] could not delete " + directory + ": " + e);
        }
    }

    private void startServer() {
        List<String> command = new ArrayList<>(List.of(server, "--no-defaults", "--datadir=" + dataDir,
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + directory.resolve("mariadb.sock"),
                "--pid-file=" + directory.resolve("mariadb.pid"), "--log-error=" + directory.resolve("error.log"),
                "--innodb-buffer-pool-size=64M", "--skip-name-resolve", "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci"));
        asRootIfRoot(command);
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("server.out").toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + server, e);
        }
        Instant giveUp = Instant.now().plus(READY_WITHIN);
        SQLException last = null;
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("MariaDB ended at start (exit " + process.exitValue() + "); see "
                        + directory.resolve("error.log") + ":\n" + tail(directory.resolve("error.log")));
            }
            try (Connection ignored = rootConnection()) {
                return;
            } catch (SQLException e) {
                last = e;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("MariaDB did not accept connections within " + READY_WITHIN + ":\n"
                + tail(directory.resolve("error.log")), last);
    }

    /** mariadbd refuses to run as root unless told to, and a non-root user may not switch users. */
    private static void asRootIfRoot(List<String> command) {
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root");
        }
    }

    private static void run(List<String> command, Path log) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + tail(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.getFirst(), e);
        }
    }

    /** A MariaDB/MySQL client program (mysqldump, mysql), or the test is skipped (or fails in CI) without it. */
    public static String requireClient(String... names) {
        String found = executable(names);
        if (found == null) {
            ExternalResources.missing("the MySQL/MariaDB client " + String.join(" or ", names)
                    + "; install it with: apt-get install -y mariadb-client");
        }
        return found;
    }

    /** The first of the names found on the PATH or in the usual server directories, or null. */
    static String executable(String... names) {
        List<Path> dirs = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isBlank()) {
                dirs.add(Path.of(dir));
            }
        }
        dirs.addAll(List.of(Path.of("/usr/sbin"), Path.of("/usr/bin"), Path.of("/usr/local/bin"), Path.of("/usr/local/sbin")));
        for (String name : names) {
            for (Path dir : dirs) {
                Path candidate = dir.resolve(name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(" + file + " unreadable: " + e.getMessage() + ")";
        }
    }
}
