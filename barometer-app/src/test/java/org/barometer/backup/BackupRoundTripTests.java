package org.barometer.backup;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.stream.Stream;

import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.barometer.importer.IssueJson;
import org.barometer.issue.EventContent;
import org.barometer.issue.Revision;
import org.barometer.method.DateExpression;
import org.barometer.method.IssueStatus;
import org.barometer.method.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/** Backup, restore into an empty store, backup again: the same bytes, between any two of the stores. */
class BackupRoundTripTests {

    static Stream<Arguments> pairs() {
        return Stream.of(Arguments.of(TestDatabase.H2, TestDatabase.H2), Arguments.of(TestDatabase.H2, TestDatabase.POSTGRESQL),
                Arguments.of(TestDatabase.POSTGRESQL, TestDatabase.H2), Arguments.of(TestDatabase.POSTGRESQL, TestDatabase.POSTGRESQL));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("pairs")
    void aRestoredStoreBacksUpToTheSameBytesAndHoldsEverything(TestDatabase from, TestDatabase to) {
        Stores source = Stores.on(from.fresh(), Backups.class);
        FullStore.fill(source);
        byte[] backup = source.get(Backups.class).write();
        JsonNode tables = BackupFile.content(backup, "backup.json").get("tables");
        assertThat(Tables.ALL).allSatisfy(table -> assertThat(tables.get(table.name()).size()).as(table.name()).isPositive());

        Stores target = Stores.on(to.fresh(), Backups.class);
        target.get(Backups.class).restore(backup, "backup.json", false);

        assertThat(new String(target.get(Backups.class).write(), UTF_8)).isEqualTo(new String(backup, UTF_8));
        assertThat(target.revisions().of(17)).extracting(Revision::revision, Revision::status, Revision::correctionNote)
                .containsExactly(tuple(1, IssueStatus.PUBLISHED, null), tuple(2, IssueStatus.DRAFT, "Russia's \"aggregate\" corrected\nпоправка"));
        assertThat(IssueJson.write(target.issues().find(17, 1).orElseThrow())).isEqualTo(IssueJson.write(source.issues().find(17, 1).orElseThrow()));
        assertThat(target.jdbc().sql("select password_hash from account order by id").query(String.class).list())
                .containsExactly("{bcrypt}$2a$10$abcdefghijklmnopqrstuv", "{bcrypt}$2a$10$zyxwvutsrqponmlkjihgfe");
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("pairs")
    void newRowsAfterARestoreTakeNewIds(TestDatabase from, TestDatabase to) {
        Stores source = Stores.on(from.fresh(), Backups.class);
        FullStore.fill(source);
        Stores target = Stores.on(to.fresh(), Backups.class);
        target.get(Backups.class).restore(source.get(Backups.class).write(), "backup.json", false);
        long highest = target.jdbc().sql("select max(id) from event").query(Long.class).single();

        long added = target.events().add(target.revisions().ref(17).orElseThrow().id(), "china", new EventContent(
                DateExpression.parse("4 October", Period.of("2020-09", "2020-10")), "Added after the restore", "", List.of(), List.of(1)));
        target.jdbc().sql("insert into change_log (account, issue_number, revision, entity, action) values ('editor', 17, 2, 'event', 'add')").update();
        target.jdbc().sql("insert into account (username, password_hash, role) values ('new', 'x', 'EDITOR')").update();

        assertThat(added).isGreaterThan(highest);
        assertThat(target.jdbc().sql("select count(*) from event where description = 'Added after the restore'").query(Long.class).single()).isEqualTo(1);
    }
}
