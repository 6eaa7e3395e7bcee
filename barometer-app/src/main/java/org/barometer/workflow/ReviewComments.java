package org.barometer.workflow;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The editor's comments on a revision sent back for more work. Callers own the transaction. */
@Repository
class ReviewComments {

    record ReviewComment(String author, OffsetDateTime at, String body) {
    }

    private final JdbcClient jdbc;

    ReviewComments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long issueId, String author, String body) {
        jdbc.sql("insert into review_comment (issue_id, author, body) values (?, ?, ?)").params(issueId, author, body).update();
    }

    /** The comments on a revision, oldest first. */
    List<ReviewComment> list(long issueId) {
        return jdbc.sql("select author, created_at, body from review_comment where issue_id = ? order by id")
                .param(issueId)
                .query((rs, n) -> new ReviewComment(rs.getString("author"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("body")))
                .list();
    }
}
