package org.barometer.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A store that cannot be reached (the database down or gone, a full or failing disk, a statement that timed out) is
 * answered {@code 503 Service Unavailable} with {@code Retry-After}, never 500: a short page in the visitor's language,
 * or a problem JSON for the API. Runs first, around every other filter, so a failure in sign-in is answered so too.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class StoreUnavailable extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(StoreUnavailable.class);

    /** Seconds a client is asked to wait before trying again. */
    static final String RETRY_AFTER = "5";

    private final MessageSource messages;
    private final LocaleResolver locales;

    StoreUnavailable(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!StoreFailures.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("{} {}: the store is unavailable, answered 503: {}", request.getMethod(), request.getRequestURI(), rootMessage(e));
            answer(request, response);
        }
    }

    /** The error page of a request that failed for want of the store needs the store too (for the session). */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER);
        response.setHeader("Cache-Control", "no-store");
        // written outside the security filters' answer, so their headers are set here: nothing to run, nothing to frame
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/data/") || path.endsWith(".json")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"/api/v1/problems/temporarily-unavailable\",\"title\":\"Temporarily unavailable\","
                    + "\"status\":503,\"detail\":\"The store cannot be reached; try again in a few seconds.\",\"instance\":\""
                    + path.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
            return;
        }
        Locale locale = language(request);
        String title = messages.getMessage("unavailable.title", null, locale);
        String text = messages.getMessage("unavailable.text", null, locale);
        response.setContentType("text/html");
        response.setLocale(locale);
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + HtmlUtils.htmlEscape(title)
                + " — Barometer</title></head><body><main><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(text)
                + "</p></main></body></html>\n");
    }

    private Locale language(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        Locale locale = asked != null ? Locale.forLanguageTag(asked) : locales.resolveLocale(request);
        return "ru".equals(locale.getLanguage()) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).lines().findFirst().orElse("");
    }
}
