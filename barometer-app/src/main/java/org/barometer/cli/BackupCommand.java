package org.barometer.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;

import org.barometer.backup.Backups;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes the whole store (every issue and revision, narratives, accounts, the change log) to one file,",
                "as of one moment. `barometer restore` reads it back. While `serve` runs on the embedded store,",
                "download the backup from it instead: the Backup button on /workspace/accounts (admins)."})
final class BackupCommand extends StoreCommand {

    /** H2's error when another process has the database file open. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The backup file to write (replaced whole, never half-written).")
    Path file;

    @Override
    public Integer call() throws Exception {
        try {
            return super.call();
        } catch (RuntimeException e) {
            if (openElsewhere(e)) {
                throw new UserError("the embedded store in " + store.data.toAbsolutePath().normalize() + " is open in a running `barometer serve`;"
                        + " download the backup from it (an admin's /workspace/accounts page, button Backup, or GET /workspace/accounts/backup),"
                        + " or stop it and run backup again");
            }
            throw e;
        }
    }

    @Override
    int run(ConfigurableApplicationContext context) throws IOException {
        byte[] backup = context.getBean(Backups.class).write();
        Path absolute = file.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(backup);
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out().println("Wrote the backup of the whole store to " + file + " (" + backup.length + " bytes).");
        out().flush();
        return 0;
    }

    private static boolean openElsewhere(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }
}
