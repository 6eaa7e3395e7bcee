package org.barometer.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.barometer.Seed;
import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.importer.IssueImport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The store itself holds every text people write to its limit, on H2 and on PostgreSQL: a text that reaches it some
 * way other than the input rules (a script, a hand-made insert) is refused one character past the limit and kept at
 * the limit.
 */
class TextLimitsSchemaTests {

    /** Each limited column, a statement writing a text to it (the text is the last parameter), and its limit. */
    record Column(String name, String sql, int limit) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("event.description", "update event set description = ? where id = (select min(id) from event)", 1_000),
            new Column("event.description_ru", "update event set description_ru = ? where id = (select min(id) from event)", 1_000),
            new Column("colour_band.meaning", "update colour_band set meaning = ? where issue_id = :issue", 1_000),
            new Column("issue.correction_note", "update issue set correction_note = ? where id = :issue", 2_000),
            new Column("issue_author.biography", "insert into issue_author (issue_id, seq, name, biography) values (:issue, 99, 'A. Author', ?)", 5_000),
            new Column("review_comment.body", "insert into review_comment (issue_id, author, body) values (:issue, 'editor', ?)", 5_000),
            new Column("part_state.note", "insert into part_state (issue_id, part, state, note, changed_by) values (:issue, 'limits', 'READY', ?, 'analyst')", 2_000),
            new Column("part_state.comment", "insert into part_state (issue_id, part, state, comment, changed_by) values (:issue, 'limits2', 'IN_PROGRESS', ?, 'editor')", 5_000),
            new Column("narrative.body", "insert into narrative (issue_id, subject, part, language, body) values (:issue, 'limits', 'trends', 'en', ?)", 100_000),
            new Column("finding_acknowledgement.reason", "insert into finding_acknowledgement (issue_id, finding_key, reason, acknowledged_by) "
                    + "values (:issue, 'limits', ?, 'editor')", 2_000),
            new Column("codebook_anchor.rationale", "insert into codebook_anchor (relationship_code, score, event_uid, rationale, chosen_by) "
                    + "values ('limits', 1, 'e' || :issue, ?, 'editor')", 1_000),
            new Column("codebook_anchor.rationale_ru", "insert into codebook_anchor (relationship_code, score, event_uid, rationale, rationale_ru, "
                    + "chosen_by) values ('limits', 1, 'r' || :issue, 'Why', ?, 'editor')", 1_000));

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTextOneCharacterPastItsLimitIsRefusedByTheStoreItself(TestDatabase database) {
        Stores stores = Stores.on(database.fresh());
        stores.imports().importFile(Seed.path(), IssueImport.Options.NONE);
        long issue = stores.revisions().ref(17).orElseThrow().id();
        JdbcClient jdbc = stores.jdbc();

        for (Column column : COLUMNS) {
            String sql = column.sql().replace(":issue", Long.toString(issue));
            assertThatThrownBy(() -> jdbc.sql(sql).param("я".repeat(column.limit() + 1)).update()).as(column.name())
                    .isInstanceOf(DataIntegrityViolationException.class);
            assertThat(jdbc.sql(sql).param("я".repeat(column.limit())).update()).as(column.name()).isPositive();
        }
        assertThat(jdbc.sql("select char_length(body) from narrative where issue_id = ? and subject = 'limits'").param(issue).query(Integer.class).single())
                .isEqualTo(100_000);
    }
}
