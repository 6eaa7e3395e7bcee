package org.barometer.issue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.barometer.method.Catalogue;
import org.barometer.method.ColourBand;
import org.barometer.method.ColourScale;
import org.barometer.method.DateExpression;
import org.barometer.method.DatePrecision;
import org.barometer.method.Event;
import org.barometer.method.Figure;
import org.barometer.method.Finding;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.barometer.method.ScoreBound;
import org.barometer.method.SecurityCatalogue;
import org.barometer.method.SecurityEvent;
import org.barometer.method.StatedFigure;
import org.barometer.method.StatedFigureMismatch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Issues with their catalogues, stated figures and findings, in the store's tables. Callers own the transaction.
 * Storing, deleting or moving an issue is announced as {@link Changed}, so caches of published data can let go.
 */
@Repository
public class IssueStore {

    /** An issue was stored, deleted or changed status; listeners that cache must read it again. */
    public record Changed(int number) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    /** A store that tells no one of its changes: for tools and tests that own the whole database. */
    public IssueStore(JdbcClient jdbc) {
        this(jdbc, event -> { });
    }

    @Autowired
    public IssueStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public boolean exists(int number) {
        return jdbc.sql("select count(*) from issue where issue_number = ?").param(number).query(Integer.class).single() > 0;
    }

    public List<IssueSummary> list() {
        return jdbc.sql("""
                select issue_number, title, period_start, period_end, status from issue i
                where revision = (select max(revision) from issue r where r.issue_number = i.issue_number)
                order by issue_number""")
                .query((rs, n) -> new IssueSummary(rs.getInt(1), rs.getString(2), period(rs, 3, 4), IssueStatus.valueOf(rs.getString(5))))
                .list();
    }

    /** The latest published revision of the published issue with the highest number. */
    public Optional<Issue> latestPublished() {
        return jdbc.sql(SELECT_ISSUE + " where status = ? order by issue_number desc, revision desc fetch first 1 rows only")
                .param(IssueStatus.PUBLISHED.name())
                .query((rs, n) -> load(rs))
                .optional();
    }

    /** The row, revision and status of the latest revision of an issue, for the workspace to change it. */
    public Optional<IssueRef> ref(int number) {
        return jdbc.sql(LATEST_REF)
                .param(number)
                .query(IssueStore::ref)
                .optional();
    }

    /**
     * The latest revision of an issue, its row locked until the caller's transaction ends: for a change that depends on
     * the revision's status. A change of status waits for it, and it waits for a change of status; so an edit checked
     * against an issue in review can never land after the issue was published.
     */
    public Optional<IssueRef> refForWriting(int number) {
        return jdbc.sql(LATEST_REF + " for update")
                .param(number)
                .query(IssueStore::ref)
                .optional();
    }

    private static final String LATEST_REF =
            "select id, issue_number, revision, status from issue where issue_number = ? order by revision desc fetch first 1 rows only";

    /** An IssueRef from a row of (id, issue_number, revision, status). */
    private static IssueRef ref(ResultSet rs, int row) throws SQLException {
        return new IssueRef(rs.getLong(1), rs.getInt(2), rs.getInt(3), IssueStatus.valueOf(rs.getString(4)));
    }

    /** The latest revision of an issue, whatever its status. */
    public Optional<Issue> find(int number) {
        return jdbc.sql(SELECT_ISSUE + " where issue_number = ? order by revision desc fetch first 1 rows only")
                .param(number)
                .query((rs, n) -> load(rs))
                .optional();
    }

    private static final String SELECT_ISSUE =
            "select id, issue_number, title, period_start, period_end, status, score_lowest, score_highest from issue";

