package org.barometer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of `serve` on the embedded store while analysts are saving: every addition the server acknowledged (a
 * redirect to the saved event) is there after a restart.
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
}
