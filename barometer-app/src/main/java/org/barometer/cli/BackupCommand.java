package org.barometer.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.barometer.backup.Backups;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes the whole store (every issue and revision, narratives, accounts, the change log) to one file,",
                "as of one moment. `barometer restore` reads it back. While `serve` runs on the embedded store,",
                "download the backup from it instead: the button \"Download the backup\" on /workspace/accounts (admins)."})
final class BackupCommand extends StoreCommand {

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The backup file to write (replaced whole, never half-written).")
    Path file;

    @Override
    public Integer call() throws Exception {
        return StoreInUse.refusedWith(store, () -> super.call(), "download the backup from it (the button \"Download the backup\" on an admin's"
                + " /workspace/accounts page, or GET /workspace/accounts/backup), or stop it and run backup again");
    }

    @Override
    int run(ConfigurableApplicationContext context) throws IOException {
        byte[] backup = context.getBean(Backups.class).write();
        Path absolute = file.toAbsolutePath();
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        // the file holds password hashes and drafts: readable by its owner only, from the moment it exists
        FileAttribute<?>[] ownerOnly = partial.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        try {
            try (FileChannel channel = FileChannel.open(partial, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly)) {
                ByteBuffer bytes = ByteBuffer.wrap(backup);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        out().println("Wrote the backup of the whole store to " + file + " (" + backup.length + " bytes).");
        out().flush();
        return 0;
    }
}
