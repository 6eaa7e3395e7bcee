package org.barometer.reliability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The double scores of each revision: per catalogue the sample (share, seed, second coder), the events in it with the
 * second coder's scores, and the editor's decisions. Scores are lists in the order of the catalogue's score columns
 * (score; or national, regional). Callers own the transaction and lock the revision.
 */
@Repository
class DoubleStore {

    /** A catalogue's sample: the share drawn and its seed, and who scores it second (null until assigned). */
    record Sample(String catalogue, int sharePercent, long seed, String secondCoder, String changedBy, OffsetDateTime changedAt) {
    }

    /** An event in a sample: drawn or added by hand, and its second score once given (scores empty until then). */
    record Second(String uid, String catalogue, boolean byHand, String coder, List<Integer> scores, OffsetDateTime scoredAt) {

        public boolean scored() {
            return !scores.isEmpty();
        }
    }

    /** The editor's decision on one event: the two scores as they were, the score of record and why. */
    record Decision(String uid, List<Integer> first, List<Integer> second, List<Integer> record, String reason, String decidedBy,
                    OffsetDateTime decidedAt) {
    }

    private final JdbcClient jdbc;

    DoubleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Sample> samples(long issueRow) {
        return jdbc.sql("select * from double_sample where issue_id = ? order by catalogue").param(issueRow)
                .query((rs, n) -> new Sample(rs.getString("catalogue"), rs.getInt("share_percent"), rs.getLong("seed"),
                        rs.getString("second_coder"), rs.getString("changed_by"), rs.getObject("changed_at", OffsetDateTime.class)))
                .list();
    }

    Optional<Sample> sample(long issueRow, String catalogue) {
        return samples(issueRow).stream().filter(sample -> sample.catalogue().equals(catalogue)).findFirst();
    }

    void putSample(long issueRow, String catalogue, int sharePercent, long seed, String secondCoder, String by) {
        jdbc.sql("delete from double_sample where issue_id = ? and catalogue = ?").params(issueRow, catalogue).update();
        jdbc.sql("insert into double_sample (issue_id, catalogue, share_percent, seed, second_coder, changed_by) values (?, ?, ?, ?, ?, ?)")
                .params(issueRow, catalogue, sharePercent, seed, secondCoder, by).update();
    }

    /** The events in the samples of a revision; of one catalogue, or of all when catalogue is null. */
    List<Second> seconds(long issueRow, String catalogue) {
        return jdbc.sql("select * from second_score where issue_id = :issue" + (catalogue == null ? "" : " and catalogue = :catalogue")
                        + " order by event_uid")
                .paramSource(catalogue == null ? java.util.Map.of("issue", issueRow) : java.util.Map.of("issue", issueRow, "catalogue", catalogue))
                .query((rs, n) -> new Second(rs.getString("event_uid"), rs.getString("catalogue"), "HAND".equals(rs.getString("added")),
                        rs.getString("coder"), scores(rs, ""), rs.getObject("scored_at", OffsetDateTime.class)))
                .list();
    }

    /** Puts an event in the sample; false if it was in it already. */
    boolean include(long issueRow, String catalogue, String uid, boolean byHand) {
        if (jdbc.sql("select count(*) from second_score where issue_id = ? and event_uid = ?").params(issueRow, uid).query(Integer.class).single() > 0) {
            return false;
        }
        jdbc.sql("insert into second_score (issue_id, event_uid, catalogue, added) values (?, ?, ?, ?)")
                .params(issueRow, uid, catalogue, byHand ? "HAND" : "DRAWN").update();
        return true;
    }

    /** Takes an event out of the sample, with its second score; false if it was not in it. */
    boolean exclude(long issueRow, String uid) {
        return jdbc.sql("delete from second_score where issue_id = ? and event_uid = ?").params(issueRow, uid).update() == 1;
    }

    /** Takes the drawn events nobody has scored yet out of a catalogue's sample, before a new draw. */
    void excludeUnscoredDrawn(long issueRow, String catalogue) {
        jdbc.sql("delete from second_score where issue_id = ? and catalogue = ? and added = 'DRAWN' and scored_at is null")
                .params(issueRow, catalogue).update();
    }

    void score(long issueRow, String uid, String coder, List<Integer> scores) {
        jdbc.sql("update second_score set coder = ?, score = ?, national = ?, regional = ?, scored_at = current_timestamp "
                        + "where issue_id = ? and event_uid = ?")
                .params(coder, scores.size() == 1 ? scores.get(0) : null, scores.size() == 2 ? scores.get(0) : null,
                        scores.size() == 2 ? scores.get(1) : null, issueRow, uid)
                .update();
    }

    List<Decision> decisions(long issueRow) {
        return jdbc.sql("select * from adjudication where issue_id = ? order by decided_at, event_uid").param(issueRow)
                .query((rs, n) -> new Decision(rs.getString("event_uid"), scores(rs, "first_"), scores(rs, "second_"),
                        scores(rs, "record_"), rs.getString("reason"), rs.getString("decided_by"),
                        rs.getObject("decided_at", OffsetDateTime.class)))
                .list();
    }

    void decide(long issueRow, String uid, List<Integer> first, List<Integer> second, List<Integer> record, String reason, String by) {
        jdbc.sql("delete from adjudication where issue_id = ? and event_uid = ?").params(issueRow, uid).update();
        List<Object> values = new ArrayList<>(List.of(issueRow, uid));
        for (List<Integer> scores : List.of(first, second, record)) {
            values.add(scores.size() == 1 ? scores.get(0) : null);
            values.add(scores.size() == 2 ? scores.get(0) : null);
            values.add(scores.size() == 2 ? scores.get(1) : null);
        }
        values.add(reason);
        values.add(by);
        jdbc.sql("""
                insert into adjudication (issue_id, event_uid, first_score, first_national, first_regional, second_score, second_national,
                    second_regional, record_score, record_national, record_regional, reason, decided_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(values).update();
    }

    /** The scores in the columns with this prefix: score, or national and regional, whichever are set; empty if none is. */
    private static List<Integer> scores(ResultSet rs, String prefix) throws SQLException {
        Integer score = rs.getObject(prefix + "score", Integer.class);
        Integer national = rs.getObject(prefix + "national", Integer.class);
        Integer regional = rs.getObject(prefix + "regional", Integer.class);
        if (score != null) {
            return List.of(score);
        }
        return national != null && regional != null ? List.of(national, regional) : List.of();
    }
}
