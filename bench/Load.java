import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A publication day against running Barometer nodes: readers, writers and a PDF flood at once, then a check that
 * every write the writers were told was saved is there. A benchmark, not a test; every request goes to the given
 * base addresses (127.0.0.1 only).
 *
 * <pre>
 * java bench/Load.java --accounts serve.log --issue 17 --readers 200 --writers 10 --seconds 60 --pdf-flood 8 \
 *      http://127.0.0.1:18080 [http://127.0.0.1:18082 ...]
 * </pre>
 *
 * The accounts file holds the lines {@code demo account: ROLE NAME PASSWORD} that {@code serve} prints. The editor
 * opens a correction of the issue when its latest revision is published; each writer signs in as an analyst and
 * adds events to that analyst's catalogue, sending each request to the next node in turn (so a session made on
 * one node is used on the others). Readers ask for the pages, downloads and API answers a reader asks for, each
 * reader on one node. The flood asks for the issue's PDF with a new query string every time.
 */
public class Load {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern DEMO = Pattern.compile("demo account: (\\w+) (\\S+) (\\S+)");
    private static final Pattern EVENT_ID = Pattern.compile("#event-(\\d+)");

    record Account(String role, String name, String password) {
    }

    /** Latencies in microseconds and the answers that were not what a reader should get. */
    static final class Tally {
        final long[] micros;
        final AtomicLong count = new AtomicLong();
        final Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();

        Tally() {
            this(4_000_000);
        }

        Tally(int capacity) {
            micros = new long[capacity];
        }

        void add(long nanos, String status) {
            long i = count.getAndIncrement();
            if (i < micros.length) {
                micros[(int) i] = nanos / 1000;
            }
            statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
        }

        String summary(double seconds) {
            int n = (int) Math.min(count.get(), micros.length);
            long[] sorted = Arrays.copyOf(micros, n);
            Arrays.sort(sorted);
            return String.format("%,d requests, %,.0f/s, p50 %s, p99 %s, max %s, answers %s", n, n / seconds, ms(sorted, 0.50),
                    ms(sorted, 0.99), n == 0 ? "-" : String.format("%.1f ms", sorted[n - 1] / 1000.0), new java.util.TreeMap<>(statuses));
        }

