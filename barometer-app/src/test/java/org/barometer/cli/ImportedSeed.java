package org.barometer.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.barometer.Seed;

/**
 * The embedded store as `barometer import` of the published No. 17 leaves it: imported once per test run by the
 * command itself, then copied into the folder of each test that starts from it (a command starts the whole
 * application, a copy takes a millisecond).
 */
final class ImportedSeed {

    private static Path store;

    private ImportedSeed() {
    }

    /** Puts the imported store in this folder, as `barometer import SEED --data FOLDER` would have. */
    static synchronized void copyInto(Path folder) {
        try {
            if (store == null) {
                store = Files.createTempDirectory("barometer-imported-seed");
                store.toFile().deleteOnExit();
                Cli imported = Cli.run("import", Seed.path().toString(), "--data", store.toString());
                if (imported.status() != 0) {
                    throw new IllegalStateException("the seed did not import: " + imported.err());
                }
                files().forEach(file -> file.toFile().deleteOnExit());
            }
            Files.createDirectories(folder);
            for (Path file : files()) {
                Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(store)) {
            return files.toList();
        }
    }
}
