package org.barometer.findings;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The editor's acknowledgements of findings, by revision row and finding key. Callers own the transaction. */
@Repository
class Acknowledgements {

    private final JdbcClient jdbc;

    Acknowledgements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, IssueFinding.Acknowledgement> of(long issueRow) {
        Map<String, IssueFinding.Acknowledgement> all = new HashMap<>();
        jdbc.sql("select finding_key, reason, acknowledged_by, acknowledged_at from finding_acknowledgement where issue_id = ?")
                .param(issueRow)
                .query(rs -> {
                    all.put(rs.getString("finding_key"), new IssueFinding.Acknowledgement(rs.getString("reason"), rs.getString("acknowledged_by"),
                            rs.getObject("acknowledged_at", OffsetDateTime.class)));
                });
        return all;
    }

    /** Keeps the acknowledgement, in place of an earlier one of the same finding. */
    void put(long issueRow, String key, String reason, String by) {
        jdbc.sql("delete from finding_acknowledgement where issue_id = ? and finding_key = ?").params(issueRow, key).update();
        jdbc.sql("insert into finding_acknowledgement (issue_id, finding_key, reason, acknowledged_by) values (?, ?, ?, ?)")
                .params(issueRow, key, reason, by).update();
    }
}
