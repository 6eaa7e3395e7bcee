package org.barometer.publicdata;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.barometer.indices.IndicesReport;
import org.barometer.issue.IssueStore;
import org.barometer.issue.Sources;
import org.barometer.method.ColourScale;
import org.barometer.method.Issue;
import org.barometer.method.SecurityIndices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.node.ObjectNode;

/**
 * What readers may see: the latest published revision of each published issue, and nothing else. Drafts, issues in
 * review and corrections not yet published never appear. Every query is parameterised and runs on H2 and PostgreSQL.
 */
@Service
@Transactional(readOnly = true)
public class PublishedData {

    /** The latest published revision of its issue; i is the issue row. Literal values only, never request input. */
    static final String LATEST_PUBLISHED = " " + """
            i.status = 'PUBLISHED' and i.revision = (select max(p.revision) from issue p
                where p.issue_number = i.issue_number and p.status = 'PUBLISHED')""";

    private final JdbcClient jdbc;
    private final IssueStore issues;
    private final EventSearch search;
    private final Editions editions;

    public PublishedData(JdbcClient jdbc, IssueStore issues, Editions editions) {
        this.jdbc = jdbc;
        this.issues = issues;
        this.editions = editions;
        this.search = new EventSearch(jdbc);
    }

    /** What readers can see now; kept in memory between publications (see {@link Editions}). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Edition edition() {
        return editions.current(() -> {
            List<PublishedIssue> published = new ArrayList<>();
            Map<Integer, Long> rows = new LinkedHashMap<>();
            jdbc.sql(SELECT_ISSUE + ", i.id from issue i where " + LATEST_PUBLISHED + " order by i.issue_number")
                    .query(rs -> {
                        PublishedIssue issue = publishedIssue(rs);
                        published.add(issue);
                        rows.put(issue.number(), rs.getLong(8));
                    });
            return new Edition(published, rows);
        });
    }

    /** Every published issue, as its latest published revision, in number order. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<PublishedIssue> issues() {
        return edition().issues();
    }

    /** A published issue as its latest published revision; empty if it does not exist or was never published. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<PublishedIssue> issue(int number) {
        return edition().issue(number);
    }

    /** Every revision ever published, of every issue, the newest first: first publications and corrections alike. */
    public List<PublishedIssue> publications() {
        return jdbc.sql(SELECT_ISSUE + " from issue i where i.status = 'PUBLISHED' order by coalesce(i.published_at, i.created_at) desc, i.issue_number desc, i.revision desc")
                .query((rs, n) -> publishedIssue(rs))
                .list();
    }

    /** The whole content of the latest published revision of an issue. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Issue> content(int number) {
        return content(edition(), number);
    }

    /** The whole content of an issue as published in the given edition. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Issue> content(Edition edition, int number) {
        return edition.issue(number).map(published -> editions.content(edition.rows().get(number),
                () -> issues.find(number, published.revision()).orElseThrow()));
    }

    /** The whole content of every published issue, each as its latest published revision, in number order. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<Issue> contents() {
        Edition edition = edition();
        return edition.issues().stream().map(issue -> content(edition, issue.number())).flatMap(Optional::stream).toList();
    }

    /** An issue's indices in the shape of `barometer indices --json`, from its latest published revision. */
    public Optional<ObjectNode> indices(int number) {
        return content(number).map(IndicesReport::json);
    }

    /** The colour scale of regional tension of the latest published issue. */
    public Optional<ColourScale> scale() {
        return issues().stream().reduce((earlier, later) -> later).flatMap(latest -> content(latest.number())).map(Issue::scale);
    }

    /** When anything readers can see last changed: the latest publication; empty if nothing is published. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<OffsetDateTime> lastPublished() {
        return edition().lastPublished();
    }

    /** The relationships covered by published issues, named as the newest of them names each, in order of first appearance. */
    public List<PublishedRelationship> relationships() {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Integer>> appearances = new LinkedHashMap<>();
        jdbc.sql("""
                select r.code, ir.heading, i.issue_number from issue i
                join issue_relationship ir on ir.issue_id = i.id join relationship r on r.id = ir.relationship_id
                where """ + LATEST_PUBLISHED + " order by i.issue_number, ir.seq")
                .query(rs -> {
                    String code = rs.getString(1);
                    names.put(code, rs.getString(2));
                    appearances.computeIfAbsent(code, c -> new ArrayList<>()).add(rs.getInt(3));
                });
        return names.entrySet().stream()
                .map(entry -> new PublishedRelationship(entry.getKey(), entry.getValue(), appearances.get(entry.getKey())))
                .toList();
    }

    public Optional<PublishedRelationship> relationship(String code) {
        return relationships().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** A relationship's indices in every published issue that covers it; empty if no published issue does. */
    public Optional<RelationshipSeries> series(String code) {
        return relationship(code).map(relationship -> new RelationshipSeries(relationship.code(), relationship.name(), jdbc.sql("""
                        select i.issue_number, i.revision, count(e.id), coalesce(sum(e.score), 0),
                               coalesce(sum(case when e.score > 0 then e.score else 0 end), 0),
                               coalesce(sum(case when e.score < 0 then e.score else 0 end), 0)
                        from issue i
                        join issue_relationship ir on ir.issue_id = i.id
                        join relationship r on r.id = ir.relationship_id
                        left join event e on e.issue_id = i.id and e.relationship_id = r.id
                        where r.code = ? and """ + LATEST_PUBLISHED + """

                        group by i.issue_number, i.revision order by i.issue_number""")
                .param(code)
                .query((rs, n) -> new RelationshipSeries.Point(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)))
                .list()));
    }

    /** The security totals of every published issue, each as its latest published revision. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public SecuritySeries securitySeries() {
        Edition edition = edition();
        return new SecuritySeries(edition.issues().stream()
                .flatMap(published -> content(edition, published.number()).stream().map(issue -> {
                    SecurityIndices indices = issue.securityIndices();
                    return new SecuritySeries.Point(published.number(), published.revision(), issue.security().events().size(),
                            indices.national(), indices.regional(), indices.level().colour(), indices.level().meaning());
                }))
                .toList());
    }

    /**
     * The published events that match, ordered by issue, then as the issue presents them (relationships in its order,
     * the security catalogue last). An unknown relationship is an InvalidQuery, not an empty page.
     */
    public Page<PublishedEvent> events(EventQuery query) {
        String relationship = query.relationship();
        if (relationship != null && !EventQuery.SECURITY.equals(relationship) && relationship(relationship).isEmpty()) {
            throw new InvalidQuery("relationship", "no published issue covers a relationship with the code \"" + relationship
                    + "\"; use one of /api/v1/relationships or \"security\"");
        }
        return search.find(query);
    }

    private static final String SELECT_ISSUE =
            "select i.issue_number, i.revision, i.title, i.period_start, i.period_end, coalesce(i.published_at, i.created_at), i.correction_note";

    private static PublishedIssue publishedIssue(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PublishedIssue(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class), rs.getObject(6, OffsetDateTime.class), rs.getString(7));
    }

    static String like(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    static List<String> sources(String stored) {
        return Sources.split(stored);
    }
}
