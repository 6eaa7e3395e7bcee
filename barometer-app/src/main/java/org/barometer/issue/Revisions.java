package org.barometer.issue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The revisions of issues and their way through the workflow. A correction after publication is a new revision; earlier
 * ones stay as stored. The one place that knows which revision of an issue readers see: its latest published one.
 * Callers own the transaction.
 */
@Repository
public class Revisions {

    private static final String SELECT = """
            select id, issue_number, revision, status, title, period_start, period_end, correction_note, created_at, published_at
            from issue i""";

    /** The latest published revision of its issue; i is the issue row. */
    private static final String LATEST_PUBLISHED = """
            i.status = 'PUBLISHED' and i.revision = (select max(p.revision) from issue p
                where p.issue_number = i.issue_number and p.status = 'PUBLISHED')""";

    private static final String LATEST = "i.revision = (select max(r.revision) from issue r where r.issue_number = i.issue_number)";

    private final JdbcClient jdbc;
    private final EventStore events;
    private final Authors authors;
    private final ApplicationEventPublisher announce;

    Revisions(JdbcClient jdbc, EventStore events, Authors authors, ApplicationEventPublisher announce) {
        this.jdbc = jdbc;
        this.events = events;
        this.authors = authors;
        this.announce = announce;
    }

    /** The latest revision of an issue. */
    public Optional<IssueRef> ref(int number) {
        return jdbc.sql(SELECT + " where i.issue_number = ? and " + LATEST).param(number).query(Revisions::revision).optional().map(Revision::ref);
    }

    /**
     * The latest revision of an issue, its row locked until the caller's transaction ends: for a change that depends on
     * the revision's status. A change of status waits for it, and it waits for a change of status; so an edit checked
     * against an issue in review can never land after the issue was published.
     */
    public Optional<IssueRef> refForWriting(int number) {
        return jdbc.sql("select id, issue_number, revision, status from issue where issue_number = ? order by revision desc "
                        + "fetch first 1 rows only for update")
                .param(number)
                .query((rs, n) -> new IssueRef(rs.getLong("id"), rs.getInt("issue_number"), rs.getInt("revision"),
                        IssueStatus.valueOf(rs.getString("status"))))
                .optional();
    }

    public Optional<IssueRef> ref(int number, int revision) {
        return find(number, revision).map(Revision::ref);
    }

    public Optional<Revision> find(int number, int revision) {
        return jdbc.sql(SELECT + " where i.issue_number = ? and i.revision = ?").params(number, revision).query(Revisions::revision).optional();
    }

    /** Every revision of an issue, the first first. */
    public List<Revision> of(int number) {
        return jdbc.sql(SELECT + " where i.issue_number = ? order by i.revision").param(number).query(Revisions::revision).list();
    }

    /** The latest revision of every issue, whatever its status, in number order. */
    public List<Revision> latest() {
        return jdbc.sql(SELECT + " where " + LATEST + " order by i.issue_number").query(Revisions::revision).list();
    }

    /** The revision readers see of an issue: its latest published one; empty if it was never published. */
    public Optional<Revision> latestPublished(int number) {
        return jdbc.sql(SELECT + " where i.issue_number = ? and " + LATEST_PUBLISHED).param(number).query(Revisions::revision).optional();
    }

    /** The revision readers see of every published issue, in number order. */
    public List<Revision> latestPublished() {
        return jdbc.sql(SELECT + " where " + LATEST_PUBLISHED + " order by i.issue_number").query(Revisions::revision).list();
    }

    /** Every revision ever published, of every issue, the newest first: first publications and corrections alike. */
    public List<Revision> everPublished() {
        return jdbc.sql(SELECT + " where i.status = 'PUBLISHED' order by coalesce(i.published_at, i.created_at) desc, i.issue_number desc, "
                + "i.revision desc").query(Revisions::revision).list();
    }

    /**
     * Moves a revision from the status its ref names to another; publishing stamps the time. False, and nothing
     * changed, if the revision was no longer in that status.
     */
    public boolean changeStatus(IssueRef ref, IssueStatus to) {
        boolean changed = jdbc.sql("""
                update issue set status = ?, published_at = case when ? then current_timestamp else published_at end
                where id = ? and status = ?""")
                .params(to.name(), to == IssueStatus.PUBLISHED, ref.id(), ref.status().name())
                .update() == 1;
        if (changed) {
            announce.publishEvent(new IssueChanged(ref.number()));
        }
        return changed;
    }

    /**
     * Copies a revision, with its scale, catalogues, security catalogue, stated figures, findings, authors and double scores, into the
     * next revision: a draft carrying the correction note. The copied revision is not changed.
     */
    public IssueRef copyAsCorrection(IssueRef from, String correctionNote) {
        jdbc.sql("""
                insert into issue (issue_number, revision, correction_note, title, period_start, period_end, status, score_lowest, score_highest)
                select issue_number, revision + 1, ?, title, period_start, period_end, ?, score_lowest, score_highest from issue where id = ?""")
                .params(correctionNote, IssueStatus.DRAFT.name(), from.id()).update();
        IssueRef to = ref(from.number(), from.revision() + 1).orElseThrow();
        for (String copy : List.of(
                "insert into colour_band (issue_id, seq, colour, lowest, highest, meaning) select ?, seq, colour, lowest, highest, meaning from colour_band where issue_id = ?",
                "insert into issue_relationship (issue_id, relationship_id, seq, heading) select ?, relationship_id, seq, heading from issue_relationship where issue_id = ?",
                "insert into stated_figure (issue_id, seq, subject, figure, stated) select ?, seq, subject, figure, stated from stated_figure where issue_id = ?",
                "insert into finding (issue_id, seq, kind, subject, figure, stated, computed, message) select ?, seq, kind, subject, figure, stated, computed, message from finding where issue_id = ?",
                "insert into double_sample (issue_id, catalogue, share_percent, seed, second_coder, changed_by, changed_at) select ?, catalogue, share_percent, seed, second_coder, changed_by, changed_at from double_sample where issue_id = ?",
                "insert into second_score (issue_id, event_uid, catalogue, added, coder, score, national, regional, scored_at) select ?, event_uid, catalogue, added, coder, score, national, regional, scored_at from second_score where issue_id = ?",
                "insert into adjudication (issue_id, event_uid, first_score, first_national, first_regional, second_score, second_national, second_regional, record_score, record_national, record_regional, reason, decided_by, decided_at) select ?, event_uid, first_score, first_national, first_regional, second_score, second_national, second_regional, record_score, record_national, record_regional, reason, decided_by, decided_at from adjudication where issue_id = ?")) {
            jdbc.sql(copy).params(to.id(), from.id()).update();
        }
        events.copy(from.id(), to.id());
        authors.copy(from.id(), to.id());
        return to;
    }

    private static Revision revision(ResultSet rs, int row) throws SQLException {
        return new Revision(rs.getLong("id"), rs.getInt("issue_number"), rs.getInt("revision"), IssueStatus.valueOf(rs.getString("status")),
                rs.getString("title"), period(rs), rs.getString("correction_note"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("published_at", OffsetDateTime.class));
    }

    static Period period(ResultSet rs) throws SQLException {
        return new Period(YearMonth.from(rs.getObject("period_start", LocalDate.class)), YearMonth.from(rs.getObject("period_end", LocalDate.class)));
    }
}
