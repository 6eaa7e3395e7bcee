package org.barometer.cli;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Analysts saving events through the real forms of a running `serve`, each in their own catalogue of issue 17 (its
 * correction opened by the editor), and what the server acknowledged: a redirect to the saved event.
 */
final class Writers {

    private static final Pattern DEMO = Pattern.compile("demo account: (\\w+) (\\S+) (\\S+)");
    private static final Pattern SAVED = Pattern.compile("#event-\\d+$");

    record Saved(String catalogue, String description) {
    }

    final List<Saved> acknowledged = Collections.synchronizedList(new ArrayList<>());
    /** Every answer's status, and "IOException" for a request that got none. */
    final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
    private final AtomicBoolean writing = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();

    /** The demo accounts `serve` printed: username to password. */
    static Map<String, String> demoAccounts(String printed) {
        Map<String, String> passwords = new HashMap<>();
        Matcher demo = DEMO.matcher(printed);
        while (demo.find()) {
            passwords.put(demo.group(2), demo.group(3));
        }
        return passwords;
    }

    /** Opens a correction of the published issue 17, so that it can be edited. */
    static void openCorrection(String base, Map<String, String> passwords) throws IOException, InterruptedException {
        WebSession editor = WebSession.signIn(base, "editor", passwords.get("editor"));
        String issue = editor.get("/workspace/issues/17").body();
        int status = editor.post("/workspace/issues/17/correct", Map.of("note", "Writers"), issue).statusCode();
        if (status != 302) {
            throw new IllegalStateException("the correction was not opened: " + status);
        }
    }

    static Writers start(String base, Map<String, String> passwords, int count) {
        Writers writers = new Writers();
        for (String analyst : passwords.keySet().stream().filter(name -> name.startsWith("analyst-")).sorted().limit(count).toList()) {
            Thread thread = new Thread(() -> writers.write(base, analyst, passwords.get(analyst)));
            thread.start();
            writers.threads.add(thread);
        }
        return writers;
    }

    void awaitAcknowledged(int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (acknowledged.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("only " + acknowledged.size() + " additions acknowledged; answers " + answers);
            }
            Thread.sleep(20);
        }
    }

    void stop() throws InterruptedException {
        writing.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** The acknowledged additions that the editor does not find in their catalogues. */
    List<Saved> missing(WebSession editor) throws IOException, InterruptedException {
        Map<String, String> pages = new LinkedHashMap<>();
        List<Saved> lost = new ArrayList<>();
        for (Saved saved : List.copyOf(acknowledged)) {
            String page = pages.get(saved.catalogue());
            if (page == null) {
                page = editor.get(saved.catalogue()).body();
                pages.put(saved.catalogue(), page);
            }
            if (!page.contains(saved.description())) {
                lost.add(saved);
            }
        }
        return lost;
    }

    private void write(String base, String analyst, String password) {
        try {
            WebSession session = WebSession.signIn(base, analyst, password);
            String catalogue = analyst.equals("analyst-security") ? "/workspace/issues/17/security"
                    : "/workspace/issues/17/catalogue/" + analyst.substring("analyst-".length());
            String page = session.get(catalogue).body();
            for (int n = 0; writing.get(); n++) {
                String description = "Test writer " + analyst + " event " + n;
                Map<String, String> form = new LinkedHashMap<>();
                form.put("date", (1 + n % 28) + " September");
                form.put("description", description);
                form.put("sources", "https://example.org/writers/" + n);
                if (catalogue.endsWith("/security")) {
                    form.put("national", "-1");
                    form.put("regional", "0");
                } else {
                    form.put("score", Integer.toString(n % 7 - 3));
                }
                HttpResponse<String> answer;
                try {
                    answer = session.post(catalogue + "/events", form, page);
                } catch (IOException e) {
                    answers.computeIfAbsent("IOException", k -> new AtomicInteger()).incrementAndGet();
                    return; // the server is gone: what was not answered was not acknowledged
                }
                answers.computeIfAbsent(Integer.toString(answer.statusCode()), k -> new AtomicInteger()).incrementAndGet();
                if (answer.statusCode() == 302 && SAVED.matcher(answer.headers().firstValue("Location").orElse("")).find()) {
                    acknowledged.add(new Saved(catalogue, description));
                } else {
                    Thread.sleep(50);
                }
            }
        } catch (IOException | InterruptedException e) {
            answers.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
        }
    }
}
