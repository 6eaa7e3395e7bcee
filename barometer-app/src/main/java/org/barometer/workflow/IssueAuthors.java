package org.barometer.workflow;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The authors of each revision of an issue. Callers own the transaction. */
@Repository
class IssueAuthors {

    private final JdbcClient jdbc;

    IssueAuthors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Author> list(long issueId) {
        return jdbc.sql("select seq, name, affiliation, biography from issue_author where issue_id = ? order by seq")
                .param(issueId)
                .query((rs, n) -> new Author(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Adds an author after the others; the author as stored, with their place. */
    Author add(long issueId, Author author) {
        int seq = jdbc.sql("select coalesce(max(seq), -1) + 1 from issue_author where issue_id = ?").param(issueId).query(Integer.class).single();
        jdbc.sql("insert into issue_author (issue_id, seq, name, affiliation, biography) values (?, ?, ?, ?, ?)")
                .params(issueId, seq, author.name(), author.affiliation(), author.biography())
                .update();
        return new Author(seq, author.name(), author.affiliation(), author.biography());
    }

    /** Removes an author; the author removed, or empty if there was none at that place. */
    Optional<Author> remove(long issueId, int seq) {
        Optional<Author> author = list(issueId).stream().filter(a -> a.seq() == seq).findFirst();
        author.ifPresent(a -> jdbc.sql("delete from issue_author where issue_id = ? and seq = ?").params(issueId, seq).update());
        return author;
    }

    void copy(long fromIssueId, long toIssueId) {
        jdbc.sql("""
                insert into issue_author (issue_id, seq, name, affiliation, biography)
                select ?, seq, name, affiliation, biography from issue_author where issue_id = ?""")
                .params(toIssueId, fromIssueId)
                .update();
    }
}
