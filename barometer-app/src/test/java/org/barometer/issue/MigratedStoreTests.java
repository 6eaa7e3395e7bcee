package org.barometer.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;

import javax.sql.DataSource;

import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.audit.ChangeLog;
import org.barometer.importer.IssueCsv;
import org.barometer.importer.IssueImport;
import org.barometer.importer.IssueJson;
import org.barometer.indices.IndicesReport;
import org.barometer.method.Issue;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A store written by the release before the event tables were merged (schema version 3; see
 * {@code src/test/resources/legacy-v3/README.md}), migrated to the current schema: every revision exports the same bytes
 * that release exported, every figure is the same, and the change log still leads to every event it recorded.
 */
class MigratedStoreTests {

    private static final String FIXTURE = "/legacy-v3/";
    private static final List<String> REVISIONS = List.of("17.1", "17.2", "18.1");
    /** The tables of version 3 whose rows are numbered by the database. */
    private static final List<String> NUMBERED = List.of("relationship", "account", "issue", "event", "security_event", "review_comment",
            "change_log");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyRevisionExportsTheBytesThePreviousReleaseExported(TestDatabase database) {
        Stores stores = Stores.on(migratedLegacyStore(database));

        for (String revision : REVISIONS) {
            Issue issue = issue(stores, revision);
            assertThat(IssueJson.write(issue)).as(revision + ".json").isEqualTo(fixture(revision + ".json"));
            assertThat(IssueCsv.write(issue)).as(revision + ".csv").isEqualTo(fixture(revision + ".csv"));
            assertThat(IndicesReport.jsonText(issue)).as(revision + ".indices.json")
                    .isEqualTo(sinceSecondScores(sinceCoverage(fixture(revision + ".indices.json"))));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anExportOfTheMigratedStoreImportsIntoAnEmptyStoreAndExportsTheSameBytes(TestDatabase database) {
        Stores migrated = Stores.on(migratedLegacyStore(database));
        Stores empty = Stores.on(database.fresh());

        for (String revision : List.of("17.1", "18.1")) {
            String exported = IssueJson.write(issue(migrated, revision));
            empty.imports().importText(revision + ".json", exported, IssueImport.Options.NONE);
            assertThat(IssueJson.write(empty.issues().find(issue(migrated, revision).number()).orElseThrow())).isEqualTo(exported);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theChangeLogOfASecurityEventStillLeadsToThatEvent(TestDatabase database) {
        Stores stores = Stores.on(migratedLegacyStore(database));
        long correction = stores.revisions().ref(17, 2).orElseThrow().id();
        List<ChangeLog.Change> changes = stores.get(ChangeLog.class).forIssue(17).stream()
                .filter(change -> change.entity() == ChangeLog.Entity.SECURITY_EVENT).toList();

        assertThat(changes).extracting(change -> change.action().key()).containsExactlyInAnyOrder("create", "update");
        for (ChangeLog.Change change : changes) {
            StoredEvent event = stores.events().find(correction, EventStore.SECURITY, change.entityId()).orElseThrow();
            JsonNode after = JsonMapper.builder().build().readTree(change.after());
            assertThat(event.content().description()).isEqualTo(after.path("description").asString());
            assertThat(event.content().scores()).containsExactly(after.path("national").asInt(), after.path("regional").asInt());
        }
        long added = stores.events().add(correction, EventStore.SECURITY, stores.events().catalogue(correction, EventStore.SECURITY).get(0).content());
        assertThat(added).as("new events are numbered above every moved one").isGreaterThan(changes.stream()
                .mapToLong(ChangeLog.Change::entityId).max().orElseThrow());
    }

    private static Issue issue(Stores stores, String revision) {
        String[] numbers = revision.split("\\.");
        return stores.issues().find(Integer.parseInt(numbers[0]), Integer.parseInt(numbers[1])).orElseThrow();
    }

    /** A database at version 3 holding the rows of the fixture, then migrated to the current schema. */
    private static DataSource migratedLegacyStore(TestDatabase database) {
        DataSource dataSource = database.create();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("3").load().migrate();
        load(dataSource, JsonMapper.builder().build().readTree(fixture("store.json")));
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    /** Inserts every row of every table as written, then numbers new rows above them as the database would have. */
    private static void load(DataSource dataSource, JsonNode tables) {
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<String, JsonNode> table : tables.properties()) {
                List<String> columns = new ArrayList<>();
                table.getValue().forEach(row -> row.propertyNames().forEach(name -> {
                    if (!columns.contains(name)) {
                        columns.add(name);
                    }
                }));
                if (columns.isEmpty()) {
                    continue;
                }
                String sql = "insert into " + table.getKey() + " (" + String.join(", ", columns) + ") values ("
                        + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
                try (PreparedStatement insert = connection.prepareStatement(sql)) {
                    ResultSetMetaData types = connection.prepareStatement("select " + String.join(", ", columns) + " from " + table.getKey())
                            .getMetaData();
                    for (JsonNode row : table.getValue()) {
                        for (int i = 0; i < columns.size(); i++) {
                            insert.setObject(i + 1, value(row.get(columns.get(i)), types.getColumnType(i + 1)));
                        }
                        insert.executeUpdate();
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (String table : NUMBERED) {
                    long next = 1;
                    try (var rows = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
                        rows.next();
                        next = rows.getLong(1);
                    }
                    statement.execute("alter table " + table + " alter column id restart with " + next);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(JsonNode value, int type) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.longValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return switch (type) {
            case Types.DATE -> LocalDate.parse(value.asString());
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> OffsetDateTime.parse(value.asString());
            default -> value.asString();
        };
    }

    private static String fixture(String name) {
        try (InputStream in = MigratedStoreTests.class.getResourceAsStream(FIXTURE + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What that release's indices read as today: issue 12 added "covered" to each part, and a part without events is
     * not covered, its figures null rather than 0 (method.md, "Coverage"); everything else is written as it was.
     */
    /** The indices JSON since the ranges of double scoring were added: null for a revision nobody scored twice. */
    private static String sinceSecondScores(String released) {
        return released.replaceAll("(\\n(\\s*)\"negative\" : (?:-?\\d+|null),)(?=\\n\\2\"stated\")", "$1\n$2\"aggregateRange\" : null,")
                .replaceAll("(\\n(\\s*)\"meaning\" : (?:\"(?:[^\"\\\\]|\\\\.)*\"|null),)",
                        "$1\n$2\"nationalRange\" : null,\n$2\"regionalRange\" : null,");
    }

    private static String sinceCoverage(String released) {
        StringBuilder now = new StringBuilder();
        Matcher part = Pattern.compile("(\\n(\\s*)\"events\" : (\\d+),)((?:\\n\\s*\"(?:aggregate|positive|negative|national|regional)\" : -?\\d+,)*)").matcher(released);
        while (part.find()) {
            boolean covered = !part.group(3).equals("0");
            String figures = covered ? part.group(4) : part.group(4).replaceAll(" : -?\\d+,", " : null,");
            part.appendReplacement(now, Matcher.quoteReplacement(part.group(1) + "\n" + part.group(2) + "\"covered\" : " + covered + "," + figures));
        }
        part.appendTail(now);
        return now.toString();
    }
}
