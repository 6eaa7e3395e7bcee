package org.barometer;

import javax.sql.DataSource;

import org.barometer.issue.IssueChanged;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Each test instance of a shared application starts on an empty store: before every test, or once for a class whose
 * tests share one instance ({@code @TestInstance(PER_CLASS)}, for a fixture stored in {@code @BeforeAll}). Every table
 * but Flyway's is emptied, whatever tables the migrations made, and the caches of published data are told so.
 * Identities continue, so a row's id, by which those caches keep what they read, never names two different rows.
 */
public final class EmptyStore implements TestInstancePostProcessor {

    /** No issue has number 0: the change is to every issue the store had. */
    static final IssueChanged EVERY_ISSUE = new IssueChanged(0);

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        empty(JdbcClient.create(application.getBean(DataSource.class)));
        application.publishEvent(EVERY_ISSUE);
    }

    /** Empties the tables of the embedded H2 store the shared applications run on. */
    static void empty(JdbcClient jdbc) {
        var tables = jdbc.sql("""
                        select table_name from information_schema.tables
                        where table_schema = current_schema and table_type = 'BASE TABLE'
                        and lower(table_name) <> 'flyway_schema_history'""")
                .query(String.class).list();
        // H2 truncates a table that others refer to only while references go unchecked
        jdbc.sql("set referential_integrity false").update();
        try {
            tables.forEach(table -> jdbc.sql("truncate table \"" + table + "\" continue identity").update());
        } finally {
            jdbc.sql("set referential_integrity true").update();
        }
    }
}
