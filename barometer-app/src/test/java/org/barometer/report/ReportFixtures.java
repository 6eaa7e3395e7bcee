package org.barometer.report;

import java.util.List;
import java.util.Optional;

import org.barometer.Seed;
import org.barometer.importer.IssueImport;
import org.barometer.issue.IssueRef;
import org.barometer.issue.IssueStore;
import org.barometer.method.Catalogue;
import org.barometer.method.DateExpression;
import org.barometer.method.Event;
import org.barometer.method.Figure;
import org.barometer.method.Issue;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.barometer.method.Relationship;
import org.barometer.method.ScoreBound;
import org.barometer.method.SecurityCatalogue;
import org.barometer.method.SecurityEvent;
import org.barometer.method.StatedFigure;
import org.barometer.publicdata.Edition;
import org.barometer.publicdata.PublishedData;
import org.barometer.workflow.TeamPublications;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The issues the publication tests read: the published No. 17 imported from its text, and a small invented issue for
 * March and April 2023 described partly in English, partly in Russian, with narratives and authors of its own.
 */
final class ReportFixtures {

    static final Period PERIOD = Period.of("2023-03", "2023-04");

    static final String GRAIN_EN = "Ministers agree to build a joint grain terminal";
    static final String GRAIN_RU = "Министры договорились построить совместный зерновой терминал";
    static final String BORDER_EN = "Border crossing closed for repair works";
    static final String VISA_RU = "Визовый центр вновь открылся в столице";
    static final String DRILL_EN = "Air defence drill near the western border";
    static final String DRILL_RU = "Учения ПВО у западной границы";
    static final String PATROL_EN = "Patrol flights along the frontier";
    static final String AUTHOR = "Aliaksandr Łukašević-Žukoŭski";
    static final String AUTHOR_BIO = "Analyst of regional security; writes on Polish and Lithuanian defence (Gdańsk, Kraków, Šiauliai).";

    private ReportFixtures() {
    }

    /** The published No. 17, imported from the text of its publication unless it is in the store already. */
    static synchronized void sample(IssueStore store, IssueImport imports) {
        if (!store.exists(17)) {
            imports.importFile(Seed.path(), IssueImport.Options.NONE);
        }
    }

    /**
     * An invented issue: Russia (two events, one described in Russian too; aggregate +1, published as +3), the EU (one
     * event described in Russian only), and two security events (regional tension -3: Green).
     */
    static Issue invented(int number, IssueStatus status) {
        Catalogue russia = new Catalogue(new Relationship("russia", "Russia"), List.of(
                new Event(date("3 March"), GRAIN_EN, 2, GRAIN_RU, List.of()),
                new Event(date("Mid-April"), BORDER_EN, -1)));
        Catalogue eu = new Catalogue(new Relationship("eu", "the EU"), List.of(
                new Event(date("12 March"), "", 1, VISA_RU, List.of())));
        SecurityCatalogue security = new SecurityCatalogue(List.of(
                new SecurityEvent(date("20-24 March"), DRILL_EN, -1, -2, DRILL_RU, List.of()),
                new SecurityEvent(date("April"), PATROL_EN, 0, -1)));
        return new Issue(number, PERIOD, "Invented monitoring", status, ScoreBound.DEFAULT, null, List.of(russia, eu), security,
                List.of(new StatedFigure("russia", Figure.AGGREGATE, "+3")));
    }

    static final String PUBLISHER = "Invented Institute of Monitoring";
    static final String TITLE_RU = "Вымышленный мониторинг";

    /**
     * Stores the invented issue with texts in both languages for Russia and the foreword, acknowledgements, the security
     * barometer's own trends and forecast, national security (trends, developments), regional security (a forecast in
     * Russian only), a cover (publisher; a title in Russian), and one author.
     */
    static IssueRef storeInvented(IssueStore store, JdbcClient jdbc, int number, IssueStatus status) {
        store.insert(invented(number, status), List.of());
        IssueRef ref = new IssueRef(jdbc.sql("select id from issue where issue_number = ?").param(number).query(Long.class).single(),
                number, 1, status);
        narrative(jdbc, ref, "foreword", "text", "en", "Dear readers, this invented issue tests the publication.");
        narrative(jdbc, ref, "foreword", "signature", "en", "The editor,\nInvented Institute");
        narrative(jdbc, ref, "acknowledgements", "thanks", "en", "We thank the [reviewers](https://example.org/reviewers) of Šiauliai and Gdańsk.");
        narrative(jdbc, ref, "acknowledgements", "thanks", "ru", "Благодарим [рецензентов](https://example.org/reviewers) из Шяуляя и Гданьска.");
        narrative(jdbc, ref, "russia", "trends", "en", "1. Trade talks resumed.\n2. Transit disputes eased.");
        narrative(jdbc, ref, "russia", "trends", "ru", "1. Торговые переговоры возобновились.\n2. Транзитные споры утихли.");
        narrative(jdbc, ref, "russia", "developments", "en",
                "Talks on a grain terminal resumed in March ([the ministry's statement](https://example.org/grain)).");
        narrative(jdbc, ref, "russia", "forecast", "en", "### Trade\n\nFurther agreements are likely in the summer.");
        narrative(jdbc, ref, "national", "trends", "en", "1. Air defence exercises became more frequent.");
        narrative(jdbc, ref, "national", "developments", "en", "# Exercises\n\nAir defence units trained twice in March.\n\n## Near the border\n\nOne drill.");
        narrative(jdbc, ref, "security", "trends", "en", "1. Drills near the border became routine.");
        narrative(jdbc, ref, "security", "forecast", "en", "Tension is likely to stay in the green band.");
        narrative(jdbc, ref, "regional", "forecast", "ru", "Напряжённость, вероятно, останется умеренной.");
        narrative(jdbc, ref, "cover", "publisher", "en", PUBLISHER);
        narrative(jdbc, ref, "cover", "title", "ru", TITLE_RU);
        jdbc.sql("insert into issue_author (issue_id, seq, name, affiliation, biography) values (?, 0, ?, ?, ?)")
                .params(ref.id(), AUTHOR, "Invented Institute", AUTHOR_BIO).update();
        return ref;
    }

    static void narrative(JdbcClient jdbc, IssueRef ref, String subject, String part, String language, String markdown) {
        jdbc.sql("insert into narrative (issue_id, subject, part, language, body, version) values (?, ?, ?, ?, ?, 1)")
                .params(ref.id(), subject, part, language, markdown).update();
    }

    static DateExpression date(String written) {
        return DateExpression.parse(written, PERIOD);
    }

    /** The latest published revision of an issue, rendered as readers get it; empty if it is not published. */
    static Optional<ReportFile> forReaders(IssueReports reports, PublishedData published, int number, ReportFormat format, String language) {
        Edition edition = published.edition();
        return edition.revision(number).map(revision -> reports.render(Publication.of(revision, edition, published.forecasts(edition)), format, language));
    }

    /** The latest revision of an issue, whatever its status, rendered as the team gets it. */
    static Optional<ReportFile> forTeam(IssueReports reports, TeamPublications team, int number, ReportFormat format, String language) {
        return team.latest(number).map(publication -> reports.render(publication, format, language));
    }
}