        private static String ms(long[] sorted, double q) {
            if (sorted.length == 0) {
                return "-";
            }
            return String.format("%.1f ms", sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1000.0);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> bases = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                bases.add(args[i].replaceAll("/$", ""));
            }
        }
        if (bases.isEmpty() || !options.containsKey("accounts")) {
            System.err.println("usage: java bench/Load.java --accounts FILE [--issue N] [--readers N] [--writers N] [--seconds N] [--pdf-flood N] BASE_URL...");
            System.exit(2);
        }
        for (String base : bases) {
            if (!URI.create(base).getHost().equals("127.0.0.1")) {
                throw new IllegalArgumentException("only 127.0.0.1 is allowed: " + base);
            }
        }
        int issue = Integer.parseInt(options.getOrDefault("issue", "17"));
        int readers = Integer.parseInt(options.getOrDefault("readers", "200"));
        int writers = Integer.parseInt(options.getOrDefault("writers", "10"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        int flood = Integer.parseInt(options.getOrDefault("pdf-flood", "8"));

        List<Account> accounts = new ArrayList<>();
        Matcher demo = DEMO.matcher(Files.readString(Path.of(options.get("accounts"))));
        while (demo.find()) {
            accounts.add(new Account(demo.group(1), demo.group(2), demo.group(3)));
        }
        Account editor = accounts.stream().filter(a -> a.role().equals("editor")).findFirst().orElseThrow(() -> new IllegalStateException("no editor in the accounts file"));
        List<Account> analysts = accounts.stream().filter(a -> a.role().equals("analyst")).toList();

        Session editing = Session.signIn(bases.get(0), editor);
        String issuePage = editing.get(bases.get(0), "/workspace/issues/" + issue).body();
        if (issuePage.contains("/workspace/issues/" + issue + "/correct")) {
            HttpResponse<String> opened = editing.post(bases.get(0), "/workspace/issues/" + issue + "/correct", Map.of("note", "Load run: a correction opened for writers"), issuePage);
            System.out.println("editor opened a correction of issue " + issue + ": " + opened.statusCode());
        }

        String[] readPaths = {"/", "/issues/" + issue, "/api/v1/issues/" + issue + "/indices", "/data/events.json", "/issues",
                "/api/v1/events?relationship=russia&size=20", "/search?q=visit", "/feed.atom"};
        Tally reads = new Tally();
        Map<String, Tally> readsByPath = new LinkedHashMap<>();
        for (String path : readPaths) {
            readsByPath.put(path, new Tally(1_000_000));
        }
        Tally writes = new Tally();
        Tally pdfs = new Tally();
        Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();
        AtomicLong refusedWrites = new AtomicLong();

        // the writers sign in and open their catalogues before the clock starts: the run measures saving, not signing in
        List<Session> sessions = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            Account analyst = analysts.get(w % analysts.size());
            Session session = Session.signIn(bases.get(w % bases.size()), analyst);
            sessions.add(session);
            pages.add(session.get(bases.get(0), catalogueOf(analyst, issue)).body());
        }

        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        HttpClient readerClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int w = 0; w < writers; w++) {
            Account analyst = analysts.get(w % analysts.size());
            int writer = w;
            threads.add(new Thread(() -> {
                try {
                    String catalogue = catalogueOf(analyst, issue);
                    Session session = sessions.get(writer);
                    String page = pages.get(writer);
                    List<String> mine = acknowledged.computeIfAbsent(catalogue, c -> java.util.Collections.synchronizedList(new ArrayList<>()));
                    boolean security = catalogue.endsWith("/security");
                    for (int n = 0; System.nanoTime() < end; n++) {
                        String base = bases.get((writer + n) % bases.size());
                        String description = "Load writer " + writer + " event " + n + " " + Long.toHexString(System.nanoTime());
                        Map<String, String> form = new LinkedHashMap<>();
                        form.put("date", (1 + n % 28) + (n % 2 == 0 ? " September" : " October"));
                        form.put("description", description);
                        form.put("sources", "https://example.org/load/" + writer + "/" + n);
                        if (security) {
                            form.put("national", "-1");
                            form.put("regional", "0");
                        } else {
                            form.put("score", String.valueOf(n % 7 - 3));
                        }
                        long start = System.nanoTime();
                        String status;
                        try {
                            HttpResponse<String> saved = session.post(base, catalogue + "/events", form, page);
                            String location = saved.headers().firstValue("Location").orElse("");
                            status = String.valueOf(saved.statusCode());
                            if (saved.statusCode() == 302 && EVENT_ID.matcher(location).find()) {
                                mine.add(description);
                            } else {
                                refusedWrites.incrementAndGet();
                            }
                        } catch (IOException e) {
                            status = e.getClass().getSimpleName();
                        }
                        writes.add(System.nanoTime() - start, status);
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                }
            }));
        }
        for (int r = 0; r < readers; r++) {
            String base = bases.get(r % bases.size());
            threads.add(new Thread(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    String path = readPaths[random.nextInt(readPaths.length)];
                    timed(readerClient, base + path, reads, readsByPath.get(path));
                }
            }));
        }
        for (int f = 0; f < flood; f++) {
            String base = bases.get(f % bases.size());
            threads.add(new Thread(() -> {
                HttpClient client = HttpClient.newHttpClient();
                while (System.nanoTime() < end) {
                    timed(client, base + "/issues/" + issue + ".pdf?x=" + ThreadLocalRandom.current().nextLong(), pdfs);
                }
            }));
        }
        long started = System.nanoTime();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;

        long lost = 0;
        long acked = 0;
        for (Map.Entry<String, List<String>> catalogue : acknowledged.entrySet()) {
            Session check = Session.signIn(bases.get(bases.size() - 1), editor);
            String stored = check.get(bases.get(bases.size() - 1), catalogue.getKey()).body();
            for (String description : catalogue.getValue()) {
                acked++;
                if (!stored.contains(description)) {
                    lost++;
                }
            }
        }
        System.out.printf("nodes: %s; %d readers, %d writers, %d PDF clients, %.0f s%n", bases, readers, writers, flood, elapsed);
        System.out.println("readers:  " + reads.summary(elapsed));
        readsByPath.forEach((path, tally) -> System.out.println("  " + path + ": " + tally.summary(elapsed)));
        System.out.println("writers:  " + writes.summary(elapsed) + String.format("; not saved %d", refusedWrites.get()));
        System.out.println("PDF flood: " + pdfs.summary(elapsed));
        System.out.printf("acknowledged writes: %d, lost: %d%n", acked, lost);
        if (lost > 0 || reads.statuses.keySet().stream().anyMatch(s -> !s.equals("200"))) {
            System.exit(1);
        }
    }

    private static String catalogueOf(Account analyst, int issue) {
        return analyst.name().equals("analyst-security") ? "/workspace/issues/" + issue + "/security"
                : "/workspace/issues/" + issue + "/catalogue/" + analyst.name().substring("analyst-".length());
    }

    private static void timed(HttpClient client, String url, Tally... tallies) {
        long start = System.nanoTime();
        String status;
        try {
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding());
            status = String.valueOf(answer.statusCode());
        } catch (IOException e) {
            status = e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long took = System.nanoTime() - start;
        for (Tally tally : tallies) {
            tally.add(took, status);
        }
    }

    /** A signed-in member of the team: a cookie jar shared by the nodes (they share sessions through the store). */
    record Session(HttpClient client) {

        static Session signIn(String base, Account account) throws IOException, InterruptedException {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            Session session = new Session(client);
            String login = session.get(base, "/login").body();
            HttpResponse<String> signed = session.post(base, "/login", Map.of("username", account.name(), "password", account.password()), login);
            if (signed.statusCode() != 302 || signed.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("sign-in of " + account.name() + " refused: " + signed.statusCode());
            }
            return session;
        }

        HttpResponse<String> get(String base, String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String base, String path, Map<String, String> form, String pageWithToken) throws IOException, InterruptedException {
            Matcher token = CSRF.matcher(pageWithToken);
            Map<String, String> fields = new LinkedHashMap<>(form);
            if (token.find()) {
                fields.put("_csrf", token.group(1));
            }
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
