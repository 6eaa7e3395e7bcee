package org.barometer.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When the store cannot be reached (PostgreSQL down or refusing connections), any request, sessions included (they are
 * kept in the store), is answered 503 with Retry-After and a page that says to try again shortly, instead of an error
 * page or a misleading answer. Runs first, around everything that may read the store, the session filter included.
 */
@Component
@ConditionalOnWebApplication
class StoreUnavailable extends OncePerRequestFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(StoreUnavailable.class);

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Service unavailable</title></head>
            <body><main><h1>The service is unavailable, try again shortly.</h1>
            <p lang="ru">Сервис недоступен, попробуйте чуть позже.</p></main></body></html>
            """;

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!unreachable(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warn("the store cannot be reached: {} {} answered 503", request.getMethod(), request.getRequestURI());
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The error page of a request that failed for want of the store needs the store too (for the session). */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** Whether what was thrown says the store could not be reached, also when a rollback that followed failed too. */
    static boolean unreachable(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof TransactionSystemException failed && failed.getOriginalException() != null
                    && unreachable(failed.getOriginalException())) {
                return true;
            }
        }
        return false;
    }
}
