package org.barometer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.barometer.backup.Backups;
import org.springframework.context.ConfigurableApplicationContext;

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

    @Override
    public Integer call() throws Exception {
        return StoreInUse.refusedWith(store, () -> super.call(), "stop it, restore, then start it again");
    }

    @Override
    int run(ConfigurableApplicationContext context) throws IOException {
        byte[] backup;
        try {
            backup = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        }
        Map<String, Integer> restored = context.getBean(Backups.class).restore(backup, file.toString(), replaceAll);
        out().println("Restored " + file + ": " + restored.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + " rows.");
        out().flush();
        return 0;
    }
}
