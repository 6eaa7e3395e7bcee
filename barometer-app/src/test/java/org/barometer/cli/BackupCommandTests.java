package org.barometer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.barometer.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** `barometer backup` and `barometer restore` as the README documents them. */
class BackupCommandTests {

    @TempDir
    Path folder;

    @Test
    void aBackupRestoredIntoAnotherStoreOnPostgresqlAndBackAgainIsTheSameFile() throws Exception {
        Path store = folder.resolve("store");
        ImportedSeed.copyInto(store);
        Path first = folder.resolve("first.json");
        Path second = folder.resolve("second.json");
        Path third = folder.resolve("third.json");
        String url = TestDatabase.POSTGRESQL.jdbcUrl(TestDatabase.newDatabase());

        Cli backup = Cli.run("backup", "--out", first.toString(), "--data", store.toString());
        Cli restore = Cli.run("restore", first.toString(), "--db-url", url, "--db-user", "postgres");
        Cli again = Cli.run("backup", "--out", second.toString(), "--db-url", url, "--db-user", "postgres");
        Cli home = Cli.run("restore", second.toString(), "--data", folder.resolve("other").toString());
        Cli last = Cli.run("backup", "--out", third.toString(), "--data", folder.resolve("other").toString());

        assertThat(backup.status()).as(backup.err()).isZero();
        assertThat(backup.out()).startsWith("Wrote the backup of the whole store to " + first);
        assertThat(restore.status()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Restored " + first + ": ").contains(" 1 issue, ").contains(" 139 event,");
        assertThat(again.status()).isZero();
        assertThat(home.status()).isZero();
        assertThat(last.status()).isZero();
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        assertThat(Files.readString(third)).isEqualTo(Files.readString(first));
        assertThat(Cli.run("indices", "--issue", "17", "--data", folder.resolve("other").toString()).out())
                .isEqualTo(Cli.run("indices", "--issue", "17", "--data", store.toString()).out());
        assertThat(folder.resolve("first.json.partial")).doesNotExist();
    }

    @Test
    void restoreRefusesAStoreThatIsNotEmptyAndADamagedFileAndExitsOne() throws Exception {
        Path store = folder.resolve("store");
        ImportedSeed.copyInto(store);
        Path file = folder.resolve("backup.json");
        Cli.run("backup", "--out", file.toString(), "--data", store.toString());
        Path damaged = folder.resolve("damaged.json");
        Files.writeString(damaged, Files.readString(file).replaceFirst("Lukashenka", "Lukashenko"));

        Cli notEmpty = Cli.run("restore", file.toString(), "--data", store.toString());
        Cli corrupt = Cli.run("restore", damaged.toString(), "--data", folder.resolve("empty").toString());
        Cli missing = Cli.run("restore", folder.resolve("nothing.json").toString(), "--data", folder.resolve("empty").toString());
        Cli replaced = Cli.run("restore", file.toString(), "--replace-all", "--data", store.toString());

        assertThat(notEmpty.status()).isEqualTo(1);
        assertThat(notEmpty.err()).startsWith("barometer: " + file + ": the store is not empty (it has ").contains("give --replace-all");
        assertThat(corrupt.status()).isEqualTo(1);
        assertThat(corrupt.err()).startsWith("barometer: " + damaged + ": sha256: the content does not match its checksum");
        assertThat(Cli.run("indices", "--issue", "17", "--data", folder.resolve("empty").toString()).status()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("barometer: " + folder.resolve("nothing.json") + ": no such file" + System.lineSeparator());
        assertThat(replaced.status()).as(replaced.err()).isZero();
    }

    @Test
    void aBackupFileIsReadableByItsOwnerOnly() throws Exception {
        Path store = folder.resolve("store");
        ImportedSeed.copyInto(store);
        Path file = folder.resolve("backup.json");

        assertThat(Cli.run("backup", "--out", file.toString(), "--data", store.toString()).status()).isZero();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void anEmbeddedStoreThatAnotherProcessHoldsOpenIsRefusedPointingToTheDownload() throws Exception {
        Path store = folder.resolve("store");
        ImportedSeed.copyInto(store);
        Path file = folder.resolve("backup.json");
        Process holder = holdOpen(store);
        try {
            Cli backup = Cli.run("backup", "--out", file.toString(), "--data", store.toString());
            Cli restore = Cli.run("restore", file.toString(), "--replace-all", "--data", store.toString());

            assertThat(backup.status()).isEqualTo(1);
            assertThat(backup.err()).startsWith("barometer: the embedded store in " + store.toAbsolutePath().normalize()
                    + " is open in another process (a running `barometer serve`); download the backup from it").contains("GET /workspace/accounts/backup");
            assertThat(file).doesNotExist();
            assertThat(restore.status()).isEqualTo(1);
            assertThat(restore.err()).contains("is open in another process (a running `barometer serve`); stop it, restore, then start it again");
        } finally {
            holder.destroy();
            holder.waitFor();
        }
    }

    @Test
    void aBackupOfAnEarlierSchemaIsRestoredIntoANewStoreAndUpgraded() throws Exception {
        Path file = earlierBackup();
        Path store = folder.resolve("store");

        Cli restore = Cli.run("restore", file.toString(), "--data", store.toString());
        Path now = folder.resolve("now.json");
        Cli backup = Cli.run("backup", "--out", now.toString(), "--data", store.toString());

        assertThat(restore.status()).as(restore.err()).isZero();
        assertThat(backup.status()).isZero();
        JsonNode content = JsonMapper.builder().build().readTree(Files.readString(now)).get("content");
        assertThat(content.get("schema").asString()).isNotEqualTo("3");
        JsonNode events = content.get("tables").get("event");
        assertThat(events).extracting(event -> event.get("kind").asString() + " " + event.get("uid").asString() + " " + event.get("description").asString())
                .containsExactly("relationship e7 Talks in Sochi", "security s3 An exercise near the border");
        long securityEvent = events.get(1).get("id").asLong();
        assertThat(content.get("tables").get("change_log")).extracting(change -> change.get("entity").asString() + " " + change.get("entity_id").asLong())
                .containsExactly("event 7", "security-event " + securityEvent);
        assertThat(content.get("tables").get("stated_figure").get(0).get("subject").asString()).isEqualTo("russia");
        Cli indices = Cli.run("indices", "--issue", "5", "--json", "--data", store.toString());
        assertThat(JsonMapper.builder().build().readTree(indices.out()).get("security").get("regional").asInt()).isEqualTo(-2);

        String url = TestDatabase.POSTGRESQL.jdbcUrl(TestDatabase.newDatabase());
        Path onPostgresql = folder.resolve("postgresql.json");
        assertThat(Cli.run("restore", file.toString(), "--db-url", url, "--db-user", "postgres").status()).isZero();
        assertThat(Cli.run("backup", "--out", onPostgresql.toString(), "--db-url", url, "--db-user", "postgres").status()).isZero();
        assertThat(Files.readString(onPostgresql)).isEqualTo(Files.readString(now));
    }

    @Test
    void aBackupOfAnEarlierSchemaIsRefusedByAStoreAlreadyUpgraded() throws Exception {
        Path file = earlierBackup();
        Path store = folder.resolve("store");
        ImportedSeed.copyInto(store);

        Cli restore = Cli.run("restore", file.toString(), "--replace-all", "--data", store.toString());

        assertThat(restore.status()).isEqualTo(1);
        assertThat(restore.err()).startsWith("barometer: " + file + ": content.schema: the backup was made of schema version 3 and this store is at version ")
                .contains("restore it into a new, empty store");
        assertThat(Cli.run("indices", "--issue", "17", "--data", store.toString()).status()).isZero();
    }

    @Test
    void aBackupOfALaterSchemaIsRefusedAndNothingIsWritten() throws Exception {
        Path file = backupOfSchema("99");
        Path store = folder.resolve("store");

        Cli restore = Cli.run("restore", file.toString(), "--data", store.toString());

        assertThat(restore.status()).isEqualTo(1);
        assertThat(restore.err()).startsWith("barometer: " + file + ": content.schema: the backup was made of schema version 99, newer than this Barometer's (");
    }

    /** A backup as the release at schema version 3 (stable event ids, security events in a table of their own) wrote it. */
    private Path earlierBackup() throws Exception {
        return backupOfSchema("3");
    }

    private Path backupOfSchema(String schema) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode content = json.readTree(getClass().getResourceAsStream("/backup/schema-3-content.json"));
        ((tools.jackson.databind.node.ObjectNode) content).put("schema", schema);
        // the documented checksum: SHA-256 of the content written compactly
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(content)));
        Path file = folder.resolve("schema-3.json");
        Files.writeString(file, "{\"format\":\"barometer-backup\",\"version\":1,\"sha256\":\"" + sha256 + "\",\"content\":"
                + json.writeValueAsString(content) + "}\n");
        return file;
    }

    /** Another JVM with the store open, as a `serve` on the single-process embedded store has it: H2's shell, waiting at its prompt. */
    private static Process holdOpen(Path store) throws Exception {
        String h2 = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        String java = ProcessHandle.current().info().command().orElse("java");
        EmbeddedStore embedded = new EmbeddedStore(store);
        Process shell = new ProcessBuilder(java, "-cp", h2, "org.h2.tools.Shell", "-url", embedded.url().replace(SyncedFiles.PREFIX, ""),
                "-user", EmbeddedStore.USER, "-password", embedded.prepare()).redirectErrorStream(true).start();
        StringBuilder said = new StringBuilder();
        InputStream out = shell.getInputStream();
        while (!said.toString().contains("sql>")) {
            int c = out.read();
            if (c < 0) {
                throw new IllegalStateException("H2's shell did not open the store: " + said);
            }
            said.append((char) c);
        }
        return shell;
    }
}
