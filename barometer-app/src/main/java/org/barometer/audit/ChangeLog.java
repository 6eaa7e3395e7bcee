package org.barometer.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.barometer.issue.IssueRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every change made in the workspace: who, when, to what, how, and the value before and after (as JSON text).
 * Callers record the change in the same transaction as the change itself.
 */
@Repository
public class ChangeLog {

    /** What was changed. */
    public enum Entity {
        ISSUE, EVENT, SECURITY_EVENT, NARRATIVE, AUTHOR, PART, FINDING, RELATIONSHIP, FORECAST,
        /** A catalogue's sample for a second, blind score, a second score, or the editor's decision between two scores. */
        DOUBLE_SCORE,
        /** An anchor event of the codebook, logged with the published revision its event belongs to. */
        ANCHOR;

        /** As the change log stores it and the history shows it: "issue", "security-event"... */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Entity ofKey(String key) {
            return Arrays.stream(values()).filter(entity -> entity.key().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the change log holds an entity it does not know: " + key));
        }
    }

    /** How it was changed. */
    public enum Action {
        CREATE, UPDATE, DELETE, EDIT, ADD, REMOVE, DETAILS, SUBMIT, SEND_BACK, PUBLISH, CORRECT, RESTORE, ACKNOWLEDGE,
        /** A part of the issue (a relationship, security, the foreword) marked ready, marked in progress, or sent back by the editor. */
        PART_READY, PART_IN_PROGRESS, PART_SENT_BACK,
        /** A sample drawn for double scoring, an event's second score, and the editor's score of record where the two differ. */
        SAMPLE, SECOND_SCORE, ADJUDICATE;

        /** As the change log stores it and the pages name it: "create", "send-back"... */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Action ofKey(String key) {
            return Arrays.stream(values()).filter(action -> action.key().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the change log holds an action it does not know: " + key));
        }
    }

    /**
     * One recorded change; before is null for a creation, after for a deletion; entityId is null where the entity has none;
     * id is the change's own number in the log.
     */
    public record Change(long id, OffsetDateTime at, String account, int issueNumber, int revision, Entity entity, Long entityId,
                         Action action, String before, String after) {
    }

    /** One entity's value before and after a change, among many changes made at once. */
    public record Values(Long entityId, String before, String after) {
    }

    private static final String INSERT = """
            insert into change_log (account, issue_number, revision, entity, entity_id, action, before_value, after_value)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    /** For batches of inserts, which the JdbcClient does not make. */
    private final JdbcTemplate batch;

    ChangeLog(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.batch = new JdbcTemplate(dataSource);
    }

    /** Records that an account made a change to an entity of a revision. */
    public void record(String account, IssueRef revision, Entity entity, Long entityId, Action action, String before, String after) {
        jdbc.sql(INSERT).params(account, revision.number(), revision.revision(), entity.key(), entityId, action.key(), before, after).update();
    }

    /** Records the same change to many entities of a revision (a paste of many events), in their order: one batch of inserts. */
    public void recordAll(String account, IssueRef revision, Entity entity, Action action, List<Values> changes) {
        batch.batchUpdate(INSERT, changes.stream().map(change -> new Object[] {account, revision.number(), revision.revision(), entity.key(),
                change.entityId(), action.key(), change.before(), change.after()}).toList());
    }

    /** The changes to an issue, newest first. */
    public List<Change> forIssue(int issueNumber) {
        return jdbc.sql(SELECT + " where issue_number = ? order by id desc").param(issueNumber).query(ChangeLog::change).list();
    }

    /** Every change to one kind of entity, newest first, whatever issue it was logged with. */
    public List<Change> forKind(Entity entity, int limit) {
        return jdbc.sql(SELECT + " where entity = ? order by id desc fetch first " + limit + " rows only").param(entity.key())
                .query(ChangeLog::change).list();
    }

    /** One change by its number in the log. */
    public Optional<Change> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(ChangeLog::change).optional();
    }

    /** The changes to one entity (for example an event by its id), newest first. */
    public List<Change> forEntity(Entity entity, long entityId) {
        return jdbc.sql(SELECT + " where entity = ? and entity_id = ? order by id desc").params(entity.key(), entityId)
                .query(ChangeLog::change).list();
    }

    private static final String SELECT =
            "select id, changed_at, account, issue_number, revision, entity, entity_id, action, before_value, after_value from change_log";

    private static Change change(ResultSet rs, int row) throws SQLException {
        return new Change(rs.getLong("id"), rs.getObject("changed_at", OffsetDateTime.class), rs.getString("account"), rs.getInt("issue_number"),
                rs.getInt("revision"), Entity.ofKey(rs.getString("entity")), rs.getObject("entity_id", Long.class),
                Action.ofKey(rs.getString("action")), rs.getString("before_value"), rs.getString("after_value"));
    }
}
