package org.barometer.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import javax.sql.DataSource;

import org.barometer.Seed;
import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.importer.IssueImport;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A store at version 7 that keeps a text longer than migration 8 allows, on H2 and PostgreSQL: the migration is not
 * started, the error names the row, the field, its length and the limit, and the store stays at version 7, whole,
 * until the text is shortened; then it migrates.
 */
class TextLimitsBeforeV8Tests {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTooLongTextStopsMigration8NamingItsRowAndFieldAndNothingIsMigrated(TestDatabase database) {
        DataSource store = storeAtVersion7(database);
        JdbcClient jdbc = TestDatabase.jdbc(store);
        long event = jdbc.sql("""
                        select min(e.id) from event e join issue i on i.id = e.issue_id join relationship r on r.id = e.relationship_id
                        where i.issue_number = 17 and r.code = 'russia'""").query(Long.class).single();
        jdbc.sql("update event set description = ? where id = ?").params("д".repeat(1_204), event).update();
        jdbc.sql("update issue set correction_note = ? where issue_number = 17").param("n".repeat(2_001)).update();

        assertThatThrownBy(() -> migrate(store))
                .isInstanceOf(FlywayException.class)
                .rootCause().hasMessageStartingWith("migration 8 (text limits) was not started, the store keeps 2 texts longer than it allows: ")
                .hasMessageContaining("event " + event + " of issue No. 17 revision 1 (russia): event.description has 1,204 characters, over the limit of 1,000")
                .hasMessageContaining("issue No. 17 revision 1: issue.correction_note has 2,001 characters, over the limit of 2,000")
                .hasMessageNotContaining("\n");

        assertThat(history(jdbc)).as("no migration 8 recorded, not even as failed").containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(jdbc.sql("update event set description_ru = ? where id = ?").params("д".repeat(1_001), event).update())
                .as("none of V8's checks was added").isEqualTo(1);
        assertThat(jdbc.sql("select char_length(description) from event where id = ?").param(event).query(Integer.class).single())
                .as("the text is kept as it was").isEqualTo(1_204);

        jdbc.sql("update event set description = 'Shortened', description_ru = '' where id = ?").param(event).update();
        jdbc.sql("update issue set correction_note = 'Shortened' where issue_number = 17").update();
        migrate(store);
        assertThat(history(jdbc)).endsWith("7", "8");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aStoreWithinTheLimitsMigratesAsBefore(TestDatabase database) {
        DataSource store = storeAtVersion7(database);

        migrate(store);

        assertThat(history(TestDatabase.jdbc(store))).endsWith("8");
    }

    @org.junit.jupiter.api.Test
    void theMessageNamesTheFirstFiveTextsAndCountsTheRest() {
        List<String> over = List.of("a", "b", "c", "d", "e", "f", "g");

        assertThat(TextLimitsBeforeV8.message(over)).contains("keeps 7 texts").contains("a; b; c; d; e; and 2 more").doesNotContain("f");
    }

    private static DataSource storeAtVersion7(TestDatabase database) {
        DataSource store = database.create();
        Flyway.configure().dataSource(store).locations("classpath:db/migration").target("7").load().migrate();
        Stores.on(store).imports().importFile(Seed.path(), IssueImport.Options.NONE);
        return store;
    }

    /** As the application migrates (Spring Boot hands Flyway every callback bean), up to V8: later migrations are not this test's. */
    private static void migrate(DataSource store) {
        Flyway.configure().dataSource(store).locations("classpath:db/migration").target("8").callbacks(new TextLimitsBeforeV8()).load().migrate();
    }

    private static List<String> history(JdbcClient jdbc) {
        return jdbc.sql("select \"version\" from \"flyway_schema_history\" where \"version\" is not null order by \"installed_rank\"")
                .query(String.class).list();
    }
}
