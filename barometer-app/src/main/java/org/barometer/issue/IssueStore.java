package org.barometer.issue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.barometer.method.Catalogue;
import org.barometer.method.ColourBand;
import org.barometer.method.ColourScale;
import org.barometer.method.Figure;
import org.barometer.method.Finding;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.barometer.method.ScoreBound;
import org.barometer.method.SecurityCatalogue;
import org.barometer.method.StatedFigure;
import org.barometer.method.StatedFigureMismatch;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Issues with their scale, relationships, catalogues, stated figures and findings, as the method knows them. Callers own
 * the transaction. Storing, deleting or changing an issue is announced as {@link IssueChanged}.
 */
@Repository
public class IssueStore {

    private final JdbcClient jdbc;
    private final EventStore events;
    private final Relationships relationships;
    private final ApplicationEventPublisher announce;

    IssueStore(JdbcClient jdbc, EventStore events, Relationships relationships, ApplicationEventPublisher announce) {
        this.jdbc = jdbc;
        this.events = events;
        this.relationships = relationships;
        this.announce = announce;
    }

    public boolean exists(int number) {
        return jdbc.sql("select count(*) from issue where issue_number = ?").param(number).query(Integer.class).single() > 0;
    }

    /** The latest revision of an issue, whatever its status. */
    public Optional<Issue> find(int number) {
        return row("issue_number = ? order by revision desc fetch first 1 rows only", number).map(this::load);
    }

    /** One revision of an issue, whatever its status. */
    public Optional<Issue> find(int number, int revision) {
        return row("issue_number = ? and revision = ?", number, revision).map(this::load);
    }

    /** The revision stored in this row ({@link IssueRef#id()}). */
    public Optional<Issue> find(long issueRow) {
        return row("id = ?", issueRow).map(this::load);
    }

