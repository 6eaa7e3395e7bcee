package org.barometer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.barometer.BarometerApplication;
import org.barometer.backup.Backups;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restores a file written by `barometer backup` into an empty store, all or nothing.",
                "A damaged file, one of another schema version, or a store that is not empty is refused and nothing is written."})
final class RestoreCommand extends StoreCommand {

    @Parameters(paramLabel = "FILE", description = "The backup file.")
    Path file;

    @Option(names = "--replace-all", description = "Delete everything the store holds (issues, accounts, the change log) and put the backup in its place.")
    boolean replaceAll;

    private byte[] backup;

    @Override
    public Integer call() throws Exception {
        return StoreInUse.refusedWith(store, this::restore, "stop it, restore, then start it again");
    }

    private Integer restore() throws Exception {
        try {
            backup = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        }
        String schema = Backups.schemaOf(backup, file.toString());
        MigrationVersion newest = newestMigration();
        if (MigrationVersion.fromVersion(schema).isNewerThan(newest.getVersion())) {
            throw new UserError(file + ": content.schema: the backup was made of schema version " + schema + ", newer than this Barometer's ("
                    + newest + "): restore it with the release that made it");
        }
        Map<String, Object> properties = store.properties();
        properties.put("logging.level.root", "WARN");
        // a new store is migrated as far as the backup's schema only; the later migrations run once its rows are in
        properties.put("spring.flyway.target", schema);
        try (ConfigurableApplicationContext context = BarometerApplication.start(properties, false)) {
            return run(context);
        }
    }

    /** The version of the newest migration this release has (SQL scripts and Java migrations alike, under db/migration). */
    private static MigrationVersion newestMigration() throws IOException {
        Pattern versioned = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*");
        MigrationVersion newest = MigrationVersion.EMPTY;
        for (Resource migration : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*")) {
            Matcher name = versioned.matcher(String.valueOf(migration.getFilename()));
            if (name.matches()) {
                MigrationVersion version = MigrationVersion.fromVersion(name.group(1).replace('_', '.'));
                newest = version.isNewerThan(newest.getVersion()) ? version : newest;
            }
        }
        return newest;
    }

    @Override
    int run(ConfigurableApplicationContext context) throws IOException {
        Map<String, Integer> restored = context.getBean(Backups.class).restore(backup, file.toString(), replaceAll);
        Flyway migrated = context.getBean(Flyway.class);
        Flyway.configure().configuration(migrated.getConfiguration()).target(MigrationVersion.LATEST).load().migrate();
        out().println("Restored " + file + ": " + restored.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + " rows.");
        out().flush();
        return 0;
    }
}
