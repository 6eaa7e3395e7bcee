package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * One table for every event: the security catalogue's events move into {@code event} beside the relationships' ones,
 * told apart by {@code kind} ('relationship' with relationship_id and score; 'security' with national and regional).
 * A moved event's id is its old id plus the highest event id, so the change log's entries for security events
 * (deleted ones too) are moved by the same sum; the identity then restarts above every id. Written in Java only
 * because the restart takes a number, not an expression; every statement is plain SQL that H2 and PostgreSQL share.
 */
public class V4__one_event_table extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            sql.execute("alter table event add column kind varchar(20) default 'relationship' not null");
            sql.execute("alter table event add column national integer");
            sql.execute("alter table event add column regional integer");
            sql.execute("alter table event alter column relationship_id drop not null");
            sql.execute("alter table event alter column score drop not null");
            long offset = single(sql, "select coalesce(max(id), 0) from event");
            sql.execute("""
                    insert into event (id, issue_id, kind, relationship_id, seq, uid, date_written, date_start, date_end, date_precision,
                                       description, description_ru, sources, score, national, regional, version)
                    select id + %d, issue_id, 'security', null, seq, uid, date_written, date_start, date_end, date_precision,
                           description, description_ru, sources, null, national, regional, version
                    from security_event""".formatted(offset));
            sql.execute("update change_log set entity_id = entity_id + %d where entity = 'security-event'".formatted(offset));
            sql.execute("drop table security_event");
            sql.execute("alter table event alter column id restart with " + (single(sql, "select coalesce(max(id), 0) from event") + 1));
            sql.execute("""
                    alter table event add constraint event_kind check (
                        kind = 'relationship' and relationship_id is not null and score is not null and national is null and regional is null
                        or kind = 'security' and relationship_id is null and score is null and national is not null and regional is not null)""");
            sql.execute("create index event_issue_kind on event (issue_id, kind)");
        }
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
