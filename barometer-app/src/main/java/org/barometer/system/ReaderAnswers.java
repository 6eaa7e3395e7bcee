package org.barometer.system;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.barometer.publicdata.Edition;
import org.barometer.publicdata.PublishedData;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The answers every reader gets alike, kept as first given. For a reader who is not signed in, a handler marked
 * {@link SameForEveryReader} (the home page, the archive, an issue's page and PDF, a relationship's page, the data
 * dictionary, the downloads, the API's routes without parameters) answers what depends only on what is published, the
 * path and the language. So each answer is made once per {@link Edition} and language, kept on the edition, and then
 * served from memory, marked {@code X-Cache: HIT}, until something is published.
 * <p>
 * A handler marked {@link SameForEveryReader#eachQuery()} (the event search, as a page and in the API) has its answers
 * to queries kept too, each under its whole query string, the address it was asked on and the language; only the first
 * {@code barometer.reader-answers.max-queries} (1,000 unless set) different queries of an edition are kept, so a flood
 * of different ones cannot fill the memory, and later ones are made afresh. What a reader searched for is held in
 * memory with the edition's answers, as the answers to it; it is never written anywhere and goes with the edition.
 * <p>
 * Never kept or served from here: anything for a signed-in member of the team (who may see drafts); a request with
 * parameters for a handler not marked for queries, or a path spelled otherwise than the site spells it; a
 * cross-origin request (its CORS headers are the application's to write); a revalidation or range request (the
 * application answers 304 or the range itself); an answer other than 200 and an answer that sets a cookie. Runs after
 * the security filters, so every answer still carries their headers. At most {@code barometer.reader-answers.max-size}
 * (32 MB unless set) is kept per edition; beyond it answers are made afresh.
 * <p>
 * An answer is made once even when many readers ask for it at once (right after a publication, every page is asked
 * for anew): the first reader's request makes it and the others wait for it, up to 30 s, instead of each making it
 * again and all of them sharing the processor; a waiter whose answer was not kept (an error, too large) makes its own.
 */
@Component
@ConditionalOnWebApplication
class ReaderAnswers extends OncePerRequestFilter {

    private static final Pattern CANONICAL = Pattern.compile("/[A-Za-z0-9._/-]*");
    private static final Pattern LEADING_ZERO = Pattern.compile("/0\\d");

    /** Request headers that ask for an answer made for this request alone. */
    private static final List<String> PARTICULAR = List.of(HttpHeaders.ORIGIN, HttpHeaders.IF_NONE_MATCH,
            HttpHeaders.IF_MODIFIED_SINCE, HttpHeaders.RANGE, HttpHeaders.IF_RANGE);

    /** The headers of a kept answer that are its own; the security filters add theirs to every answer. */
    private static final List<String> HEADERS = List.of(HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.CACHE_CONTROL,
            HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.VARY);

    /** Marks an answer served from memory, as caches in front of web sites do. */
    static final String SERVED_FROM_MEMORY = "X-Cache";

    private record Answer(byte[] body, String contentType, Locale locale, Map<String, List<String>> headers) {
    }

    /** Keeps the body, and the answer's language, which the server writes as Content-Language only when it answers. */
    private static final class Rendering extends ContentCachingResponseWrapper {
        private Locale locale;

        Rendering(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setLocale(Locale locale) {
            this.locale = locale;
            super.setLocale(locale);
        }
    }

    /** The answers of one edition, kept on it: a new edition starts empty. */
    private record Kept(Map<String, Answer> answers, AtomicLong bytes, AtomicLong queries, Map<String, CompletableFuture<Answer>> making) {
        Kept() {
            this(new ConcurrentHashMap<>(), new AtomicLong(), new AtomicLong(), new ConcurrentHashMap<>());
        }
    }

    /** How long a reader waits for an answer another reader's request is making. */
    private static final long WAIT_SECONDS = 30;

    private final PublishedData published;
    private final HandlerMapping handlers;
    private final long maxBytes;
    private final long maxQueries;

    ReaderAnswers(PublishedData published, @Qualifier("requestMappingHandlerMapping") HandlerMapping handlers,
                  @Value("${barometer.reader-answers.max-size:32MB}") DataSize maxSize,
                  @Value("${barometer.reader-answers.max-queries:1000}") long maxQueries) {
        this.published = published;
        this.handlers = handlers;
        this.maxBytes = maxSize.toBytes();
        this.maxQueries = maxQueries;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || PARTICULAR.stream().anyMatch(header -> request.getHeader(header) != null)) {
            return true;
        }
        return !canonical(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** Whether the handler of the request declares its answer the same for every reader, and for each query if there is one. */
    private boolean sameForEveryReader(HttpServletRequest request) {
        try {
            HandlerExecutionChain chain = handlers.getHandler(request);
            SameForEveryReader marked = chain != null && chain.getHandler() instanceof HandlerMethod method
                    ? method.getMethodAnnotation(SameForEveryReader.class) : null;
            return marked != null && (request.getQueryString() == null || marked.eachQuery());
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Whether a path is written the one way the site writes it: nothing percent-encoded, no path parameters, no empty
     * or dot segments, no number with a leading zero. Other spellings of a page are answered, but not kept, so they
     * cannot fill the memory with copies of one page.
     */
    static boolean canonical(String path) {
        return CANONICAL.matcher(path).matches() && !path.contains("//") && !path.contains("/.") && !LEADING_ZERO.matcher(path).find();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String language = language(request);
        if (language == null || signedIn()) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        if (query == null && !request.getParameterMap().isEmpty()) {
            chain.doFilter(request, response);   // parameters in a body: not an address anyone can ask again
            return;
        }
        Edition edition = published.edition();
        Kept now = edition.made("reader-answers", Kept::new);
        String key = query == null ? request.getRequestURI() + "|" + language
                : request.getRequestURI() + "?" + query + "|" + request.getScheme() + "://" + request.getServerName() + ":"
                        + request.getServerPort() + "|" + language;
        Answer answer = now.answers().get(key);
        if (answer != null) {
            // only an answer whose handler is marked was kept, so a kept answer needs no second look at the handler
            response.setHeader(SERVED_FROM_MEMORY, "HIT");
            write(answer, response);
            return;
        }
        if (!sameForEveryReader(request)) {
            chain.doFilter(request, response);
            return;
        }
        CompletableFuture<Answer> mine = new CompletableFuture<>();
        CompletableFuture<Answer> theirs = now.making().putIfAbsent(key, mine);
        if (theirs != null) {
            Answer made = awaitAnswer(theirs);
            if (made != null) {
                response.setHeader(SERVED_FROM_MEMORY, "HIT");
                write(made, response);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        Answer kept = null;
        try {
            Rendering rendering = new Rendering(response);
            chain.doFilter(request, rendering);
            if (rendering.getStatus() == HttpServletResponse.SC_OK && !rendering.containsHeader(HttpHeaders.SET_COOKIE)
                    && !request.isAsyncStarted() && edition == published.edition()) {
                kept = keep(now, key, query != null, rendering);
            }
            rendering.copyBodyToResponse();
        } finally {
            mine.complete(kept);
            now.making().remove(key, mine);
        }
    }

    /** The answer another request is making, once made and kept; null if it was not kept or took too long. */
    private static Answer awaitAnswer(CompletableFuture<Answer> making) {
        try {
            return making.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** Keeps an answer made for a reader; the answer kept under the key, or null if there was no room for it. */
    private Answer keep(Kept into, String key, boolean toQuery, Rendering rendering) {
        if (toQuery && into.queries().incrementAndGet() > maxQueries) {
            into.queries().decrementAndGet();
            return null;
        }
        byte[] body = rendering.getContentAsByteArray();
        if (into.bytes().addAndGet(body.length) > maxBytes) {
            into.bytes().addAndGet(-body.length);
            if (toQuery) {
                into.queries().decrementAndGet();
            }
            return null;
        }
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
        for (String name : HEADERS) {
            if (rendering.containsHeader(name)) {
                headers.put(name, List.copyOf(rendering.getHeaders(name)));
            }
        }
        Answer answer = new Answer(body, rendering.getContentType(), rendering.locale, Map.copyOf(headers));
        Answer before = into.answers().putIfAbsent(key, answer);
        if (before != null) {
            into.bytes().addAndGet(-body.length);
            if (toQuery) {
                into.queries().decrementAndGet();
            }
            return before;
        }
        return answer;
    }

    private static void write(Answer answer, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(answer.contentType());
        if (answer.locale() != null) {
            response.setLocale(answer.locale());
        }
        answer.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    /** The language the reader chose by cookie ("" for none); null for anything else, which is rendered but not kept. */
    private static String language(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return "";
        }
        for (Cookie cookie : cookies) {
            if (WebConfig.LANGUAGE_COOKIE.equals(cookie.getName())) {
                return List.of("en", "ru").contains(cookie.getValue()) ? cookie.getValue() : null;
            }
        }
        return "";
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
