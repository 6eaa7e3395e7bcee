package org.barometer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No side door into the embedded store: `serve` listens on its web port only, a second process is told the store is
 * in use, the folder and its files are the owner's alone, and the database user has a password kept in the folder.
 */
class EmbeddedStoreTests {

    @TempDir
    Path folder;

    @Test
    void aRunningServeHoldsTheStoreAloneAndListensOnItsWebPortOnly() throws Exception {
        Path data = folder.resolve("store");
        try (ServeProcess serve = ServeProcess.serve(folder, "serve", data, "--no-sample", "--no-demo-accounts").awaitServing()) {
            assertThat(listeningPorts(serve.process.pid())).containsExactly(serve.port);
            assertThat(data.resolve("barometer.lock.db")).as("H2's auto-server address file").doesNotExist();

            Cli second = Cli.run("user", "list", "--data", data.toString());

            assertThat(second.status()).isEqualTo(1);
            assertThat(second.err()).isEqualTo("barometer: the store in " + data
                    + " is in use by a running barometer serve; stop it first" + System.lineSeparator());
        }

        assertThat(Files.getPosixFilePermissions(data)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.toList()).isNotEmpty().allSatisfy(file ->
                    assertThat(Files.getPosixFilePermissions(file)).as(file.toString()).isEqualTo(PosixFilePermissions.fromString("rw-------")));
        }
        String url = new EmbeddedStore(data).url();
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(28000));
        try (Connection connection = DriverManager.getConnection(url, "sa", Files.readString(data.resolve("store.password")).strip())) {
            assertThat(connection.isValid(1)).isTrue();
        }
    }

    @Test
    void aStoreMadeWithAnEmptyPasswordGetsARandomOneOnFirstOpen() throws Exception {
        Path data = folder.resolve("old");
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        String url = new EmbeddedStore(data).url();
        DriverManager.getConnection(url, "sa", "").close();

        Cli list = Cli.run("user", "list", "--data", data.toString());

        assertThat(list.status()).as(list.err()).isZero();
        Path passwordFile = data.resolve("store.password");
        assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(data)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        String password = Files.readString(passwordFile).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(32);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(28000));
        DriverManager.getConnection(url, "sa", password).close();
        assertThat(Cli.run("user", "list", "--data", data.toString()).status()).isZero();
    }

    /** The TCP ports a process listens on: its socket inodes matched against the kernel's listening sockets. */
    private static Set<Integer> listeningPorts(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while listed
                }
            }
        }
        Set<Integer> ports = new HashSet<>();
        for (String table : List.of("tcp", "tcp6")) {
            Path file = Path.of("/proc", Long.toString(pid), "net", table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] columns = line.trim().split("\\s+");
                if (columns[3].equals("0A") && inodes.contains(columns[9])) {
                    ports.add(Integer.parseInt(columns[1].substring(columns[1].indexOf(':') + 1), 16));
                }
            }
        }
        return ports;
    }
}
