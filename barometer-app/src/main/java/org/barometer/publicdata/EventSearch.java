package org.barometer.publicdata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.barometer.method.DatePrecision;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The event search: relationship events and security events of the latest published revisions, as one list.
 * Criteria add fixed SQL fragments; every value the reader gave is a bound parameter.
 */
final class EventSearch {

    // Each part is its columns and its rows, so that the rows can be counted without the columns: a count over a
    // derived table with parameters is parsed and planned anew by H2 for every execution.
    private static final String RELATIONSHIP_COLUMNS = """
            select i.issue_number, i.revision, ir.seq as place, e.seq, e.uid, r.code, ir.heading, e.date_written, e.date_start,
                   e.date_end, e.description, e.description_ru, e.sources, e.score, cast(null as integer) as national,
                   cast(null as integer) as regional, e.date_precision
            """;

    private static final String RELATIONSHIP_ROWS = """
            from event e join issue i on i.id = e.issue_id
            join relationship r on r.id = e.relationship_id
            join issue_relationship ir on ir.issue_id = i.id and ir.relationship_id = e.relationship_id
            where """ + PublishedData.LATEST_PUBLISHED;

    private static final String SECURITY_COLUMNS = """
            select i.issue_number, i.revision, 1000000 as place, e.seq, e.uid, 'security', 'Security', e.date_written, e.date_start,
                   e.date_end, e.description, e.description_ru, e.sources, cast(null as integer), e.national, e.regional, e.date_precision
            """;

    private static final String SECURITY_ROWS = """
            from security_event e join issue i on i.id = e.issue_id
            where """ + PublishedData.LATEST_PUBLISHED;

    private final JdbcClient jdbc;

    EventSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One kind of event the query asks for: its columns, and the rows that match. */
    private record Part(String columns, String rows) {
    }

    Page<PublishedEvent> find(EventQuery query) {
        List<Part> parts = parts(query);
        long total = 0;
        for (Part part : parts) {
            total += bind(jdbc.sql("select count(*) " + part.rows()), query).query(Long.class).single();
        }
        String union = String.join("\nunion all\n", parts.stream().map(part -> part.columns() + part.rows()).toList());
        List<PublishedEvent> events = bind(jdbc.sql(union + "\norder by 1, 3, 4 offset :offset rows fetch next :size rows only"), query)
                .param("offset", query.offset())
                .param("size", query.size())
                .query((rs, n) -> event(rs))
                .list();
        return new Page<>(events, query.page(), query.size(), total);
    }

    /** Relationship events, security events or both, as the query asks. */
    private static List<Part> parts(EventQuery query) {
        String relationship = query.relationship();
        List<Part> parts = new ArrayList<>();
        if (relationship == null || !EventQuery.SECURITY.equals(relationship)) {
            StringBuilder sql = new StringBuilder(RELATIONSHIP_ROWS).append(common(query));
            if (relationship != null) {
                sql.append(" and r.code = :relationship");
            }
            if (query.minScore() != null) {
                sql.append(" and e.score >= :minScore");
            }
            if (query.maxScore() != null) {
                sql.append(" and e.score <= :maxScore");
            }
            parts.add(new Part(RELATIONSHIP_COLUMNS, sql.toString()));
        }
        if (relationship == null || EventQuery.SECURITY.equals(relationship)) {
            StringBuilder sql = new StringBuilder(SECURITY_ROWS).append(common(query));
            if (query.minScore() != null || query.maxScore() != null) {
                sql.append(" and (").append(within("e.national", query)).append(" or ").append(within("e.regional", query)).append(")");
            }
            parts.add(new Part(SECURITY_COLUMNS, sql.toString()));
        }
        return parts;
    }

    private static String common(EventQuery query) {
        StringBuilder sql = new StringBuilder();
        if (query.q() != null) {
            sql.append(" and (lower(e.description) like :q escape '\\' or lower(e.description_ru) like :q escape '\\')");
        }
        if (query.from() != null) {
            sql.append(" and e.date_end >= :from");
        }
        if (query.to() != null) {
            sql.append(" and e.date_start <= :to");
        }
        return sql.toString();
    }

    private static String within(String column, EventQuery query) {
        List<String> bounds = new ArrayList<>();
        if (query.minScore() != null) {
            bounds.add(column + " >= :minScore");
        }
        if (query.maxScore() != null) {
            bounds.add(column + " <= :maxScore");
        }
        return "(" + String.join(" and ", bounds) + ")";
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, EventQuery query) {
        if (query.q() != null) {
            statement = statement.param("q", PublishedData.like(query.q()));
        }
        if (query.relationship() != null && !EventQuery.SECURITY.equals(query.relationship())) {
            statement = statement.param("relationship", query.relationship());
        }
        if (query.minScore() != null) {
            statement = statement.param("minScore", query.minScore());
        }
        if (query.maxScore() != null) {
            statement = statement.param("maxScore", query.maxScore());
        }
        if (query.from() != null) {
            statement = statement.param("from", query.from());
        }
        if (query.to() != null) {
            statement = statement.param("to", query.to());
        }
        return statement;
    }

    private static PublishedEvent event(ResultSet rs) throws SQLException {
        return new PublishedEvent(rs.getString(5), rs.getInt(1), rs.getInt(2), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class), rs.getString(11), rs.getString(12),
                rs.getObject(14, Integer.class), rs.getObject(15, Integer.class), rs.getObject(16, Integer.class),
                PublishedData.sources(rs.getString(13)), DatePrecision.valueOf(rs.getString(17)));
    }
}
