package org.barometer.codebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The codebook's anchors, and the option of each revision to carry the codebook in its PDF. The read model of published
 * data reads them here; the editor's changes go through {@link AnchorChoices}. Callers own the transaction.
 */
@Repository
public class Anchors {

    private static final String SELECT =
            "select relationship_code, score, event_uid, rationale, rationale_ru, chosen_by, chosen_at from codebook_anchor";

    private final JdbcClient jdbc;

    Anchors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every anchor, by relationship, the highest score first, then in the order they were chosen. */
    public List<Anchor> all() {
        return jdbc.sql(SELECT + " order by relationship_code, score desc, chosen_at, event_uid").query(Anchors::anchor).list();
    }

    List<Anchor> of(String relationship) {
        return jdbc.sql(SELECT + " where relationship_code = ? order by score desc, chosen_at, event_uid").param(relationship)
                .query(Anchors::anchor).list();
    }

    Optional<Anchor> find(String relationship, String uid) {
        return jdbc.sql(SELECT + " where relationship_code = ? and event_uid = ?").params(relationship, uid).query(Anchors::anchor).optional();
    }

    /** Keeps the anchor, in place of an earlier choice of the same event. */
    void put(Anchor anchor) {
        remove(anchor.relationship(), anchor.uid());
        jdbc.sql("""
                insert into codebook_anchor (relationship_code, score, event_uid, rationale, rationale_ru, chosen_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(anchor.relationship(), anchor.score(), anchor.uid(), anchor.rationale(), anchor.rationaleRu(), anchor.chosenBy())
                .update();
    }

    boolean remove(String relationship, String uid) {
        return jdbc.sql("delete from codebook_anchor where relationship_code = ? and event_uid = ?").params(relationship, uid).update() > 0;
    }

    /** Whether the editor chose to print the codebook as an appendix of this revision's PDF. */
    public boolean inPdf(long issueRow) {
        return jdbc.sql("select codebook_in_pdf from issue_option where issue_id = ?").param(issueRow).query(Boolean.class)
                .optional().orElse(false);
    }

    void setInPdf(long issueRow, boolean include) {
        jdbc.sql("delete from issue_option where issue_id = ?").param(issueRow).update();
        jdbc.sql("insert into issue_option (issue_id, codebook_in_pdf) values (?, ?)").params(issueRow, include).update();
    }

    private static Anchor anchor(ResultSet rs, int row) throws SQLException {
        return new Anchor(rs.getString("relationship_code"), rs.getInt("score"), rs.getString("event_uid"), rs.getString("rationale"),
                rs.getString("rationale_ru"), rs.getString("chosen_by"), rs.getObject("chosen_at", OffsetDateTime.class));
    }
}
