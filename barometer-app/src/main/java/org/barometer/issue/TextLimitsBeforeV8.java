package org.barometer.issue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Before migration 8 adds its length checks, the texts it would refuse are looked for: a store written before the input
 * rules held every way in may keep a longer one, and the database would then only name a constraint. The migration is
 * not started, and the error names each text (table, row and field), its length and the limit, so that it can be
 * shortened and the server started again. Registered with Flyway as a callback (Spring Boot hands it every one).
 */
@Component
final class TextLimitsBeforeV8 implements Callback {

    static final MigrationVersion V8 = MigrationVersion.fromVersion("8");

    /** How many texts the message names one by one. */
    private static final int NAMED = 5;

    /** A field V8 limits (its limits, which are released and never change) and how a row of it is named. */
    private record Limited(String field, int limit, String sql) {
    }

    private static final List<Limited> LIMITED = List.of(
            event("description"),
            event("description_ru"),
            new Limited("colour_band.meaning", 1_000, """
                    select 'colour band ' || b.colour || ' of issue No. ' || i.issue_number || ' revision ' || i.revision, char_length(b.meaning)
                    from colour_band b join issue i on i.id = b.issue_id where char_length(b.meaning) > 1000"""),
            new Limited("issue.correction_note", 2_000, """
                    select 'issue No. ' || i.issue_number || ' revision ' || i.revision, char_length(i.correction_note)
                    from issue i where char_length(i.correction_note) > 2000"""),
            new Limited("issue_author.biography", 5_000, """
                    select 'author ' || a.name || ' of issue No. ' || i.issue_number || ' revision ' || i.revision, char_length(a.biography)
                    from issue_author a join issue i on i.id = a.issue_id where char_length(a.biography) > 5000"""),
            new Limited("review_comment.body", 5_000, """
                    select 'review comment ' || c.id || ' by ' || c.author || ' on issue No. ' || i.issue_number || ' revision ' || i.revision,
                           char_length(c.body)
                    from review_comment c join issue i on i.id = c.issue_id where char_length(c.body) > 5000"""),
            new Limited("narrative.body", 100_000, """
                    select 'narrative ' || n.subject || ' ' || n.part || ' (' || n.language || ') of issue No. ' || i.issue_number || ' revision '
                           || i.revision, char_length(n.body)
                    from narrative n join issue i on i.id = n.issue_id where char_length(n.body) > 100000"""));

    private static Limited event(String column) {
        return new Limited("event." + column, 1_000, """
                select 'event ' || e.id || ' of issue No. ' || i.issue_number || ' revision ' || i.revision || ' ('
                       || coalesce(r.code, 'security') || ')', char_length(e.%1$s)
                from event e join issue i on i.id = e.issue_id left join relationship r on r.id = e.relationship_id
                where char_length(e.%1$s) > 1000 order by i.issue_number, i.revision, e.id""".formatted(column));
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE && context.getMigrationInfo() != null && V8.equals(context.getMigrationInfo().getVersion());
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        List<String> over = overTheLimits(context.getConnection());
        if (!over.isEmpty()) {
            throw new FlywayException(message(over));
        }
    }

    @Override
    public String getCallbackName() {
        return "text limits before V8";
    }

    /** Every text V8 would refuse: the row, the field, its length and the limit. */
    static List<String> overTheLimits(Connection connection) {
        List<String> over = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (Limited limited : LIMITED) {
                try (ResultSet rows = statement.executeQuery(limited.sql())) {
                    while (rows.next()) {
                        over.add(String.format(Locale.ROOT, "%s: %s has %,d characters, over the limit of %,d", rows.getString(1), limited.field(),
                                rows.getInt(2), limited.limit()));
                    }
                }
            }
        } catch (SQLException e) {
            throw new FlywayException("could not look for texts over the limits of migration 8: " + e.getMessage(), e);
        }
        return over;
    }

    /** One line (the start shows the first line of a failure), naming the first few texts and how many more there are. */
    static String message(List<String> over) {
        String named = String.join("; ", over.subList(0, Math.min(NAMED, over.size())));
        String more = over.size() > NAMED ? "; and " + (over.size() - NAMED) + " more" : "";
        return "migration 8 (text limits) was not started, the store keeps " + over.size() + (over.size() == 1 ? " text" : " texts")
                + " longer than it allows: " + named + more + ". Shorten " + (over.size() == 1 ? "it" : "them")
                + " (in the workspace, or with SQL on the store) and start again; nothing was changed.";
    }
}
