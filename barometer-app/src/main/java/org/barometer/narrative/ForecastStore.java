package org.barometer.narrative;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.barometer.method.Figure;
import org.barometer.method.ForecastStatement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Forecast statements in the store, one row per revision and position. Callers own the transaction. */
@Repository
class ForecastStore {

    private static final String SELECT = """
            select f.issue_id, i.issue_number, f.seq, f.subject, f.figure, f.comparison, f.threshold_low, f.threshold_high, f.colour,
                   f.about_issue, f.probability
            from forecast_statement f join issue i on i.id = f.issue_id""";

    private final JdbcClient jdbc;

    ForecastStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredForecast> all(long issueId) {
        return jdbc.sql(SELECT + " where f.issue_id = ? order by f.seq").param(issueId).query(ForecastStore::row).list();
    }

    /** The statements of several revisions in one query, by revision row and position. */
    List<StoredForecast> all(Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(issueIds.size(), "?"));
        return jdbc.sql(SELECT + " where f.issue_id in (" + marks + ") order by f.issue_id, f.seq")
                .params(new ArrayList<Object>(issueIds)).query(ForecastStore::row).list();
    }

    Optional<StoredForecast> find(long issueId, int seq) {
        return jdbc.sql(SELECT + " where f.issue_id = ? and f.seq = ?").params(issueId, seq).query(ForecastStore::row).optional();
    }

    /** Adds a statement after the revision's last one; its position. */
    int insert(long issueId, ForecastStatement statement) {
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from forecast_statement where issue_id = ?").param(issueId)
                .query(Integer.class).single();
        List<Integer> t = statement.thresholds();
        jdbc.sql("""
                insert into forecast_statement (issue_id, seq, subject, figure, comparison, threshold_low, threshold_high, colour,
                                                about_issue, probability)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(issueId, seq, statement.subject(), statement.figure().name(), statement.comparison().name(),
                        t.isEmpty() ? null : t.get(0), t.size() < 2 ? null : t.get(1), statement.colour(), statement.about(),
                        statement.probability() == null ? null : Double.toString(statement.probability()))
                .update();
        return seq;
    }

    boolean remove(long issueId, int seq) {
        return jdbc.sql("delete from forecast_statement where issue_id = ? and seq = ?").params(issueId, seq).update() == 1;
    }

    /** Copies every statement of one revision into another, positions included. */
    void copy(long fromIssueId, long toIssueId) {
        jdbc.sql("""
                insert into forecast_statement (issue_id, seq, subject, figure, comparison, threshold_low, threshold_high, colour,
                                                about_issue, probability)
                select ?, seq, subject, figure, comparison, threshold_low, threshold_high, colour, about_issue, probability
                from forecast_statement where issue_id = ?""")
                .params(toIssueId, fromIssueId)
                .update();
    }

    private static Double probability(String stored) {
        return stored == null ? null : Double.valueOf(stored);
    }

    /** A stored row read back through the statement's own checks: a row that fails them fails loudly, never graded. */
    private static StoredForecast row(ResultSet rs, int row) throws SQLException {
        List<Integer> thresholds = new ArrayList<>();
        for (String column : List.of("threshold_low", "threshold_high")) {
            Integer value = rs.getObject(column, Integer.class);
            if (value != null) {
                thresholds.add(value);
            }
        }
        ForecastStatement statement = new ForecastStatement(rs.getInt("issue_number"), rs.getInt("about_issue"), rs.getString("subject"),
                Figure.valueOf(rs.getString("figure")), ForecastStatement.Comparison.valueOf(rs.getString("comparison")), thresholds,
                rs.getString("colour"), probability(rs.getString("probability")));
        return new StoredForecast(rs.getLong("issue_id"), rs.getInt("seq"), statement);
    }
}