    /** Stores an issue as its first revision. */
    public void insert(Issue issue, List<Finding> findings) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into issue (issue_number, title, period_start, period_end, status, score_lowest, score_highest)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(issue.number(), issue.title(), issue.period().start(), issue.period().end(), issue.status().name(),
                        issue.bound().lowest(), issue.bound().highest())
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        insertScale(id, issue.scale());
        int seq = 0;
        for (Catalogue catalogue : issue.catalogues()) {
            long relationshipId = relationshipId(catalogue.relationship());
            jdbc.sql("insert into issue_relationship (issue_id, relationship_id, seq, heading) values (?, ?, ?, ?)")
                    .params(id, relationshipId, seq++, catalogue.relationship().name()).update();
            insertEvents(id, relationshipId, catalogue.events());
        }
        insertSecurityEvents(id, issue.security().events());
        seq = 0;
        for (StatedFigure stated : issue.stated()) {
            jdbc.sql("insert into stated_figure (issue_id, seq, subject, figure, stated) values (?, ?, ?, ?, ?)")
                    .params(id, seq++, stated.subject(), stated.figure().key(), stated.value()).update();
        }
        insertFindings(id, findings);
        events.publishEvent(new Changed(issue.number()));
    }

    /** Removes an issue, every revision of it, and everything that belongs to them. */
    public void delete(int number) {
        jdbc.sql("delete from issue where issue_number = ?").param(number).update();
        events.publishEvent(new Changed(number));
    }

    /** What the checks found when the issue was stored, as stored. */
    public List<StoredFinding> findings(int number) {
        return jdbc.sql("""
                select f.kind, f.subject, f.figure, f.stated, f.computed, f.message
                from finding f join issue i on i.id = f.issue_id
                where i.issue_number = ? and i.revision = (select max(revision) from issue where issue_number = ?)
                order by f.seq""")
                .params(number, number)
                .query((rs, n) -> new StoredFinding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    // Revisions and the workflow: a correction after publication is a new revision; earlier ones stay as stored.

    /** One stored revision of an issue. */
    public record Revision(int revision, IssueStatus status, String correctionNote, OffsetDateTime createdAt, OffsetDateTime publishedAt) {
    }

    /** Every revision of an issue, the first first. */
    public List<Revision> revisions(int number) {
        return jdbc.sql("select revision, status, correction_note, created_at, published_at from issue where issue_number = ? order by revision")
                .param(number)
                .query((rs, n) -> new Revision(rs.getInt(1), IssueStatus.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class)))
                .list();
    }

    /** One revision of an issue, whatever its status. */
    public Optional<Issue> find(int number, int revision) {
        return jdbc.sql(SELECT_ISSUE + " where issue_number = ? and revision = ?")
                .params(number, revision)
                .query((rs, n) -> load(rs))
                .optional();
    }

    public Optional<IssueRef> ref(int number, int revision) {
        return jdbc.sql("select id, issue_number, revision, status from issue where issue_number = ? and revision = ?")
                .params(number, revision)
                .query(IssueStore::ref)
                .optional();
    }

    /** What the checks found in one revision, as stored. */
    public List<StoredFinding> findings(int number, int revision) {
        return jdbc.sql("""
                select f.kind, f.subject, f.figure, f.stated, f.computed, f.message
                from finding f join issue i on i.id = f.issue_id
                where i.issue_number = ? and i.revision = ? order by f.seq""")
                .params(number, revision)
                .query((rs, n) -> new StoredFinding(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
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
            events.publishEvent(new Changed(ref.number()));
        }
        return changed;
    }

    /**
     * Copies a revision, with its scale, catalogues, security catalogue, stated figures and findings, into the next
     * revision: a draft carrying the correction note. The copied revision is not changed.
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
                """
                insert into event (issue_id, relationship_id, seq, uid, date_written, date_start, date_end, date_precision, description, description_ru, sources, score)
                select ?, relationship_id, seq, uid, date_written, date_start, date_end, date_precision, description, description_ru, sources, score from event where issue_id = ?""",
                """
                insert into security_event (issue_id, seq, uid, date_written, date_start, date_end, date_precision, description, description_ru, sources, national, regional)
                select ?, seq, uid, date_written, date_start, date_end, date_precision, description, description_ru, sources, national, regional from security_event where issue_id = ?""",
                "insert into stated_figure (issue_id, seq, subject, figure, stated) select ?, seq, subject, figure, stated from stated_figure where issue_id = ?",
                "insert into finding (issue_id, seq, kind, subject, figure, stated, computed, message) select ?, seq, kind, subject, figure, stated, computed, message from finding where issue_id = ?")) {
            jdbc.sql(copy).params(to.id(), from.id()).update();
        }
        return to;
    }

    /** The configured relationships an issue may cover, in the order they were added. */
    public List<Relationship> relationships() {
        return jdbc.sql("select code, name from relationship order by id")
                .query((rs, n) -> new Relationship(rs.getString(1), rs.getString(2)))
                .list();
    }

    /** Adds a relationship to the configured list; false, and nothing changed, if its code is taken. */
    public boolean addRelationship(Relationship relationship) {
        if (jdbc.sql("select count(*) from relationship where code = ?").param(relationship.code()).query(Integer.class).single() > 0) {
            return false;
        }
        relationshipId(relationship);
        return true;
    }

    private long relationshipId(Relationship relationship) {
        Optional<Long> existing = jdbc.sql("select id from relationship where code = ?")
                .param(relationship.code()).query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into relationship (code, name) values (?, ?)")
                .params(relationship.code(), relationship.name()).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /**
     * Changes the title, period and colour scale of a revision, and dates every event again within the new period from
     * what its analyst wrote; an event whose stored dates change gets a new version. Runs in the caller's transaction:
     * a date that cannot be read within the new period throws a DateFormException, and the caller's rollback keeps
     * everything as it was.
     */
    public void changeDetails(IssueRef ref, String title, Period period, ColourScale scale) {
        jdbc.sql("update issue set title = ?, period_start = ?, period_end = ? where id = ?")
                .params(title, period.start(), period.end(), ref.id()).update();
        jdbc.sql("delete from colour_band where issue_id = ?").param(ref.id()).update();
        insertScale(ref.id(), scale);
        for (String table : List.of("event", "security_event")) {
            record Dated(long id, String written) {
            }
            List<Dated> dated = jdbc.sql("select id, date_written from " + table + " where issue_id = ? order by id")
                    .param(ref.id()).query((rs, n) -> new Dated(rs.getLong(1), rs.getString(2))).list();
            for (Dated event : dated) {
                DateExpression date = DateExpression.parse(event.written(), period);
                jdbc.sql("update " + table + " set date_start = ?, date_end = ?, date_precision = ?, version = version + 1"
                                + " where id = ? and not (date_start = ? and date_end = ? and date_precision = ?)")
                        .params(date.start(), date.end(), date.precision().name(), event.id(), date.start(), date.end(), date.precision().name())
                        .update();
            }
        }
        events.publishEvent(new Changed(ref.number()));
    }

    private void insertScale(long issueId, ColourScale scale) {
        int seq = 0;
        for (ColourBand band : scale.bands()) {
            jdbc.sql("insert into colour_band (issue_id, seq, colour, lowest, highest, meaning) values (?, ?, ?, ?, ?, ?)")
                    .params(issueId, seq++, band.colour(), band.lowest(), band.highest(), band.meaning()).update();
        }
    }

    private void insertEvents(long issueId, long relationshipId, List<Event> events) {
        int seq = 0;
        for (Event event : events) {
            DateExpression date = event.date();
            jdbc.sql("""
                    insert into event (issue_id, relationship_id, seq, uid, date_written, date_start, date_end, date_precision,
                                       description, description_ru, sources, score)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(issueId, relationshipId, seq++, newUid(), date.written(), date.start(), date.end(), date.precision().name(),
                            event.description(), event.descriptionRu(), Sources.join(event.sources()), event.score())
                    .update();
        }
    }

    private void insertSecurityEvents(long issueId, List<SecurityEvent> events) {
        int seq = 0;
        for (SecurityEvent event : events) {
            DateExpression date = event.date();
            jdbc.sql("""
                    insert into security_event (issue_id, seq, uid, date_written, date_start, date_end, date_precision,
                                                description, description_ru, sources, national, regional)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(issueId, seq++, newUid(), date.written(), date.start(), date.end(), date.precision().name(),
                            event.description(), event.descriptionRu(), Sources.join(event.sources()), event.national(), event.regional())
                    .update();
        }
    }

    /** A new stable identifier for an event; it stays with the event in every later revision of its issue. */
    public static String newUid() {
        return UUID.randomUUID().toString();
    }

    private void insertFindings(long issueId, List<Finding> findings) {
        int seq = 0;
        for (Finding finding : findings) {
            String figure = null;
            String stated = null;
            String computed = null;
            if (finding instanceof StatedFigureMismatch mismatch) {
                figure = mismatch.figure().key();
                stated = mismatch.stated();
                computed = mismatch.computed();
            }
            jdbc.sql("insert into finding (issue_id, seq, kind, subject, figure, stated, computed, message) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(issueId, seq++, finding.kind(), finding.subject(), figure, stated, computed, finding.message())
                    .update();
        }
    }

    private Issue load(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        int number = rs.getInt(2);
        String title = rs.getString(3);
        Period period = period(rs, 4, 5);
        IssueStatus status = IssueStatus.valueOf(rs.getString(6));
        ScoreBound bound = new ScoreBound(rs.getInt(7), rs.getInt(8));
        return new Issue(number, period, title, status, bound, scale(id), catalogues(id), securityCatalogue(id), stated(id));
    }

    private ColourScale scale(long issueId) {
        return new ColourScale(jdbc.sql("select colour, lowest, highest, meaning from colour_band where issue_id = ? order by seq")
                .param(issueId)
                .query((rs, n) -> new ColourBand(rs.getString(1), (Integer) rs.getObject(2, Integer.class),
                        (Integer) rs.getObject(3, Integer.class), rs.getString(4)))
                .list());
    }

    private List<Catalogue> catalogues(long issueId) {
        Map<Long, Relationship> relationships = new LinkedHashMap<>();
        jdbc.sql("""
                select ir.relationship_id, r.code, ir.heading from issue_relationship ir join relationship r on r.id = ir.relationship_id
                where ir.issue_id = ? order by ir.seq""")
                .param(issueId)
                .query(rs -> {
                    relationships.put(rs.getLong(1), new Relationship(rs.getString(2), rs.getString(3)));
                });
        Map<Long, List<Event>> events = new LinkedHashMap<>();
        relationships.keySet().forEach(relationshipId -> events.put(relationshipId, new ArrayList<>()));
        jdbc.sql("""
                select relationship_id, date_written, date_start, date_end, date_precision, description, score, description_ru, sources
                from event where issue_id = ? order by relationship_id, seq""")
                .param(issueId)
                .query(rs -> {
                    events.get(rs.getLong(1)).add(new Event(date(rs, 2), rs.getString(6), rs.getInt(7), rs.getString(8),
                            Sources.split(rs.getString(9))));
                });
        List<Catalogue> catalogues = new ArrayList<>();
        relationships.forEach((relationshipId, relationship) -> catalogues.add(new Catalogue(relationship, events.get(relationshipId))));
        return catalogues;
    }

    private SecurityCatalogue securityCatalogue(long issueId) {
        return new SecurityCatalogue(jdbc.sql("""
                select date_written, date_start, date_end, date_precision, description, national, regional, description_ru, sources
                from security_event where issue_id = ? order by seq""")
                .param(issueId)
                .query((rs, n) -> new SecurityEvent(date(rs, 1), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8),
                        Sources.split(rs.getString(9))))
                .list());
    }

    private List<StatedFigure> stated(long issueId) {
        return jdbc.sql("select subject, figure, stated from stated_figure where issue_id = ? order by seq")
                .param(issueId)
                .query((rs, n) -> new StatedFigure(rs.getString(1), Figure.ofKey(rs.getString(2)), rs.getString(3)))
                .list();
    }

    private static DateExpression date(ResultSet rs, int first) throws SQLException {
        return new DateExpression(rs.getString(first), localDate(rs, first + 1), localDate(rs, first + 2),
                DatePrecision.valueOf(rs.getString(first + 3)));
    }

    private static Period period(ResultSet rs, int start, int end) throws SQLException {
        return new Period(YearMonth.from(localDate(rs, start)), YearMonth.from(localDate(rs, end)));
    }

    private static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
