package org.barometer.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The embedded H2 store in a data folder, opened by one process at a time: no auto-server and no TCP port, the
 * folder readable by its owner only (0700, its files 0600), and the database user's password a random one kept in
 * the folder's {@code store.password} (0600), made on first use; a store made before had an empty password, which is
 * set on first open.
 */
record EmbeddedStore(Path folder) {

    static final String USER = "sa";
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    EmbeddedStore {
        folder = folder.toAbsolutePath().normalize();
    }

    /**
     * WRITE_DELAY=0: each commit is written to the file before it is acknowledged (H2's default keeps it half a second),
     * and synced to the disk ({@link SyncedFiles}).
     */
    String url() {
        SyncedFiles.register();
        return "jdbc:h2:file:" + SyncedFiles.PREFIX + folder.resolve("barometer") + ";WRITE_DELAY=0";
    }

    /** H2's error code for a database file locked by another process. */
    static final int IN_USE = 90020;

    /** Whether a failure, or any of its causes, is H2 finding the store's file locked by another process. */
    static boolean inUse(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == IN_USE) {
                return true;
            }
        }
        return false;
    }

    UserError inUse() {
        return new UserError("the store in " + folder + " is in use by a running barometer serve; stop it first");
    }

    Path passwordFile() {
        return folder.resolve("store.password");
    }

    /** Makes the folder and the password ready and closes both to anyone but the owner; returns the password. */
    String prepare() {
        try {
            Files.createDirectories(folder);
            probe();
            restrict();
            Path file = passwordFile();
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            String password = newPassword();
            boolean existing = Files.exists(folder.resolve("barometer.mv.db"));
            write(file, password);
            if (existing) {
                try {
                    setPasswordOfOldStore(password);
                } catch (RuntimeException e) {
                    Files.delete(file);
                    throw e;
                }
            }
            return password;
        } catch (IOException e) {
            throw cannotOpen(e);
        }
    }

    /** Whether the folder takes a write at all: a read-only or full file system is refused before H2 opens anything. */
    private void probe() throws IOException {
        Path probe = folder.resolve("write-probe.tmp");
        try {
            Files.write(probe, new byte[64 * 1024], StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, StandardOpenOption.DSYNC);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    UserError cannotOpen(IOException e) {
        String reason = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException failed && failed.getReason() != null ? failed.getReason() : e.getMessage();
        return new UserError("cannot open the store in " + folder + ": " + reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1));
    }

    /** The folder 0700 and every file in it 0600, at most (on a file system without POSIX permissions, nothing to do). */
    void restrict() {
        if (!Files.isDirectory(folder) || Files.getFileAttributeView(folder, PosixFileAttributeView.class) == null) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            set(folder, FOLDER);
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    set(file, FILE);
                }
            }
        } catch (IOException e) {
            throw cannotOpen(e);
        }
    }

    /** Takes away what group and others may do; what the owner may do is left alone (a folder made read-only stays so). */
    private static void set(Path path, Set<PosixFilePermission> permissions) throws IOException {
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(path);
        Set<PosixFilePermission> owners = EnumSet.noneOf(PosixFilePermission.class);
        owners.addAll(now);
        owners.retainAll(permissions);
        if (!owners.equals(now)) {
            Files.setPosixFilePermissions(path, owners);
        }
    }

    private void setPasswordOfOldStore(String password) {
        try (Connection connection = DriverManager.getConnection(url(), USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER USER " + USER + " SET PASSWORD '" + password + "'");
        } catch (SQLException e) {
            if (e.getErrorCode() == IN_USE) {
                throw inUse();
            }
            throw new UserError("the store in " + folder + " has a password but its password file " + passwordFile()
                    + " was lost; restore it from a backup (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    private static void write(Path file, String password) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException(file + " appeared while it was being made", e);
        }
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
