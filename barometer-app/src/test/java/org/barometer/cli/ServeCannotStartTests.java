package org.barometer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `serve` that cannot start says why in one line, last, on standard error, and exits 1; no stack trace unless
 * --verbose. Each case is a real `barometer serve` JVM. The read-only and the full folder are tmpfs mounts (root only).
 */
class ServeCannotStartTests {

    @TempDir
    Path folder;

    @Test
    void postgresqlDown() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + ServeProcess.freePort() + "/barometer";

        List<String> err = refused("serve", "--port", "0", "--db-url", url, "--db-user", "barometer");

        assertThat(err.get(err.size() - 1)).isEqualTo("barometer serve: cannot open the store at " + url + ": connection refused");
    }

    @Test
    void withVerboseTheStackTraceIsShownAndTheCauseStillComesLast() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + ServeProcess.freePort() + "/barometer";
        ServeProcess serve = ServeProcess.start(folder, "serve", 0, "serve", "--port", "0", "--db-url", url, "--verbose");

        assertThat(serve.awaitExit()).isEqualTo(1);
        assertThat(serve.stderr()).contains("\tat ").endsWith("barometer serve: cannot open the store at " + url + ": connection refused\n");
    }

    @Test
    void portInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 0));

            List<String> err = refused("serve", "--port", Integer.toString(taken.getLocalPort()), "--data", folder.resolve("store").toString(),
                    "--no-sample", "--no-demo-accounts");

            assertThat(err.get(err.size() - 1)).isEqualTo("barometer serve: port " + taken.getLocalPort()
                    + " is in use by another program; choose another with --port");
        }
    }

    @Test
    void readOnlyDataFolder() throws Exception {
        Path disk = mount("ro,size=1m");
        try {
            List<String> err = refused("serve", "--port", "0", "--data", disk.toString());

            assertThat(err.get(err.size() - 1)).isEqualTo("barometer serve: cannot open the store in " + disk + ": read-only file system");
        } finally {
            unmount(disk);
        }
    }

    @Test
    void fullDataFolder() throws Exception {
        Path disk = mount("size=1m");
        try {
            try (OutputStream out = Files.newOutputStream(disk.resolve("filler"))) {
                while (true) {
                    out.write(new byte[4096]);
                }
            } catch (IOException full) {
                // no space left
            }

            List<String> err = refused("serve", "--port", "0", "--data", disk.toString());

            assertThat(err.get(err.size() - 1)).isEqualTo("barometer serve: cannot open the store in " + disk + ": no space left on device");
        } finally {
            unmount(disk);
        }
    }

    /** Runs the command, which must exit 1 with a short standard error and no stack trace; its lines. */
    private List<String> refused(String... args) throws Exception {
        ServeProcess serve = ServeProcess.start(folder, "serve", 0, args);
        int status = serve.awaitExit();
        String err = serve.stderr();
        assertThat(status).as(err).isEqualTo(1);
        assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
        List<String> lines = err.lines().toList();
        assertThat(lines).as(err).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        return lines;
    }

    private Path mount(String options) throws Exception {
        Path disk = folder.resolve("disk");
        Files.createDirectories(disk);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", disk.toString()).redirectErrorStream(true).start();
        String said = new String(mount.getInputStream().readAllBytes()).strip();
        if (!mount.waitFor(30, TimeUnit.SECONDS) || mount.exitValue() != 0) {
            System.out.println("ServeCannotStartTests: skipped, cannot mount a tmpfs (" + said + ")");
            Assumptions.abort("cannot mount a tmpfs: " + said);
        }
        return disk;
    }

    private static void unmount(Path disk) throws Exception {
        new ProcessBuilder("umount", "-l", disk.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
    }
}
