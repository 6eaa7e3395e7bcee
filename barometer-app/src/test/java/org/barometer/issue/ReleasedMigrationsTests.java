package org.barometer.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A migration that has been released is never edited again: a store already migrated by it would not be migrated by
 * the edit. {@code src/test/resources/db/released-migrations.sha256} records each released migration (SQL and Java)
 * with its SHA-256; a new migration is added to it when it lands.
 */
class ReleasedMigrationsTests {

    private static final Path SQL = Path.of("src/main/resources/db/migration");
    private static final Path JAVA = Path.of("src/main/java/db/migration");
    private static final Path RELEASED = Path.of("src/test/resources/db/released-migrations.sha256");
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*");

    @Test
    void noReleasedMigrationHasChanged() throws IOException {
        Map<String, String> released = released();
        Map<String, Path> migrations = migrations();

        assertThat(released).as("released migrations").isNotEmpty();
        released.forEach((name, sha256) -> {
            assertThat(migrations).as("the released migration " + name + " is still there").containsKey(name);
            assertThat(sha256(migrations.get(name))).as(name + " is exactly as released; add a new migration instead of editing it")
                    .isEqualTo(sha256);
        });
    }

    @Test
    void noNewMigrationComesBeforeAReleasedOne() throws IOException {
        Map<String, String> released = released();
        int lastReleased = released.keySet().stream().mapToInt(ReleasedMigrationsTests::version).max().orElseThrow();

        assertThat(migrations().keySet()).filteredOn(name -> !released.containsKey(name))
                .as("a store migrated past version " + lastReleased + " would never run these")
                .allSatisfy(name -> assertThat(version(name)).isGreaterThan(lastReleased));
    }

    private static Map<String, String> released() throws IOException {
        Map<String, String> released = new LinkedHashMap<>();
        for (String line : Files.readAllLines(RELEASED)) {
            if (!line.isBlank()) {
                String[] parts = line.strip().split("\\s+");
                released.put(parts[1], parts[0]);
            }
        }
        return released;
    }

    private static Map<String, Path> migrations() throws IOException {
        Map<String, Path> migrations = new LinkedHashMap<>();
        for (Path folder : List.of(SQL, JAVA)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(file -> VERSION.matcher(file.getFileName().toString()).matches())
                        .forEach(file -> migrations.put(file.getFileName().toString(), file));
            }
        }
        return migrations;
    }

    private static int version(String name) {
        Matcher matcher = VERSION.matcher(name);
        assertThat(matcher.matches()).as(name).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
