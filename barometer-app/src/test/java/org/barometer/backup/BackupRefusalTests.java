package org.barometer.backup;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.function.Consumer;

import org.barometer.Stores;
import org.barometer.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.node.ObjectNode;

/** A damaged or foreign backup, or a store that is not empty, is refused with what is wrong, and nothing is written. */
class BackupRefusalTests {

    /** A backup of the full store, made once: every test damages its own copy. */
    private static final byte[] BACKUP = backup();

    private static byte[] backup() {
        Stores stores = Stores.on(TestDatabase.H2.fresh(), Backups.class);
        FullStore.fill(stores);
        return stores.get(Backups.class).write();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFlippedByteIsCaughtByTheChecksum(TestDatabase database) {
        String text = new String(BACKUP, UTF_8);
        int at = text.indexOf("Lukashenka");
        byte[] damaged = BACKUP.clone();
        damaged[at] = (byte) 'X';

        assertRefused(database, damaged, "backup.json: sha256: the content does not match its checksum, so the file is damaged");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFileCutShortIsRefused(TestDatabase database) {
        assertRefused(database, Arrays.copyOf(BACKUP, BACKUP.length / 2), "backup.json: line 1, column ");
        assertRefused(database, Arrays.copyOf(BACKUP, BACKUP.length / 2), "not a readable backup (the file is damaged or cut short)");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUnknownVersionIsRefused(TestDatabase database) {
        byte[] newer = new String(BACKUP, UTF_8).replace("\"version\":1,", "\"version\":2,").getBytes(UTF_8);

        assertRefused(database, newer, "backup.json: version: 2 is not a version this Barometer reads (it reads 1)");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRecordWithoutAFieldIsRefusedByItsPath(TestDatabase database) {
        byte[] withoutUid = rewritten(content -> ((ObjectNode) content.get("tables").get("event").get(3)).remove("uid"));

        assertRefused(database, withoutUid, "backup.json: content.tables.event[3].uid: missing");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aValueOfTheWrongTypeIsRefusedByItsPath(TestDatabase database) {
        byte[] textScore = rewritten(content -> ((ObjectNode) content.get("tables").get("event").get(5)).put("score", "+2"));

        assertRefused(database, textScore, "backup.json: content.tables.event[5].score: \"+2\" is not a whole number");
    }

    /** A backup file is one more way in: what the forms and the importer refuse, restore refuses too. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void whatTheInputRulesRefuseIsRefusedByItsPath(TestDatabase database) {
        assertRefused(database, rewritten(content -> ((ObjectNode) content.get("tables").get("event").get(2))
                        .put("sources", "https://example.org/a\njavascript:alert(1)")),
                "backup.json: content.tables.event[2].sources: \"javascript:alert(1)\" is not an http or https link");
        assertRefused(database, rewritten(content -> ((ObjectNode) content.get("tables").get("relationship").get(0)).put("code", "security")),
                "backup.json: content.tables.relationship[0].code: \"security\" is reserved");
        assertRefused(database, rewritten(content -> ((ObjectNode) content.get("tables").get("issue").get(0)).put("title", "No. 17\u000b")),
                "backup.json: content.tables.issue[0].title: contains the control character U+000B, which cannot be kept");
        assertRefused(database, rewritten(content -> ((ObjectNode) content.get("tables").get("event").get(1)).put("date_written", "1".repeat(101))),
                "backup.json: content.tables.event[1].date_written: is 101 characters long; at most 100 are allowed");
    }

    /** A text one character past its limit is refused by its path, with the limit named, before the store sees it. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTextLongerThanItsLimitIsRefusedByItsPathNamingTheLimit(TestDatabase database) {
        String[][] columns = {{"event", "description", "1000"}, {"event", "description_ru", "1000"}, {"colour_band", "meaning", "1000"},
                {"issue", "correction_note", "2000"}, {"issue_author", "biography", "5000"}, {"review_comment", "body", "5000"},
                {"narrative", "body", "100000"}};
        for (String[] column : columns) {
            int limit = Integer.parseInt(column[2]);
            assertRefused(database, rewritten(content -> ((ObjectNode) content.get("tables").get(column[0]).get(0)).put(column[1], "ж".repeat(limit + 1))),
                    "backup.json: content.tables." + column[0] + "[0]." + column[1] + ": is " + (limit + 1) + " characters long; at most " + limit + " are allowed");
        }
        assertRefused(database, rewritten(content -> ((ObjectNode) content.get("tables").get("event").get(2))
                        .put("sources", "https://example.org/a\nhttps://example.org/" + "b".repeat(981))),
                "backup.json: content.tables.event[2].sources: is 1001 characters long; at most 1000 are allowed");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRecordTheStoreRefusesLeavesNothingWritten(TestDatabase database) {
        // the last event comes again: every row before it is written before the store refuses it
        byte[] twice = rewritten(content -> {
            var events = (tools.jackson.databind.node.ArrayNode) content.get("tables").get("event");
            events.add(events.get(events.size() - 1).deepCopy());
        });
        int last = BackupFile.content(twice, "x").get("tables").get("event").size() - 1;

        assertRefused(database, twice, "backup.json: content.tables.event[" + last + "]: the store refuses this row: ");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aStoreThatIsNotEmptyIsRefusedUnlessEverythingIsReplaced(TestDatabase database) {
        Stores stores = Stores.on(database.fresh(), Backups.class);
        stores.jdbc().sql("insert into account (username, password_hash, role) values ('someone', 'x', 'EDITOR')").update();
        byte[] before = stores.get(Backups.class).write();

        assertThatThrownBy(() -> stores.get(Backups.class).restore(BACKUP, "backup.json", false))
                .isInstanceOf(BackupException.class)
                .hasMessage("backup.json: the store is not empty (it has 1 account rows); restore into an empty store,"
                        + " or give --replace-all to replace everything in it");
        assertThat(stores.get(Backups.class).write()).isEqualTo(before);

        stores.get(Backups.class).restore(BACKUP, "backup.json", true);

        assertThat(new String(stores.get(Backups.class).write(), UTF_8)).isEqualTo(new String(BACKUP, UTF_8));
    }

    private static byte[] rewritten(Consumer<ObjectNode> change) {
        ObjectNode content = (ObjectNode) BackupFile.content(BACKUP, "backup.json").deepCopy();
        change.accept(content);
        return BackupFile.write(content);
    }

    private static void assertRefused(TestDatabase database, byte[] file, String message) {
        Stores stores = Stores.on(database.fresh(), Backups.class);

        assertThatThrownBy(() -> stores.get(Backups.class).restore(file, "backup.json", false))
                .isInstanceOf(BackupException.class)
                .message().contains(message);
        assertThat(stores.get(BackupStore.class).rowCounts()).isEmpty();
    }
}
