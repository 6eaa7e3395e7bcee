package org.barometer.backup;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Every table the migrations create, as a backup carries it: parents before the tables that refer to them, each row
 * with every column, rows in primary-key order. {@code BackupTablesTests} fails while the database has a table or
 * column this list does not name, so a new migration cannot leave data out of the backups.
 */
final class Tables {

    /** How a column's values are written: a JSON number, string (dates YYYY-MM-DD, instants ISO-8601 in UTC) or boolean. */
    enum Type {
        INTEGER, TEXT, DATE, INSTANT, BOOLEAN;

        private static final Map<String, Type> OF_SQL = Map.of("bigint", INTEGER, "integer", INTEGER, "character varying", TEXT,
                "date", DATE, "timestamp with time zone", INSTANT, "boolean", BOOLEAN);

        /** The type of a column as information_schema.columns names its data_type (H2 and PostgreSQL name them alike). */
        static Type ofSql(String dataType) {
            Type type = OF_SQL.get(dataType.toLowerCase(Locale.ROOT));
            if (type == null) {
                throw new IllegalStateException("a backup cannot carry a column of type " + dataType);
            }
            return type;
        }
    }

    record Column(String name, Type type) {
    }

    /** A table; {@code identity} is its generated id column (its counter is set past the restored ids), or null. */
    record Table(String name, List<Column> columns, String orderBy, String identity) {

        Table(String name, String orderBy, String identity, Column... columns) {
            this(name, List.of(columns), orderBy, identity);
        }

        List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }
    }

    /**
     * Tables a backup leaves out: who is signed in now (sessions) and recent sign-in attempts (the throttle's counts).
     * They describe the moment, not the store; a restore that replaces everything empties them (everyone signs in again).
     */
    static final List<String> TRANSIENT = List.of("spring_session_attributes", "spring_session", "sign_in_attempt");

    static final List<Table> ALL = List.of(
            new Table("relationship", "id", "id", integer("id"), text("code"), text("name")),
            new Table("issue", "id", "id", integer("id"), integer("issue_number"), integer("revision"), text("correction_note"),
                    text("title"), date("period_start"), date("period_end"), text("status"), integer("score_lowest"),
                    integer("score_highest"), instant("created_at"), instant("published_at")),
            new Table("colour_band", "issue_id, seq", null, integer("issue_id"), integer("seq"), text("colour"), integer("lowest"),
                    integer("highest"), text("meaning")),
            new Table("issue_relationship", "issue_id, relationship_id", null, integer("issue_id"), integer("relationship_id"),
                    integer("seq"), text("heading")),
            new Table("event", "id", "id", integer("id"), integer("issue_id"), text("kind"), integer("relationship_id"), integer("seq"),
                    text("uid"), text("date_written"), date("date_start"), date("date_end"), text("date_precision"), text("description"),
                    text("description_ru"), text("sources"), integer("score"), integer("national"), integer("regional"), integer("version")),
            new Table("stated_figure", "issue_id, seq", null, integer("issue_id"), integer("seq"), text("subject"), text("figure"),
                    text("stated")),
            new Table("finding", "issue_id, seq", null, integer("issue_id"), integer("seq"), text("kind"), text("subject"),
                    text("figure"), text("stated"), text("computed"), text("message")),
            new Table("account", "id", "id", integer("id"), text("username"), text("password_hash"), text("role"),
                    bool("security_analyst"), instant("created_at")),
            new Table("account_relationship", "account_id, relationship_id", null, integer("account_id"), integer("relationship_id")),
            new Table("issue_author", "issue_id, seq", null, integer("issue_id"), integer("seq"), text("name"), text("affiliation"),
                    text("biography")),
            new Table("review_comment", "id", "id", integer("id"), integer("issue_id"), text("author"), instant("created_at"),
                    text("body")),
            new Table("narrative", "issue_id, subject, part, language", null, integer("issue_id"), text("subject"), text("part"),
                    text("language"), text("body"), integer("version")),
            new Table("part_state", "issue_id, part", null, integer("issue_id"), text("part"), text("state"), text("note"), text("comment"),
                    text("changed_by"), instant("changed_at")),
            new Table("finding_acknowledgement", "issue_id, finding_key", null, integer("issue_id"), text("finding_key"), text("reason"),
                    text("acknowledged_by"), instant("acknowledged_at")),
            new Table("codebook_anchor", "relationship_code, event_uid", null, text("relationship_code"), integer("score"),
                    text("event_uid"), text("rationale"), text("rationale_ru"), text("chosen_by"), instant("chosen_at")),
            new Table("issue_option", "issue_id", null, integer("issue_id"), bool("codebook_in_pdf")),
            new Table("forecast_statement", "issue_id, seq", null, integer("issue_id"), integer("seq"), text("subject"), text("figure"),
                    text("comparison"), integer("threshold_low"), integer("threshold_high"), text("colour"), integer("about_issue"),
                    text("probability")),
            new Table("double_sample", "issue_id, catalogue", null, integer("issue_id"), text("catalogue"), integer("share_percent"),
                    integer("seed"), text("second_coder"), text("changed_by"), instant("changed_at")),
            new Table("second_score", "issue_id, event_uid", null, integer("issue_id"), text("event_uid"), text("catalogue"), text("added"),
                    text("coder"), integer("score"), integer("national"), integer("regional"), instant("scored_at")),
            new Table("adjudication", "issue_id, event_uid", null, integer("issue_id"), text("event_uid"), integer("first_score"),
                    integer("first_national"), integer("first_regional"), integer("second_score"), integer("second_national"),
                    integer("second_regional"), integer("record_score"), integer("record_national"), integer("record_regional"),
                    text("reason"), text("decided_by"), instant("decided_at")),
            new Table("change_log", "id", "id", integer("id"), instant("changed_at"), text("account"), integer("issue_number"),
                    integer("revision"), text("entity"), integer("entity_id"), text("action"), text("before_value"),
                    text("after_value")));

    private Tables() {
    }

    /** Children first: the order in which rows of these tables can be deleted. */
    static Stream<Table> childrenFirst(List<Table> tables) {
        return IntStream.range(0, tables.size()).mapToObj(i -> tables.get(tables.size() - 1 - i));
    }

    /** Where a table of the store comes in a restore: as {@link #ALL} has it; a table an earlier schema had, after those. */
    static int position(String table) {
        for (int i = 0; i < ALL.size(); i++) {
            if (ALL.get(i).name().equals(table)) {
                return i;
            }
        }
        return ALL.size();
    }

    private static Column integer(String name) {
        return new Column(name, Type.INTEGER);
    }

    private static Column text(String name) {
        return new Column(name, Type.TEXT);
    }

    private static Column date(String name) {
        return new Column(name, Type.DATE);
    }

    private static Column instant(String name) {
        return new Column(name, Type.INSTANT);
    }

    private static Column bool(String name) {
        return new Column(name, Type.BOOLEAN);
    }
}
