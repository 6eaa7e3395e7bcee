package org.barometer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of `serve` on the embedded store while analysts are saving: every addition the server acknowledged (a
 * redirect to the saved event) is there after a restart; and each is synced to the disk before it is acknowledged,
 * so that a power loss does not take it either (seen with strace attached to the server).
 */
class CrashDurabilityTests {

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedAdditionSurvivesAKillMinusNine() throws Exception {
        Path data = folder.resolve("store");
        Map<String, String> passwords;
        Writers writers;
        try (ServeProcess first = ServeProcess.serve(folder, "first", data).awaitServing()) {
            passwords = Writers.demoAccounts(first.stdout());
            Writers.openCorrection(first.base(), passwords);
            writers = Writers.start(first.base(), passwords, 5);
            writers.awaitAcknowledged(60);
            first.kill();
            writers.stop();
            assertThat(first.process.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
        }

        try (ServeProcess second = ServeProcess.serve(folder, "second", data).awaitServing()) {
            WebSession editor = WebSession.signIn(second.base(), "editor", passwords.get("editor"));
            assertThat(writers.missing(editor)).as("acknowledged additions lost by kill -9, of " + writers.acknowledged.size()).isEmpty();
        }
    }

    @Test
    void everyAcknowledgedAdditionIsSyncedToTheDiskFirst() throws Exception {
        try (ServeProcess serve = ServeProcess.serve(folder, "serve", folder.resolve("store")).awaitServing()) {
            Map<String, String> passwords = Writers.demoAccounts(serve.stdout());
            Writers.openCorrection(serve.base(), passwords);
            Path trace = folder.resolve("syncs.txt");
            Process strace;
            try {
                strace = new ProcessBuilder("strace", "-f", "-q", "-e", "trace=fsync,fdatasync", "-o", trace.toString(),
                        "-p", Long.toString(serve.process.pid())).redirectErrorStream(true).redirectOutput(folder.resolve("strace.out").toFile()).start();
            } catch (java.io.IOException e) {
                System.out.println("CrashDurabilityTests: the sync check skipped, no strace (" + e.getMessage() + ")");
                Assumptions.abort("strace is not installed");
                return;
            }
            try {
                Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
                while (!Files.exists(trace) && strace.isAlive() && Instant.now().isBefore(deadline)) {
                    Thread.sleep(50);
                }
                Thread.sleep(1000); // strace attaches to the server's threads one by one
                Assumptions.assumeTrue(strace.isAlive(), () -> "strace cannot attach: " + read(folder.resolve("strace.out")));

                Writers writers = Writers.start(serve.base(), passwords, 1);
                writers.awaitAcknowledged(10);
                writers.stop();

                strace.destroy();
                strace.waitFor(30, TimeUnit.SECONDS);
                long syncs = Files.readAllLines(trace).stream().filter(line -> line.contains("fdatasync(") || line.contains("fsync(")).count();
                assertThat(syncs).as("syncs while " + writers.acknowledged.size() + " additions were acknowledged").isGreaterThanOrEqualTo(writers.acknowledged.size());
            } finally {
                strace.destroyForcibly();
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
