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

import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: after {@value #LIMIT} failed sign-ins for one username from one address within
 * {@link #WINDOW}, further attempts are turned away unread until the window has passed. A success clears the count.
 * Counts live in memory, per server.
 */
@Component
class LoginThrottle extends OncePerRequestFilter {

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

    /** Counts a failed sign-in, then sends the browser back to the sign-in page with an error. */
    AuthenticationFailureHandler countingFailures() {
        SimpleUrlAuthenticationFailureHandler next = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, exception) -> {
            failed(request.getRemoteAddr(), request.getParameter("username"));
            next.onAuthenticationFailure(request, response, exception);
        };
    }

    /** Clears the count of a successful sign-in, then goes on to the workspace. */
    AuthenticationSuccessHandler clearingFailures() {
        SimpleUrlAuthenticationSuccessHandler next = new SimpleUrlAuthenticationSuccessHandler("/workspace");
        next.setAlwaysUseDefaultTargetUrl(true);
        return (request, response, authentication) -> {
            failures.remove(key(request.getRemoteAddr(), request.getParameter("username")));
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }

    void failed(String address, String username) {
        Deque<Instant> times = failures.computeIfAbsent(key(address, username), k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            prune(times);
        }
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
        if ("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI())
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

    private static String key(String address, String username) {
        return address + "|" + (username == null ? "" : username);
    }
}
