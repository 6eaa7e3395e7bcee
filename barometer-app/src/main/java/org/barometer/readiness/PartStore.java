package org.barometer.readiness;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The marked parts of each revision, one row per revision and part. Callers own the transaction and lock the revision. */
@Repository
class PartStore {

    private final JdbcClient jdbc;

    PartStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The parts of the revision stored in this row that someone has marked. */
    List<PartState> marked(long issueRow) {
        return jdbc.sql("select part, state, note, comment, changed_by, changed_at from part_state where issue_id = ? order by part")
                .param(issueRow)
                .query((rs, n) -> new PartState(rs.getString("part"), PartState.State.valueOf(rs.getString("state")), rs.getString("note"),
                        rs.getString("comment"), rs.getString("changed_by"), rs.getObject("changed_at", OffsetDateTime.class)))
                .list();
    }

    /** Replaces the part's row; the revision's row is locked by the caller, so nobody writes it meanwhile. */
    void put(long issueRow, String part, PartState.State state, String note, String comment, String by) {
        jdbc.sql("delete from part_state where issue_id = ? and part = ?").params(issueRow, part).update();
        jdbc.sql("insert into part_state (issue_id, part, state, note, comment, changed_by) values (?, ?, ?, ?, ?, ?)")
                .params(issueRow, part, state.name(), note, comment, by).update();
    }
}
