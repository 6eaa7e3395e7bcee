package org.barometer.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.barometer.issue.IssueStore;
import org.barometer.issue.Sources;
import org.barometer.method.DateExpression;
import org.barometer.method.DatePrecision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The events of one catalogue of one issue revision, in the event table (a relationship's) or the security_event
 * table. Every change of an event bumps its version, and only the version the editor started from is changed.
 * Events keep their place (seq) in the order 0, 1, 2...: new ones go last, and a deletion closes the gap.
 * Callers own the transaction.
 */
@Repository
class EventStore {

    private static final String COLUMNS =
            "id, version, date_written, date_start, date_end, date_precision, description, description_ru, sources, ";

    private final JdbcClient jdbc;

    EventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Entry> entries(long issueId, Subject subject) {
        return jdbc.sql("select " + COLUMNS + scores(subject) + " from " + table(subject) + " where " + scope(subject) + " order by seq")
                .param("issue", issueId).param("code", subject.code())
                .query((rs, n) -> entry(rs, subject))
                .list();
    }

    Optional<Entry> entry(long issueId, Subject subject, long id) {
        return jdbc.sql("select " + COLUMNS + scores(subject) + " from " + table(subject) + " where id = :id and " + scope(subject))
                .param("id", id).param("issue", issueId).param("code", subject.code())
                .query((rs, n) -> entry(rs, subject))
                .optional();
    }

    /** Stores a new event as the last of its catalogue, at version 0; its id. */
    long add(long issueId, Subject subject, Draft draft) {
        String relationship = subject.isSecurity() ? "" : "relationship_id, ";
        String relationshipValue = subject.isSecurity() ? "" : "(select id from relationship where code = :code), ";
        String scoreValues = String.join(", ", subject.scoreFields().stream().map(field -> ":" + field).toList());
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into " + table(subject) + " (issue_id, " + relationship
                        + "seq, uid, date_written, date_start, date_end, date_precision, description, description_ru, sources, " + scores(subject) + ")"
                        + " values (:issue, " + relationshipValue
                        + "(select coalesce(max(seq), -1) + 1 from " + table(subject) + " where " + scope(subject) + "), :uid, "
                        + ":written, :start, :end, :precision, :description, :descriptionRu, :sources, " + scoreValues + ")")
                .param("issue", issueId).param("code", subject.code()).param("uid", IssueStore.newUid())
                .params(values(subject, draft))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Changes the event if it is still at the version given; whether it was. */
    boolean update(long issueId, Subject subject, long id, int version, Draft draft) {
        String setScores = String.join(", ", subject.scoreFields().stream().map(field -> field + " = :" + field).toList());
        return jdbc.sql("update " + table(subject) + " set date_written = :written, date_start = :start, date_end = :end, "
                        + "date_precision = :precision, description = :description, description_ru = :descriptionRu, sources = :sources, "
                        + setScores + ", version = version + 1"
                        + " where id = :id and version = :version and " + scope(subject))
                .param("id", id).param("version", version).param("issue", issueId).param("code", subject.code())
                .params(values(subject, draft))
                .update() == 1;
    }

    /** Deletes the event if it is still at the version given, and moves the events after it up one place; whether it was. */
    boolean delete(long issueId, Subject subject, long id, int version) {
        Optional<Integer> seq = jdbc.sql("select seq from " + table(subject) + " where id = :id and version = :version and " + scope(subject))
                .param("id", id).param("version", version).param("issue", issueId).param("code", subject.code())
                .query(Integer.class).optional();
        if (seq.isEmpty()) {
            return false;
        }
        int deleted = jdbc.sql("delete from " + table(subject) + " where id = :id and version = :version and " + scope(subject))
                .param("id", id).param("version", version).param("issue", issueId).param("code", subject.code())
                .update();
        if (deleted == 1) {
            closeGap(issueId, subject, seq.get());
        }
        return deleted == 1;
    }

    /** Through negative places, so that no two events share a place at any moment (the unique key is checked row by row). */
    private void closeGap(long issueId, Subject subject, int seq) {
        jdbc.sql("update " + table(subject) + " set seq = -seq where seq > :seq and " + scope(subject))
                .param("seq", seq).param("issue", issueId).param("code", subject.code()).update();
        jdbc.sql("update " + table(subject) + " set seq = -seq - 1 where seq < 0 and " + scope(subject))
                .param("issue", issueId).param("code", subject.code()).update();
    }

    private static Map<String, Object> values(Subject subject, Draft draft) {
        Map<String, Object> values = new HashMap<>();
        DateExpression date = draft.date();
        values.put("written", date.written());
        values.put("start", date.start());
        values.put("end", date.end());
        values.put("precision", date.precision().name());
        values.put("description", draft.description());
        values.put("descriptionRu", draft.descriptionRu());
        values.put("sources", Sources.join(draft.sources()));
        List<String> fields = subject.scoreFields();
        for (int i = 0; i < fields.size(); i++) {
            values.put(fields.get(i), draft.scores().get(i));
        }
        return values;
    }

    private static Entry entry(ResultSet rs, Subject subject) throws SQLException {
        DateExpression date = new DateExpression(rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                DatePrecision.valueOf(rs.getString(6)));
        List<Integer> scores = new ArrayList<>();
        for (int i = 0; i < subject.scoreFields().size(); i++) {
            scores.add(rs.getInt(10 + i));
        }
        return new Entry(rs.getLong(1), rs.getInt(2), date, rs.getString(7), rs.getString(8), Sources.split(rs.getString(9)), scores);
    }

    private static String table(Subject subject) {
        return subject.isSecurity() ? "security_event" : "event";
    }

    private static String scope(Subject subject) {
        return subject.isSecurity() ? "issue_id = :issue" : "issue_id = :issue and relationship_id = (select id from relationship where code = :code)";
    }

    private static String scores(Subject subject) {
        return String.join(", ", subject.scoreFields());
    }
}
