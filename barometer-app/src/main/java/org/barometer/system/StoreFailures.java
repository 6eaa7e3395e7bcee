package org.barometer.system;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Which failures are the store's being out of reach (the database down or gone, a full or failing disk, a statement
 * that timed out) rather than a fault of the request or of Barometer. Also the connection pool's judge: a connection
 * that met such a failure is dropped, so the pool opens new ones, and service comes back by itself once the store
 * does (H2 closes a store whose file it could not write, and keeps refusing on the connections it had).
 */
@Component
final class StoreFailures implements SQLExceptionOverride, BeanPostProcessor {

    /** H2's codes for a store it cannot read or write: I/O errors, no disk space, a database closed after a failure. */
    private static final Set<Integer> H2_UNAVAILABLE = Set.of(90028, 90031, 90098, 90100, 90121);

    @java.lang.Override
    public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof HikariDataSource pool) {
            pool.setExceptionOverride(this);
        }
        return bean;
    }

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException e) {
        return storeFailure(e) ? SQLExceptionOverride.Override.MUST_EVICT : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }

    /** Whether the failure is the store's being out of reach. */
    static boolean causedBy(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof CannotGetJdbcConnectionException || e instanceof DataAccessResourceFailureException
                    || e instanceof TransientDataAccessException || e instanceof CannotCreateTransactionException
                    || e instanceof TransactionSystemException || e instanceof SQLTransientException
                    || e instanceof SQLRecoverableException || e instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (e instanceof SQLException sql && storeFailure(sql)) {
                return true;
            }
        }
        return false;
    }

    /** A database error caused by the store's file or connection: I/O under it, or a code or state that says so. */
    private static boolean storeFailure(SQLException failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof IOException) {
                return true;
            }
            if (e instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (H2_UNAVAILABLE.contains(sql.getErrorCode())
                        || state != null && (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
