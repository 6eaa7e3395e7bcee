package org.barometer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.h2.message.DbException;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;

/**
 * The failures H2 reports while its disk is full, as H2 itself makes them (no hand-made codes), are the store's being out
 * of reach, so a writer is answered 503 and never 500; a fault of the request is not.
 */
class StoreFailuresTests {

    @TempDir
    Path folder;

    @Test
    void aBatchOfInsertsOnAFullDiskIsTheStoresBeingOutOfReach() {
        // H2 names the failure of a batch as its next exception, not its cause: the write's IOException is only there
        FilePath.register(new FullDisk());
        SingleConnectionDataSource store = new SingleConnectionDataSource("jdbc:h2:" + FullDisk.SCHEME + ":" + folder.resolve("store")
                + ";WRITE_DELAY=0", "sa", "", true);
        JdbcTemplate jdbc = new JdbcTemplate(store);
        jdbc.execute("create table event (id int primary key, description varchar)");
        jdbc.update("insert into event values (1, 'saved before the disk filled up')");

        // enough that H2 writes to the file while the batch runs, as it did under the writers of FullDiskTests
        List<Object[]> rows = IntStream.range(2, 4_000).mapToObj(id -> new Object[] {id, "x".repeat(1_000)}).toList();
        FullDisk.FULL.set(true);
        try {
            RuntimeException batch = assertThrows(RuntimeException.class,
                    () -> jdbc.batchUpdate("insert into event values (?, ?)", rows));
            assertThat((Throwable) batch).hasCauseInstanceOf(BatchUpdateException.class);
            assertThat(StoreFailures.causedBy(batch)).as("the batch: %s", batch).isTrue();
            RuntimeException next = assertThrows(RuntimeException.class, () -> jdbc.update("insert into event values (9999, 'c')"));
            assertThat(StoreFailures.causedBy(next)).as("the next statement: %s", next).isTrue();
        } finally {
            FullDisk.FULL.set(false);
            store.destroy();
        }
    }

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

    /** H2's files under {@code full:PATH}: every write fails as on a full disk while {@link #FULL} is set. */
    public static final class FullDisk extends FilePathWrapper {

        static final String SCHEME = "full";
        static final AtomicBoolean FULL = new AtomicBoolean();

        @Override
        public String getScheme() {
            return SCHEME;
        }

        @Override
        public FileChannel open(String mode) throws IOException {
            FileChannel base = getBase().open(mode);
            return new FileBase() {
                @Override
                public int read(ByteBuffer dst, long position) throws IOException {
                    return base.read(dst, position);
                }

                @Override
                public int read(ByteBuffer dst) throws IOException {
                    return base.read(dst);
                }

                @Override
                public int write(ByteBuffer src, long position) throws IOException {
                    if (FULL.get()) {
                        throw new IOException("No space left on device");
                    }
                    return base.write(src, position);
                }

                @Override
                public int write(ByteBuffer src) throws IOException {
                    if (FULL.get()) {
                        throw new IOException("No space left on device");
                    }
                    return base.write(src);
                }

                @Override
                public long position() throws IOException {
                    return base.position();
                }

                @Override
                public FileChannel position(long newPosition) throws IOException {
                    base.position(newPosition);
                    return this;
                }

                @Override
                public long size() throws IOException {
                    return base.size();
                }

                @Override
                public FileChannel truncate(long size) throws IOException {
                    base.truncate(size);
                    return this;
                }

                @Override
                public void force(boolean metaData) throws IOException {
                    base.force(metaData);
                }

                @Override
                public FileLock tryLock(long position, long size, boolean shared) throws IOException {
                    return base.tryLock(position, size, shared);
                }

                @Override
                protected void implCloseChannel() throws IOException {
                    base.close();
                }
            };
        }
    }
}
