package org.barometer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * The embedded store on a disk that fills up under a running `serve` while analysts save: a save that cannot be
 * written is answered 503 and not acknowledged, never 500; once space is freed, saving works again by itself; and every
 * acknowledged addition is there after a kill -9 and a restart. The disk is a small tmpfs (mounting needs root).
 */
class FullDiskTests {

    @TempDir
    Path folder;

    @Test
    void aFullDiskLosesNoAcknowledgedSaveAndServiceResumesWhenSpaceIsFreed() throws Exception {
        Path disk = folder.resolve("disk");
        Files.createDirectories(disk);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", disk.toString()).redirectErrorStream(true).start();
        String said = new String(mount.getInputStream().readAllBytes());
        if (!mount.waitFor(30, TimeUnit.SECONDS) || mount.exitValue() != 0) {
            System.out.println("FullDiskTests skipped: cannot mount a tmpfs (" + said.strip() + ")");
            Assumptions.abort("cannot mount a tmpfs to fill: " + said.strip());
        }
        try {
            Path data = disk.resolve("store");
            Map<String, String> passwords;
            Writers writers;
            int management = ServeProcess.freePort();
            try (ServeProcess serve = ServeProcess.serve(folder, "serve", data, "--management-port", Integer.toString(management)).awaitServing()) {
                passwords = Writers.demoAccounts(serve.stdout());
                Writers.openCorrection(serve.base(), passwords);
                writers = Writers.start(serve.base(), passwords, 3);
                writers.awaitAcknowledged(20);

                Path filler = disk.resolve("filler");
                fill(filler);
                awaitAnswer(writers, "503");
                HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).isEqualTo(503);
                assertThat(health.body()).containsPattern("\"diskSpace\":\\{(\"details\":\\{[^}]*\\},)?\"status\":\"DOWN\"");
                int beforeFreeing = writers.acknowledged.size();
                Files.delete(filler);
                writers.awaitAcknowledged(beforeFreeing + 10);
                serve.kill();
                writers.stop();
                assertThat(writers.answers).doesNotContainKey("500");
            }
            try (ServeProcess again = ServeProcess.serve(folder, "again", data).awaitServing()) {
                WebSession editor = WebSession.signIn(again.base(), "editor", passwords.get("editor"));
                assertThat(writers.missing(editor)).as("acknowledged additions lost, of " + writers.acknowledged.size()
                        + "; answers " + writers.answers).isEmpty();
            }
        } finally {
            new ProcessBuilder("umount", "-l", disk.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Writes until the disk is full to the last byte. */
    private static void fill(Path filler) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // no space left
        }
        try (OutputStream out = Files.newOutputStream(filler.resolveSibling("filler-last"))) {
            while (true) {
                out.write(block, 0, 512);
                out.flush();
            }
        } catch (IOException full) {
            // to the last byte
        }
    }

    private static void awaitAnswer(Writers writers, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!writers.answers.containsKey(status)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no save was answered " + status + " on a full disk: " + writers.answers);
            }
            Thread.sleep(50);
        }
    }
}
