package org.barometer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The published No. 17 as extracted from its PDF, read from the shared seed folder beside the repository
 * (never copied into it). Maven passes its path as the system property barometer.seed.
 */
public final class Seed {

    private Seed() {
    }

    public static Path path() {
        String configured = System.getProperty("barometer.seed");
        Path path = configured != null ? Path.of(configured) : Path.of("../../shared/seed/minsk-barometer-17.txt");
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("the published sample issue is not at " + path.toAbsolutePath()
                    + "; the tests expect ../shared/seed/ beside the repository");
        }
        return path;
    }

    public static String text() {
        try {
            return Files.readString(path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
