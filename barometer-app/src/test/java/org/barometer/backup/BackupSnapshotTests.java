package org.barometer.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** A backup is the store as of one moment: what another transaction commits while the backup reads is not in it. */
class BackupSnapshotTests {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void rowsCommittedWhileTheBackupReadsAreNotInIt(TestDatabase database) {
        DataSource store = database.fresh();
        JdbcClient other = JdbcClient.create(store);
        other.sql("insert into relationship (code, name) values ('russia', 'Russia')").update();
        AtomicBoolean written = new AtomicBoolean();
        // as soon as the backup has read its first table, another connection adds a relationship and an account, and commits
        DataSource interrupted = afterFirstRead(store, "from relationship", () -> {
            other.sql("insert into relationship (code, name) values ('china', 'China')").update();
            other.sql("insert into account (username, password_hash, role) values ('late', 'x', 'EDITOR')").update();
            written.set(true);
        });

        JsonNode tables = BackupFile.content(Stores.on(interrupted, Backups.class).get(Backups.class).write(), "backup.json").get("tables");

        assertThat(written).isTrue();
        assertThat(tables.get("relationship")).hasSize(1);
        assertThat(tables.get("account")).isEmpty();
        assertThat(other.sql("select count(*) from account").query(Long.class).single()).isEqualTo(1);
    }

    /** The data source, which runs {@code meanwhile} once, right after the first statement whose SQL contains {@code sql} was run. */
    private static DataSource afterFirstRead(DataSource dataSource, String sql, Runnable meanwhile) {
        AtomicBoolean done = new AtomicBoolean();
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
            Object result = call(dataSource, method, args);
            if (!(result instanceof Connection connection)) {
                return result;
            }
            return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
                Object made = call(connection, m, a);
                if (m.getName().equals("prepareStatement") && String.valueOf(a[0]).contains(sql) && made instanceof java.sql.PreparedStatement statement) {
                    return Proxy.newProxyInstance(java.sql.PreparedStatement.class.getClassLoader(), new Class<?>[] {java.sql.PreparedStatement.class},
                            (s, sm, sa) -> {
                                Object answer = call(statement, sm, sa);
                                if (sm.getName().startsWith("execute") && done.compareAndSet(false, true)) {
                                    meanwhile.run();
                                }
                                return answer;
                            });
                }
                return made;
            });
        });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
