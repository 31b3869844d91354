package org.greenborder.academy.shared.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Backup and restore of the embedded H2 database, for the operator at the server's shell (see docs/backup.md):
 * <ul>
 * <li>{@code backup-h2 [--data-dir DIR] FILE.zip}: H2's own {@code BACKUP TO}, a consistent copy of the database
 * file in a zip, with the application stopped (H2 locks the file while the application runs).</li>
 * <li>{@code restore-h2 [--data-dir DIR] [--max-bytes N] FILE.zip}: puts the database file of such a zip into an
 * empty data directory. No SQL from the backup is ever run (H2's RUNSCRIPT would run whatever a script holds,
 * {@code CREATE ALIAS} with Java code included), the zip must hold exactly the one database file, its name may
 * not leave the target folder, and it may not unpack to more than {@code --max-bytes}.</li>
 * </ul>
 * The data directory is {@code GBA_DATA_DIR} (as for the application), else {@code ./data}. Exit code 0 when done,
 * 1 when the backup or restore failed, 2 when the arguments are wrong. There is deliberately no way to restore
 * from inside the application: an upload that replaces the database would hand the database, and with H2 code
 * execution, to whoever could reach that page.
 */
public final class H2Backup {

    public static final String BACKUP = "backup-h2";
    public static final String RESTORE = "restore-h2";
    /** The database file under the data directory, as {@code spring.datasource.url} names it. */
    static final String DATABASE_FILE = "greenborder.mv.db";
    /** The options of {@code gba.h2-options} in application.properties, so the file is opened as the app opens it. */
    static final String H2_OPTIONS = "MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
    static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024 * 1024;
    /** How an H2 MVStore file begins; anything else in a backup is not a database of ours. */
    private static final byte[] MV_STORE_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private H2Backup() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && (args[0].equals(BACKUP) || args[0].equals(RESTORE));
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(args);
        String command = rest.isEmpty() ? "" : rest.removeFirst();
        String dataDir = System.getenv().getOrDefault("GBA_DATA_DIR", "./data");
        long maxBytes = DEFAULT_MAX_BYTES;
        try {
            String given = option(rest, "--data-dir");
            if (given != null) {
                dataDir = given;
            }
            String max = option(rest, "--max-bytes");
            if (max != null) {
                maxBytes = Long.parseLong(max);
            }
        } catch (IllegalArgumentException e) {
            return usage(err);
        }
        if (rest.size() != 1 || !(command.equals(BACKUP) || command.equals(RESTORE))) {
            return usage(err);
        }
        Path data = Path.of(dataDir).toAbsolutePath().normalize();
        Path zip = Path.of(rest.getFirst()).toAbsolutePath().normalize();
        return command.equals(BACKUP) ? backup(data, zip, out, err) : restore(zip, data, maxBytes, out, err);
    }

    static int backup(Path data, Path zip, PrintStream out, PrintStream err) {
        Path database = data.resolve("db").resolve(DATABASE_FILE);
        if (!Files.isRegularFile(database)) {
            err.println("No database at " + database + " (give the data directory with --data-dir or GBA_DATA_DIR)");
            return 2;
        }
        if (Files.exists(zip)) {
            err.println(zip + " exists already; a backup never overwrites a file");
            return 2;
        }
        String url = "jdbc:h2:file:" + data.resolve("db").resolve("greenborder") + ";" + H2_OPTIONS + ";IFEXISTS=TRUE";
        try {
            Class.forName("org.h2.Driver"); // registered from the jar's own class loader when run as java -jar
        } catch (ClassNotFoundException e) {
            err.println("The H2 driver is missing from this build");
            return 1;
        }
        try (Connection connection = DriverManager.getConnection(url, user(), password());
             Statement sql = connection.createStatement()) {
            sql.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            if (e.getErrorCode() == 90020) { // DATABASE_ALREADY_OPEN_1
                err.println("The database is in use: stop the application, then back up (" + database + ")");
            } else {
                err.println("Backup failed: " + e.getMessage());
            }
            return 1;
        }
        try {
            out.println("Backed up " + database + " to " + zip + " (" + Files.size(zip) + " bytes, SHA-256 " + sha256(zip) + ")");
        } catch (IOException e) {
            err.println("Backup written to " + zip + " but could not be read back: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    static int restore(Path zip, Path data, long maxBytes, PrintStream out, PrintStream err) {
        if (!Files.isRegularFile(zip)) {
            err.println("No backup at " + zip);
            return 2;
        }
        if (Files.exists(data) && !isEmptyDirectory(data)) {
            err.println(data + " is not empty: restore into a new, empty data directory (a search index left there"
                    + " would not match the restored database), then point GBA_DATA_DIR at it");
            return 2;
        }
        boolean dataDirIsNew = !Files.exists(data);
        Path dbDir = data.resolve("db");
        Path target = dbDir.resolve(DATABASE_FILE);
        Path partial = dbDir.resolve(DATABASE_FILE + ".part");
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            ZipEntry entry = onlyDatabaseEntry(archive, dbDir, maxBytes);
            Files.createDirectories(dbDir);
            long written;
            try (InputStream in = archive.getInputStream(entry); OutputStream copy = Files.newOutputStream(partial)) {
                written = copyAtMost(in, copy, maxBytes);
            }
            if (!startsWith(partial, MV_STORE_HEADER)) {
                throw new RefusedBackup("the file in the backup is not an H2 database");
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            out.println("Restored " + zip + " (SHA-256 " + sha256(zip) + ") to " + target + " (" + written + " bytes)."
                    + " Start the application with GBA_DATA_DIR=" + data + "; it rebuilds the search index.");
            return 0;
        } catch (RefusedBackup e) {
            err.println("Refused " + zip + ": " + e.getMessage() + ". Nothing was restored.");
        } catch (IOException e) {
            err.println("Restore failed: " + e.getMessage() + ". Nothing was restored.");
        }
        try {
            Files.deleteIfExists(partial);
            if (Files.isDirectory(dbDir) && isEmptyDirectory(dbDir)) {
                Files.delete(dbDir);
            }
            if (dataDirIsNew && Files.isDirectory(data) && isEmptyDirectory(data)) {
                Files.delete(data); // as it was: the operator can try again with the same command
            }
        } catch (IOException ignored) {
            // the message above already says the restore failed
        }
        return 1;
    }

    /** The one entry of the zip, checked before a byte is unpacked: its name, its place, its declared size. */
    private static ZipEntry onlyDatabaseEntry(ZipFile archive, Path dbDir, long maxBytes) {
        List<ZipEntry> entries = new ArrayList<>();
        Enumeration<? extends ZipEntry> all = archive.entries();
        while (all.hasMoreElements()) {
            entries.add(all.nextElement());
            if (entries.size() > 1) {
                throw new RefusedBackup("it holds more than the database file");
            }
        }
        if (entries.isEmpty()) {
            throw new RefusedBackup("it is empty");
        }
        ZipEntry entry = entries.getFirst();
        String name = entry.getName();
        // the target is fixed; the entry's name is only checked, so no name can place a file anywhere else
        Path resolved = dbDir.resolve(name).normalize();
        if (entry.isDirectory() || !name.equals(DATABASE_FILE) || !resolved.startsWith(dbDir)) {
            throw new RefusedBackup("it holds '" + name + "', not " + DATABASE_FILE);
        }
        if (entry.getSize() > maxBytes) {
            throw new RefusedBackup("its database file is larger than " + maxBytes + " bytes");
        }
        return entry;
    }

    /** The declared size of a zip entry may lie: count what is really unpacked. */
    private static long copyAtMost(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                throw new RefusedBackup("its database file unpacks to more than " + maxBytes + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private static boolean startsWith(Path file, byte[] header) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(header.length), header);
        }
    }

    private static boolean isEmptyDirectory(Path dir) {
        try (var files = Files.list(dir)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static String option(List<String> args, String name) {
        int at = args.indexOf(name);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(name);
        }
        String value = args.get(at + 1);
        args.subList(at, at + 2).clear();
        return value;
    }

    private static String user() {
        return System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "sa");
    }

    private static String password() {
        return System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
    }

    private static int usage(PrintStream err) {
        err.println("usage: " + BACKUP + " [--data-dir DIR] FILE.zip    (with the application stopped)");
        err.println("       " + RESTORE + " [--data-dir NEW_EMPTY_DIR] [--max-bytes N] FILE.zip");
        return 2;
    }

    private static final class RefusedBackup extends RuntimeException {
        RefusedBackup(String reason) {
            super(reason);
        }
    }
}
