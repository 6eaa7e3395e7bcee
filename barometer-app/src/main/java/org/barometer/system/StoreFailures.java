package org.barometer.system;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
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

    /**
     * H2's codes for a store it cannot read or write: I/O errors, no disk space, a database closed after a failure, a
     * file still locked (a new connection, made after a write failed on a full disk, finds the store's file locked by the
     * store H2 has just closed, until it lets go).
     */
    private static final Set<Integer> H2_UNAVAILABLE = Set.of(90020, 90028, 90031, 90098, 90100, 90121);
    /**
     * H2's file store's codes for the same: a file it could not read or write, a store it closed after that, a file
     * locked, a part of the file it never finished writing. They reach JDBC as a general error (50000) when met outside a table's own work,
     * in a commit for example, on a disk that has just filled up.
     */
    private static final Set<Integer> MVSTORE_UNAVAILABLE = Set.of(DataUtils.ERROR_READING_FAILED, DataUtils.ERROR_WRITING_FAILED,
            DataUtils.ERROR_CLOSED, DataUtils.ERROR_FILE_LOCKED, DataUtils.ERROR_CHUNK_NOT_FOUND, DataUtils.ERROR_BLOCK_NOT_FOUND);

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
            if (e instanceof SQLException sql && storeFailure(sql) || fileStoreFailure(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A database error caused by the store's file or connection: I/O under it, or a code or state that says so. A batch's
     * failure (H2's BatchUpdateException) carries what went wrong as its next exception, not as its cause.
     */
    private static boolean storeFailure(SQLException failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof IOException || fileStoreFailure(e)) {
                return true;
            }
            if (e instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (H2_UNAVAILABLE.contains(sql.getErrorCode())
                        || state != null && (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53"))) {
                    return true;
                }
                SQLException next = sql.getNextException();
                if (next != null && next != sql && storeFailure(next)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean fileStoreFailure(Throwable e) {
        return e instanceof MVStoreException store && MVSTORE_UNAVAILABLE.contains(store.getErrorCode());
    }
}
