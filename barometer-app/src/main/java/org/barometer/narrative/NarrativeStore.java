package org.barometer.narrative;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Narrative texts in the store, one row per revision, subject, part and language. Callers own the transaction. */
@Repository
class NarrativeStore {

    private static final String SELECT = "select subject, part, language, body, version from narrative";

    private final JdbcClient jdbc;

    NarrativeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NarrativeText> all(long issueId) {
        return jdbc.sql(SELECT + " where issue_id = ? order by subject, part, language").param(issueId).query(NarrativeStore::text).list();
    }

    Optional<NarrativeText> find(long issueId, String subject, String part, String language) {
        return jdbc.sql(SELECT + " where issue_id = ? and subject = ? and part = ? and language = ?")
                .params(issueId, subject, part, language)
                .query(NarrativeStore::text)
                .optional();
    }

    /** Stores a text not yet written, as version 1; false, and nothing changed, if it has been written meanwhile. */
    boolean insert(long issueId, String subject, String part, String language, String markdown) {
        return jdbc.sql("""
                insert into narrative (issue_id, subject, part, language, body, version)
                select ?, ?, ?, ?, ?, 1 from (values (0)) as one (x)
                where not exists (select 1 from narrative where issue_id = ? and subject = ? and part = ? and language = ?)""")
                .params(issueId, subject, part, language, markdown, issueId, subject, part, language)
                .update() == 1;
    }

    /** Replaces a text if it is still at the version the writer read; false, and nothing changed, if it is not. */
    boolean update(long issueId, String subject, String part, String language, String markdown, int readVersion) {
        return jdbc.sql("""
                update narrative set body = ?, version = version + 1
                where issue_id = ? and subject = ? and part = ? and language = ? and version = ?""")
                .params(markdown, issueId, subject, part, language, readVersion)
                .update() == 1;
    }

    /** Removes a subject's texts from a revision. */
    void remove(long issueId, String subject) {
        jdbc.sql("delete from narrative where issue_id = ? and subject = ?").params(issueId, subject).update();
    }

    /** Copies every text of one revision into another, versions included. */
    void copy(long fromIssueId, long toIssueId) {
        jdbc.sql("""
                insert into narrative (issue_id, subject, part, language, body, version)
                select ?, subject, part, language, body, version from narrative where issue_id = ?""")
                .params(toIssueId, fromIssueId)
                .update();
    }

    private static NarrativeText text(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new NarrativeText(rs.getString("subject"), rs.getString("part"), rs.getString("language"), rs.getString("body"), rs.getInt("version"));
    }
}
