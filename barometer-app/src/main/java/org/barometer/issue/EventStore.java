package org.barometer.issue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.barometer.method.Catalogue;
import org.barometer.method.DateExpression;
import org.barometer.method.DatePrecision;
import org.barometer.method.Issue;
import org.barometer.method.Period;
import org.barometer.method.SecurityEvent;
import org.barometer.method.Sources;
import org.barometer.method.StatedFigure;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The one owner of the event table, where every catalogue of every revision keeps its events: a relationship's
 * (kind 'relationship', its relationship and one score) and the security catalogue (kind 'security', national and
 * regional scores). A catalogue is named by its relationship's code, or {@link #SECURITY}. Events keep their place
 * (seq) in the order 0, 1, 2...: new ones go last and a deletion closes the gap; every change of an event bumps its
 * version, and only the version the writer started from is changed. Callers own the transaction, and lock the
 * revision's row for any change ({@link Revisions#refForWriting}).
 */
@Repository
public class EventStore {

    /** The security catalogue's name where a catalogue is named by a relationship's code. */
    public static final String SECURITY = StatedFigure.SECURITY;

    private static final String RELATIONSHIP_KIND = "relationship";
    private static final String SECURITY_KIND = "security";

    /** What an event is, as inserted and as copied into a correction; the row's id, issue and version are the store's. */
    private static final String CONTENT = "kind, relationship_id, seq, uid, date_written, date_start, date_end, date_precision, "
            + "description, description_ru, sources, score, national, regional";

    private static final String SELECT = """
            select e.id, e.issue_id, e.version, e.uid, e.kind, r.code as relationship, e.seq, e.date_written, e.date_start, e.date_end,
                   e.date_precision, e.description, e.description_ru, e.sources, e.score, e.national, e.regional
            from event e left join relationship r on r.id = e.relationship_id
            """;

    private static final String INSERT = "insert into event (issue_id, " + CONTENT + ") values (:issue, :kind, :relationship, :seq, :uid, "
            + ":written, :start, :end, :precision, :description, :descriptionRu, :sources, :score, :national, :regional)";

    private final JdbcClient jdbc;
    /** For batches of inserts, which the JdbcClient does not make. */
    private final NamedParameterJdbcTemplate batch;

    EventStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.batch = new NamedParameterJdbcTemplate(dataSource);
    }

    /** The columns a catalogue's scores are kept in, and the names its forms give them. */
    public static List<String> scoreColumns(String catalogue) {
        return SECURITY.equals(catalogue) ? List.of("national", "regional") : List.of("score");
    }

    /** A catalogue's events in their order. */
    public List<StoredEvent> catalogue(long issueRow, String catalogue) {
        return jdbc.sql(SELECT + " where e.issue_id = :issue and " + scope(catalogue) + " order by e.seq")
                .param("issue", issueRow).param("code", catalogue)
                .query(EventStore::row)
                .list();
    }

    public Optional<StoredEvent> find(long issueRow, String catalogue, long id) {
        return jdbc.sql(SELECT + " where e.id = :id and e.issue_id = :issue and " + scope(catalogue))
                .param("id", id).param("issue", issueRow).param("code", catalogue)
                .query(EventStore::row)
                .optional();
    }

    /**
     * Every event of these revisions, ordered by revision row, then as each revision presents its catalogues: its
     * relationships in its order, the security catalogue last, each in its own order.
     */
    public List<StoredEvent> ofRevisions(Collection<Long> issueRows) {
        if (issueRows.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + """
                        left join issue_relationship ir on ir.issue_id = e.issue_id and ir.relationship_id = e.relationship_id
                        where e.issue_id in (:issues)
                        order by e.issue_id, case when e.kind = 'security' then 1 else 0 end, ir.seq, e.seq""")
                .param("issues", issueRows)
                .query(EventStore::row)
                .list();
    }

    /** The sums of every catalogue of these revisions that has events, added up by the database. */
    public List<CatalogueSums> sums(Collection<Long> issueRows) {
        if (issueRows.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select e.issue_id, e.kind, r.code as relationship, count(*) as events, coalesce(sum(e.score), 0) as aggregate,
                               coalesce(sum(case when e.score > 0 then e.score else 0 end), 0) as positive,
                               coalesce(sum(case when e.score < 0 then e.score else 0 end), 0) as negative,
                               coalesce(sum(e.national), 0) as national, coalesce(sum(e.regional), 0) as regional
                        from event e left join relationship r on r.id = e.relationship_id
                        where e.issue_id in (:issues)
                        group by e.issue_id, e.kind, r.code""")
                .param("issues", issueRows)
                .query((rs, n) -> new CatalogueSums(rs.getLong("issue_id"), catalogue(rs), rs.getInt("events"), rs.getInt("aggregate"),
                        rs.getInt("positive"), rs.getInt("negative"), rs.getInt("national"), rs.getInt("regional")))
                .list();
    }

    /** Stores every catalogue of an issue under a new revision row, each event with a new uid. */
    void insertAll(long issueRow, Issue issue) {
        for (Catalogue catalogue : issue.catalogues()) {
            Long relationship = relationshipRow(catalogue.relationship().code());
            int seq = 0;
            for (var event : catalogue.events()) {
                insert(issueRow, catalogue.relationship().code(), relationship, seq++, EventContent.of(event));
            }
        }
        int seq = 0;
        for (SecurityEvent event : issue.security().events()) {
            insert(issueRow, SECURITY, null, seq++, EventContent.of(event));
        }
    }

    /** Stores a new event as the last of its catalogue, at version 0; its id. */
    public long add(long issueRow, String catalogue, EventContent content) {
        return insert(issueRow, catalogue, SECURITY.equals(catalogue) ? null : relationshipRow(catalogue), nextSeq(issueRow, catalogue), content);
    }

    /**
     * Stores new events as the last of their catalogue, in their order, each at version 0: one batch of inserts and one
     * read of what was stored, however many there are (a paste of a thousand rows); the events as stored.
     */
    public List<StoredEvent> addAll(long issueRow, String catalogue, List<EventContent> contents) {
        if (contents.isEmpty()) {
            return List.of();
        }
        int first = nextSeq(issueRow, catalogue);
        Long relationship = SECURITY.equals(catalogue) ? null : relationshipRow(catalogue);
        MapSqlParameterSource[] rows = new MapSqlParameterSource[contents.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new MapSqlParameterSource(insertValues(issueRow, catalogue, relationship, first + i, contents.get(i)));
        }
        batch.batchUpdate(INSERT, rows);
        return jdbc.sql(SELECT + " where e.issue_id = :issue and " + scope(catalogue) + " and e.seq >= :first order by e.seq")
                .param("issue", issueRow).param("code", catalogue).param("first", first)
                .query(EventStore::row)
                .list();
    }

    private int nextSeq(long issueRow, String catalogue) {
        return jdbc.sql("select coalesce(max(e.seq), -1) + 1 from event e where e.issue_id = :issue and " + scope(catalogue))
                .param("issue", issueRow).param("code", catalogue).query(Integer.class).single();
    }

    /** Changes the event if it is still at the version given; whether it was. */
    public boolean update(long issueRow, String catalogue, long id, int version, EventContent content) {
        return jdbc.sql("""
                        update event set date_written = :written, date_start = :start, date_end = :end, date_precision = :precision,
                               description = :description, description_ru = :descriptionRu, sources = :sources,
                               score = :score, national = :national, regional = :regional, version = version + 1
                        where id = :id and version = :version and\s""" + inCatalogue(catalogue))
                .param("id", id).param("version", version).param("issue", issueRow).param("code", catalogue)
                .params(values(catalogue, content))
                .update() == 1;
    }

    /** Deletes the event if it is still at the version given, and moves the events after it up one place; whether it was. */
    public boolean delete(long issueRow, String catalogue, long id, int version) {
        Optional<Integer> seq = jdbc.sql("select seq from event where id = :id and version = :version and " + inCatalogue(catalogue))
                .param("id", id).param("version", version).param("issue", issueRow).param("code", catalogue)
                .query(Integer.class).optional();
        if (seq.isEmpty() || jdbc.sql("delete from event where id = :id and version = :version").param("id", id).param("version", version)
                .update() != 1) {
            return false;
        }
        // Through negative places, so that no two events share a place at any moment (the unique key is checked row by row).
        jdbc.sql("update event set seq = -seq where seq > :seq and " + inCatalogue(catalogue))
                .param("seq", seq.get()).param("issue", issueRow).param("code", catalogue).update();
        jdbc.sql("update event set seq = -seq - 1 where seq < 0 and issue_id = :issue").param("issue", issueRow).update();
        return true;
    }

    /** Copies every event of one revision into another, uids included, each at version 0. */
    void copy(long fromRow, long toRow) {
        jdbc.sql("insert into event (issue_id, " + CONTENT + ") select :to, " + CONTENT + " from event where issue_id = :from")
                .param("to", toRow).param("from", fromRow).update();
    }

    /**
     * Dates every event of a revision again within a new period from what its analyst wrote; an event whose dates
     * change gets a new version. A date the period cannot hold throws the method's DateFormException.
     */
    void redate(long issueRow, Period period) {
        record Written(long id, String date) {
        }
        List<Written> events = jdbc.sql("select id, date_written from event where issue_id = ? order by id").param(issueRow)
                .query((rs, n) -> new Written(rs.getLong("id"), rs.getString("date_written"))).list();
        for (Written event : events) {
            DateExpression date = DateExpression.parse(event.date(), period);
            jdbc.sql("""
                            update event set date_start = :start, date_end = :end, date_precision = :precision, version = version + 1
                            where id = :id and not (date_start = :start and date_end = :end and date_precision = :precision)""")
                    .param("start", date.start()).param("end", date.end()).param("precision", date.precision().name())
                    .param("id", event.id()).update();
        }
    }

    /** The events of a revision by catalogue, each in its order. */
    Map<String, List<StoredEvent>> byCatalogue(long issueRow) {
        Map<String, List<StoredEvent>> catalogues = new HashMap<>();
        jdbc.sql(SELECT + " where e.issue_id = ? order by e.seq").param(issueRow)
                .query(EventStore::row).list()
                .forEach(event -> catalogues.computeIfAbsent(event.catalogue(), c -> new ArrayList<>()).add(event));
        return catalogues;
    }

    /** A new stable identifier for an event; it stays with the event in every later revision of its issue. */
    private static String newUid() {
        return UUID.randomUUID().toString();
    }

    private long insert(long issueRow, String catalogue, Long relationshipRow, int seq, EventContent content) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(INSERT).params(insertValues(issueRow, catalogue, relationshipRow, seq, content)).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private static Map<String, Object> insertValues(long issueRow, String catalogue, Long relationshipRow, int seq, EventContent content) {
        Map<String, Object> values = values(catalogue, content);
        values.put("issue", issueRow);
        values.put("kind", kind(catalogue));
        values.put("relationship", new SqlParameterValue(Types.BIGINT, relationshipRow));
        values.put("seq", seq);
        values.put("uid", newUid());
        return values;
    }

    private Long relationshipRow(String code) {
        return jdbc.sql("select id from relationship where code = ?").param(code).query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("no relationship with the code \"" + code + "\""));
    }

    private static Map<String, Object> values(String catalogue, EventContent content) {
        Map<String, Object> values = new HashMap<>();
        DateExpression date = content.date();
        values.put("written", date.written());
        values.put("start", date.start());
        values.put("end", date.end());
        values.put("precision", date.precision().name());
        values.put("description", content.description());
        values.put("descriptionRu", content.descriptionRu());
        values.put("sources", Sources.join(content.sources()));
        List<String> columns = scoreColumns(catalogue);
        for (String column : List.of("score", "national", "regional")) {
            int i = columns.indexOf(column);
            values.put(column, new SqlParameterValue(Types.INTEGER, i < 0 ? null : content.scores().get(i)));
        }
        return values;
    }

    /** The events of one catalogue among an issue's: a where-clause fragment on e, with the parameter :code. */
    private static String scope(String catalogue) {
        return SECURITY.equals(catalogue) ? "e.kind = 'security'"
                : "e.kind = 'relationship' and e.relationship_id = (select id from relationship where code = :code)";
    }

    /** Rows of one catalogue of a revision, for a statement on the event table itself: parameters :issue and :code. */
    private static String inCatalogue(String catalogue) {
        return "id in (select e.id from event e where e.issue_id = :issue and " + scope(catalogue) + ")";
    }

    private static String kind(String catalogue) {
        return SECURITY.equals(catalogue) ? SECURITY_KIND : RELATIONSHIP_KIND;
    }

    private static String catalogue(ResultSet rs) throws SQLException {
        return SECURITY_KIND.equals(rs.getString("kind")) ? SECURITY : rs.getString("relationship");
    }

    private static StoredEvent row(ResultSet rs, int n) throws SQLException {
        String catalogue = catalogue(rs);
        DateExpression date = new DateExpression(rs.getString("date_written"), rs.getObject("date_start", LocalDate.class),
                rs.getObject("date_end", LocalDate.class), DatePrecision.valueOf(rs.getString("date_precision")));
        List<Integer> scores = new ArrayList<>();
        for (String column : scoreColumns(catalogue)) {
            scores.add(rs.getInt(column));
        }
        return new StoredEvent(rs.getLong("id"), rs.getLong("issue_id"), rs.getInt("version"), rs.getString("uid"), catalogue,
                rs.getInt("seq"), new EventContent(date, rs.getString("description"), rs.getString("description_ru"),
                Sources.split(rs.getString("sources")), scores));
    }
}
