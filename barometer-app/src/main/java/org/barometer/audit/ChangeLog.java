package org.barometer.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every change made in the workspace: who, when, to what, and the value before and after (as JSON text).
 * Callers record the change in the same transaction as the change itself.
 */
@Repository
public class ChangeLog {

    private final JdbcClient jdbc;

    public ChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One recorded change; before is null for a creation, after for a deletion. */
    public record Change(OffsetDateTime at, String account, int issueNumber, int revision, String entity, Long entityId,
                         String action, String before, String after) {
    }

    public void record(String account, int issueNumber, int revision, String entity, Long entityId, String action,
                       String before, String after) {
        jdbc.sql("""
                insert into change_log (account, issue_number, revision, entity, entity_id, action, before_value, after_value)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(account, issueNumber, revision, entity, entityId, action, before, after)
                .update();
    }

    /** The changes to an issue, newest first. */
    public List<Change> forIssue(int issueNumber) {
        return jdbc.sql(SELECT + " where issue_number = ? order by id desc").param(issueNumber).query(ChangeLog::change).list();
    }

    /** The changes to one entity (for example "event" and its id), newest first. */
    public List<Change> forEntity(String entity, long entityId) {
        return jdbc.sql(SELECT + " where entity = ? and entity_id = ? order by id desc").params(entity, entityId)
                .query(ChangeLog::change).list();
    }

    private static final String SELECT =
            "select changed_at, account, issue_number, revision, entity, entity_id, action, before_value, after_value from change_log";

    private static Change change(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Change(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                (Long) rs.getObject(6, Long.class), rs.getString(7), rs.getString(8), rs.getString(9));
    }
}
