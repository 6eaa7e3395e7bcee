package org.barometer.issue;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The authors of each revision of an issue, in their order. Callers own the transaction. */
@Repository
public class Authors {

    private final JdbcClient jdbc;

    Authors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The authors of the revision stored in this row ({@link IssueRef#id()}), in their order. */
    public List<Author> of(long issueRow) {
        return jdbc.sql("select seq, name, affiliation, biography from issue_author where issue_id = ? order by seq")
                .param(issueRow)
                .query((rs, n) -> new Author(rs.getInt("seq"), rs.getString("name"), rs.getString("affiliation"), rs.getString("biography")))
                .list();
    }

    /** Adds an author after the others; the author as stored, with their place. */
    public Author add(long issueRow, Author author) {
        int seq = jdbc.sql("select coalesce(max(seq), -1) + 1 from issue_author where issue_id = ?").param(issueRow).query(Integer.class).single();
        jdbc.sql("insert into issue_author (issue_id, seq, name, affiliation, biography) values (?, ?, ?, ?, ?)")
                .params(issueRow, seq, author.name(), author.affiliation(), author.biography())
                .update();
        return new Author(seq, author.name(), author.affiliation(), author.biography());
    }

    /** Removes an author; the author removed, or empty if there was none at that place. */
    public Optional<Author> remove(long issueRow, int seq) {
        Optional<Author> author = of(issueRow).stream().filter(a -> a.seq() == seq).findFirst();
        author.ifPresent(a -> jdbc.sql("delete from issue_author where issue_id = ? and seq = ?").params(issueRow, seq).update());
        return author;
    }

    /** Copies the authors of one revision into another. */
    void copy(long fromRow, long toRow) {
        jdbc.sql("""
                insert into issue_author (issue_id, seq, name, affiliation, biography)
                select ?, seq, name, affiliation, biography from issue_author where issue_id = ?""")
                .params(toRow, fromRow)
                .update();
    }
}
