package org.barometer.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicBoolean;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's files opened so that every write reaches the disk before it returns ({@code fdatasync}): H2 writes a commit
 * before acknowledging it (WRITE_DELAY=0) but never syncs it, so without this a power loss could take commits the
 * kernel had not yet written out. A store is opened through it by naming it {@code synced:PATH}.
 */
final class SyncedFiles {

    static final String PREFIX = "synced:";
    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    private SyncedFiles() {
    }

    /** Makes the {@code synced:} prefix known to H2 in this JVM. */
    static void register() {
        if (REGISTERED.compareAndSet(false, true)) {
            FilePath.register(new SyncedPath());
        }
    }

    /** Public for H2, which makes one per path by reflection. */
    public static final class SyncedPath extends FilePathWrapper {

        @Override
        public String getScheme() {
            return "synced";
        }

        @Override
        public FileChannel open(String mode) throws IOException {
            FileChannel channel = getBase().open(mode);
            return mode.contains("w") ? new SyncedChannel(channel) : channel;
        }
    }

    /** A file whose every write is forced to the disk before it returns. */
    private static final class SyncedChannel extends FileBase {

        private final FileChannel base;

        SyncedChannel(FileChannel base) {
            this.base = base;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            int written = base.write(src);
            base.force(false);
            return written;
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            int written = base.write(src, position);
            base.force(false);
            return written;
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            base.force(true);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }

        @Override
        public String toString() {
            return PREFIX + base;
        }
    }
}
