package org.barometer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of `serve` on the embedded store while analysts are saving: every addition the server acknowledged (a
 * redirect to the saved event) is there after a restart.
 */
class CrashDurabilityTests {

    private static final Pattern DEMO = Pattern.compile("demo account: (\\w+) (\\S+) (\\S+)");
    private static final Pattern SAVED = Pattern.compile("#event-\\d+$");

    @TempDir
    Path folder;

    record Saved(String catalogue, String description) {
    }

    @Test
    void everyAcknowledgedAdditionSurvivesAKillMinusNine() throws Exception {
        Path data = folder.resolve("store");
        Map<String, String> passwords = new LinkedHashMap<>();
        List<Saved> acknowledged = Collections.synchronizedList(new ArrayList<>());
        try (ServeProcess first = ServeProcess.serve(folder, "first", data).awaitServing()) {
            Matcher demo = DEMO.matcher(first.stdout());
            while (demo.find()) {
                passwords.put(demo.group(2), demo.group(3));
            }
            WebSession editor = WebSession.signIn(first.base(), "editor", passwords.get("editor"));
            String issue = editor.get("/workspace/issues/17").body();
            assertThat(editor.post("/workspace/issues/17/correct", Map.of("note", "Crash test"), issue).statusCode()).isEqualTo(302);

            AtomicBoolean writing = new AtomicBoolean(true);
            List<Thread> writers = new ArrayList<>();
            for (String analyst : passwords.keySet().stream().filter(name -> name.startsWith("analyst-")).limit(5).toList()) {
                Thread writer = new Thread(() -> write(first.base(), analyst, passwords.get(analyst), writing, acknowledged));
                writer.start();
                writers.add(writer);
            }
            while (acknowledged.size() < 60) {
                Thread.sleep(50);
            }
            first.kill();
            writing.set(false);
            for (Thread writer : writers) {
                writer.join();
            }
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(60);

        try (ServeProcess second = ServeProcess.serve(folder, "second", data).awaitServing()) {
            WebSession editor = WebSession.signIn(second.base(), "editor", passwords.get("editor"));
            Map<String, String> pages = new LinkedHashMap<>();
            List<Saved> lost = new ArrayList<>();
            for (Saved saved : List.copyOf(acknowledged)) {
                String page = pages.computeIfAbsent(saved.catalogue(), path -> {
                    try {
                        return editor.get(path).body();
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });
                if (!page.contains(saved.description())) {
                    lost.add(saved);
                }
            }
            assertThat(lost).as("acknowledged additions lost by kill -9, of " + acknowledged.size()).isEmpty();
        }
    }

    /** Adds events to the analyst's catalogue until told to stop or the server is gone; records each acknowledged one. */
    private static void write(String base, String analyst, String password, AtomicBoolean writing, List<Saved> acknowledged) {
        try {
            WebSession session = WebSession.signIn(base, analyst, password);
            String catalogue = analyst.equals("analyst-security") ? "/workspace/issues/17/security"
                    : "/workspace/issues/17/catalogue/" + analyst.substring("analyst-".length());
            String page = session.get(catalogue).body();
            for (int n = 0; writing.get(); n++) {
                String description = "Crash test " + analyst + " event " + n;
                Map<String, String> form = new LinkedHashMap<>();
                form.put("date", (1 + n % 28) + " September");
                form.put("description", description);
                form.put("sources", "https://example.org/crash/" + n);
                if (catalogue.endsWith("/security")) {
                    form.put("national", "-1");
                    form.put("regional", "0");
                } else {
                    form.put("score", Integer.toString(n % 7 - 3));
                }
                HttpResponse<String> answer = session.post(catalogue + "/events", form, page);
                if (answer.statusCode() == 302 && SAVED.matcher(answer.headers().firstValue("Location").orElse("")).find()) {
                    acknowledged.add(new Saved(catalogue, description));
                }
            }
        } catch (IOException | InterruptedException e) {
            // the server was killed: what was not answered was not acknowledged
        }
    }
}