    /** Stores an issue as its first revision; the row it is stored in ({@link IssueRef#id()}). */
    public long insert(Issue issue, List<Finding> findings) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into issue (issue_number, title, period_start, period_end, status, score_lowest, score_highest)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(issue.number(), issue.title(), issue.period().start(), issue.period().end(), issue.status().name(),
                        issue.bound().lowest(), issue.bound().highest())
                .update(key, "id");
        long row = key.getKeyAs(Number.class).longValue();
        insertScale(row, issue.scale());
        int seq = 0;
        for (Catalogue catalogue : issue.catalogues()) {
            jdbc.sql("insert into issue_relationship (issue_id, relationship_id, seq, heading) values (?, ?, ?, ?)")
                    .params(row, relationships.rowFor(catalogue.relationship()), seq++, catalogue.relationship().name()).update();
        }
        events.insertAll(row, issue);
        seq = 0;
        for (StatedFigure stated : issue.stated()) {
            jdbc.sql("insert into stated_figure (issue_id, seq, subject, figure, stated) values (?, ?, ?, ?, ?)")
                    .params(row, seq++, stated.subject(), stated.figure().key(), stated.value()).update();
        }
        insertFindings(row, findings);
        announce.publishEvent(new IssueChanged(issue.number()));
        return row;
    }

    /** Removes an issue, every revision of it, and everything that belongs to them. */
    public void delete(int number) {
        jdbc.sql("delete from issue where issue_number = ?").param(number).update();
        announce.publishEvent(new IssueChanged(number));
    }

    /** What the checks found in the latest revision when it was stored, as stored. */
    public List<StoredFinding> findings(int number) {
        return findings("i.issue_number = ? and i.revision = (select max(revision) from issue where issue_number = ?)", number, number);
    }

    /** What the checks found in one revision, as stored. */
    public List<StoredFinding> findings(int number, int revision) {
        return findings("i.issue_number = ? and i.revision = ?", number, revision);
    }

    private List<StoredFinding> findings(String which, Object... params) {
        return jdbc.sql("select f.kind, f.subject, f.figure, f.stated, f.computed, f.message from finding f join issue i on i.id = f.issue_id where "
                        + which + " order by f.seq")
                .params(params)
                .query((rs, n) -> new StoredFinding(rs.getString("kind"), rs.getString("subject"), rs.getString("figure"),
                        rs.getString("stated"), rs.getString("computed"), rs.getString("message")))
                .list();
    }

    /**
     * Changes the title, period and colour scale of a revision, and dates every event again within the new period from
     * what its analyst wrote. Runs in the caller's transaction: a date that cannot be read within the new period throws
     * the method's DateFormException, and the caller's rollback keeps everything as it was.
     */
    public void changeDetails(IssueRef ref, String title, Period period, ColourScale scale) {
        jdbc.sql("update issue set title = ?, period_start = ?, period_end = ? where id = ?")
                .params(title, period.start(), period.end(), ref.id()).update();
        jdbc.sql("delete from colour_band where issue_id = ?").param(ref.id()).update();
        insertScale(ref.id(), scale);
        events.redate(ref.id(), period);
        announce.publishEvent(new IssueChanged(ref.number()));
    }

    /** Takes an empty relationship out of a revision; false, and nothing changed, if it is not there or has events. */
    public boolean removeEmptyRelationship(IssueRef ref, String code) {
        boolean removed = jdbc.sql("""
                delete from issue_relationship where issue_id = :issue and relationship_id = (select id from relationship where code = :code)
                and not exists (select 1 from event e where e.issue_id = :issue and e.relationship_id = issue_relationship.relationship_id)""")
                .param("issue", ref.id()).param("code", code).update() == 1;
        if (removed) {
            announce.publishEvent(new IssueChanged(ref.number()));
        }
        return removed;
    }

    private void insertScale(long issueRow, ColourScale scale) {
        int seq = 0;
        for (ColourBand band : scale.bands()) {
            jdbc.sql("insert into colour_band (issue_id, seq, colour, lowest, highest, meaning) values (?, ?, ?, ?, ?, ?)")
                    .params(issueRow, seq++, band.colour(), band.lowest(), band.highest(), band.meaning()).update();
        }
    }

    private void insertFindings(long issueRow, List<Finding> findings) {
        int seq = 0;
        for (Finding finding : findings) {
            StatedFigureMismatch mismatch = finding instanceof StatedFigureMismatch m ? m : null;
            jdbc.sql("insert into finding (issue_id, seq, kind, subject, figure, stated, computed, message) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(issueRow, seq++, finding.kind(), finding.subject(), mismatch == null ? null : mismatch.figure().key(),
                            mismatch == null ? null : mismatch.stated(), mismatch == null ? null : mismatch.computed(), finding.message())
                    .update();
        }
    }

    /** The stored details of one revision, before its parts are read. */
    private record Row(long id, int number, String title, Period period, IssueStatus status, ScoreBound bound) {
    }

    private Optional<Row> row(String where, Object... params) {
        return jdbc.sql("select id, issue_number, title, period_start, period_end, status, score_lowest, score_highest from issue where " + where)
                .params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getInt("issue_number"), rs.getString("title"), Revisions.period(rs),
                        IssueStatus.valueOf(rs.getString("status")), new ScoreBound(rs.getInt("score_lowest"), rs.getInt("score_highest"))))
                .optional();
    }

    /** A revision as the method knows it: five queries (the row, its scale, relationships, events and stated figures). */
    private Issue load(Row row) {
        Map<String, List<StoredEvent>> stored = events.byCatalogue(row.id());
        List<Catalogue> catalogues = new ArrayList<>();
        for (Relationship relationship : headings(row.id())) {
            catalogues.add(new Catalogue(relationship, stored.getOrDefault(relationship.code(), List.of()).stream()
                    .map(event -> event.content().event()).toList()));
        }
        SecurityCatalogue security = new SecurityCatalogue(stored.getOrDefault(EventStore.SECURITY, List.of()).stream()
                .map(event -> event.content().securityEvent()).toList());
        return new Issue(row.number(), row.period(), row.title(), row.status(), row.bound(), scale(row.id()), catalogues, security,
                stated(row.id()));
    }

    private List<Relationship> headings(long issueRow) {
        return headings(List.of(issueRow)).getOrDefault(issueRow, List.of());
    }

    /** The relationships each of these revisions covers, in its order, named as its headings name them; one query. */
    public Map<Long, List<Relationship>> headings(Collection<Long> issueRows) {
        Map<Long, List<Relationship>> headings = new HashMap<>();
        if (!issueRows.isEmpty()) {
            jdbc.sql("""
                    select ir.issue_id, r.code, ir.heading from issue_relationship ir join relationship r on r.id = ir.relationship_id
                    where ir.issue_id in (:issues) order by ir.issue_id, ir.seq""")
                    .param("issues", issueRows)
                    .query(rs -> {
                        headings.computeIfAbsent(rs.getLong("issue_id"), row -> new ArrayList<>())
                                .add(new Relationship(rs.getString("code"), rs.getString("heading")));
                    });
        }
        return headings;
    }

    private ColourScale scale(long issueRow) {
        return scales(List.of(issueRow)).get(issueRow);
    }

    /** The colour scale of regional tension of each of these revisions; one query. */
    public Map<Long, ColourScale> scales(Collection<Long> issueRows) {
        Map<Long, List<ColourBand>> bands = new HashMap<>();
        if (!issueRows.isEmpty()) {
            jdbc.sql("select issue_id, colour, lowest, highest, meaning from colour_band where issue_id in (:issues) order by issue_id, seq")
                    .param("issues", issueRows)
                    .query(rs -> {
                        bands.computeIfAbsent(rs.getLong("issue_id"), row -> new ArrayList<>()).add(new ColourBand(rs.getString("colour"),
                                integer(rs, "lowest"), integer(rs, "highest"), rs.getString("meaning")));
                    });
        }
        Map<Long, ColourScale> scales = new HashMap<>();
        bands.forEach((row, list) -> scales.put(row, new ColourScale(list)));
        return scales;
    }

    private List<StatedFigure> stated(long issueRow) {
        return jdbc.sql("select subject, figure, stated from stated_figure where issue_id = ? order by seq")
                .param(issueRow)
                .query((rs, n) -> new StatedFigure(rs.getString("subject"), Figure.ofKey(rs.getString("figure")), rs.getString("stated")))
                .list();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Integer.class);
    }
}
