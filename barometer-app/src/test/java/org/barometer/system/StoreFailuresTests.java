package org.barometer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.h2.message.DbException;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;

/**
 * The failures H2 reports while its disk is full, as H2 itself makes them (no hand-made codes), are the store's being out
 * of reach, so a writer is answered 503 and never 500; a fault of the request is not.
 */
class StoreFailuresTests {

    @TempDir
    Path folder;

    @Test
    void aConnectionOpenedWhileTheClosedStoreStillLocksItsFileIsTheStoresBeingOutOfReach() {
        // after a write fails on a full disk H2 closes the store, and a new connection finds the file still locked
        String file = folder.resolve("store").toString();
        try (MVStore locking = new MVStore.Builder().fileName(file + ".mv.db").open()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection("jdbc:h2:" + file, "sa", "").close());

            assertThat(refused.getErrorCode()).isEqualTo(90020);
            assertThat((Throwable) refused).hasRootCauseInstanceOf(OverlappingFileLockException.class);
            assertThat(StoreFailures.causedBy(asSpringSees(refused))).isTrue();
        }
    }

    @Test
    void aClosedFileStoreMetInACommitIsTheStoresBeingOutOfReach() {
        // met outside a table's own work (a commit), H2's file store's failure reaches JDBC as a general error, 50000
        MVStore store = new MVStore.Builder().fileName(folder.resolve("closed.mv.db").toString()).open();
        store.closeImmediately();
        MVStoreException closed = assertThrows(MVStoreException.class, () -> store.openMap("data"));
        SQLException reported = DbException.convert(closed).getSQLException();

        assertThat(reported.getErrorCode()).isEqualTo(50000);
        assertThat(StoreFailures.causedBy(asSpringSees(reported))).isTrue();
    }

    @Test
    void aFaultOfTheStatementIsNot() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:", "sa", "")) {
            SQLException bad = assertThrows(SQLException.class,
                    () -> connection.createStatement().execute("select * from no_such_table"));
            assertThat(StoreFailures.causedBy(asSpringSees(bad))).isFalse();
            SQLException general = DbException.convert(new IllegalStateException("a bug")).getSQLException();
            assertThat(general.getErrorCode()).isEqualTo(50000);
            assertThat(StoreFailures.causedBy(asSpringSees(general))).as("a general error not from the file store").isFalse();
        }
    }

    /** As JdbcTemplate hands it on: translated by H2's error codes, the SQLException as its cause. */
    private static RuntimeException asSpringSees(SQLException e) {
        RuntimeException translated = new SQLErrorCodeSQLExceptionTranslator("H2").translate("test", "statement", e);
        return translated != null ? translated : new UncategorizedSQLException("test", "statement", e);
    }
}
