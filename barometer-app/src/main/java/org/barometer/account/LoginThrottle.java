package org.barometer.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: after {@value #LIMIT} failed sign-ins for one username from one address within
 * {@link #WINDOW}, further attempts are turned away unread until the window has passed. A success clears the count.
 * Counts live in memory, per server.
 */
@Component
public class LoginThrottle extends OncePerRequestFilter {

    static final int LIMIT = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String key = key(address(event.getAuthentication().getDetails()), event.getAuthentication().getName());
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            prune(times);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(address(event.getAuthentication().getDetails()), event.getAuthentication().getName()));
    }

    boolean blocked(String address, String username) {
        Deque<Instant> times = failures.get(key(address, username));
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times);
            return times.size() >= LIMIT;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())
                && blocked(request.getRemoteAddr(), request.getParameter("username"))) {
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }

    private void prune(Deque<Instant> times) {
        Instant oldest = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
            times.removeFirst();
        }
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
    }

    private static String key(String address, String username) {
        return address + "|" + (username == null ? "" : username);
    }
}
