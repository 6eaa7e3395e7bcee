package org.barometer.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing. Within {@link Limits#window()}, after {@link Limits#perAddress()} failed sign-ins to one
 * account from one address, or {@link Limits#perAccount()} from any addresses, that account's sign-ins are turned away
 * unread until the window has passed; beyond {@link Limits#global()} sign-ins to any accounts in a minute, every
 * sign-in is turned away for the rest of that minute. A success clears its account's failures. Attempts are counted
 * by the name sign-in looks up (Spring Security trims it), and kept in the store, so every server on it counts alike.
 * When the store cannot be reached, the failure goes on to the one answer the site gives for that (system's
 * StoreUnavailable: 503, "temporarily unavailable") and nothing is counted.
 */
@Component
class LoginThrottle extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    static final Duration GLOBAL_WINDOW = Duration.ofMinutes(1);

    /** The limits of sign-in: failures per account and address, failures per account, attempts per minute. */
    record Limits(int perAddress, int perAccount, int global, Duration window) {
    }

    /** What a sign-in attempt may do. */
    enum Verdict {
        ALLOWED, ACCOUNT_LOCKED, BUSY
    }

    private final SignInAttempts attempts;
    private final Limits limits;
    private final Clock clock;

    @Autowired
    LoginThrottle(SignInAttempts attempts,
                  @Value("${barometer.sign-in.per-address:5}") int perAddress,
                  @Value("${barometer.sign-in.per-account:20}") int perAccount,
                  @Value("${barometer.sign-in.per-minute:300}") int global,
                  @Value("${barometer.sign-in.window:PT15M}") Duration window) {
        this(attempts, new Limits(perAddress, perAccount, global, window), Clock.systemUTC());
    }

    LoginThrottle(SignInAttempts attempts, Limits limits, Clock clock) {
        this.attempts = attempts;
        this.limits = limits;
        this.clock = clock;
    }

    Limits limits() {
        return limits;
    }

    /** The name sign-in looks the account up by: what was typed, trimmed as Spring Security trims it, and bounded. */
    static String account(String typed) {
        String name = typed == null ? "" : typed.trim();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    /** The address an attempt came from, as kept (an IPv6 address with its zone fits). */
    private static String from(String address) {
        String from = address == null ? "" : address;
        return from.length() > 64 ? from.substring(0, 64) : from;
    }

    /** Counts a failed sign-in, then sends the browser back to the sign-in page with an error. */
    AuthenticationFailureHandler countingFailures() {
        SimpleUrlAuthenticationFailureHandler next = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, exception) -> {
            if (exception instanceof InternalAuthenticationServiceException lookup) {
                throw lookup; // the account could not be read: not a wrong password, and nothing to count
            }
            failed(request.getRemoteAddr(), request.getParameter("username"));
            next.onAuthenticationFailure(request, response, exception);
        };
    }

    /** Clears the count of a successful sign-in, then goes on to the workspace. */
    AuthenticationSuccessHandler clearingFailures() {
        SimpleUrlAuthenticationSuccessHandler next = new SimpleUrlAuthenticationSuccessHandler("/workspace");
        next.setAlwaysUseDefaultTargetUrl(true);
        return (request, response, authentication) -> {
            try {
                succeeded(request.getRemoteAddr(), request.getParameter("username"));
            } catch (DataAccessException e) {
                // the password was right and the account read: the sign-in stands, its failures count a while longer
                LOG.warn("sign-in could not clear the account's failures: {}", e.getMessage());
            }
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }

    void failed(String address, String typed) {
        record(address, typed, true);
    }

    void succeeded(String address, String typed) {
        record(address, typed, false);
        attempts.clear(account(typed));
    }

    Verdict verdict(String address, String typed) {
        Instant now = clock.instant();
        if (attempts.attempts(now.minus(GLOBAL_WINDOW)) >= limits.global()) {
            return Verdict.BUSY;
        }
        String account = account(typed);
        Instant since = now.minus(limits.window());
        if (attempts.failures(account, from(address), since) >= limits.perAddress() || attempts.failures(account, since) >= limits.perAccount()) {
            return Verdict.ACCOUNT_LOCKED;
        }
        return Verdict.ALLOWED;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
            Verdict verdict = verdict(request.getRemoteAddr(), request.getParameter("username"));
            if (verdict != Verdict.ALLOWED) {
                response.sendRedirect(request.getContextPath() + (verdict == Verdict.BUSY ? "/login?busy" : "/login?throttled"));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void record(String address, String typed, boolean failed) {
        Instant now = clock.instant();
        attempts.forgetBefore(now.minus(limits.window().compareTo(GLOBAL_WINDOW) > 0 ? limits.window() : GLOBAL_WINDOW));
        attempts.add(account(typed), from(address), now, failed);
    }
}
