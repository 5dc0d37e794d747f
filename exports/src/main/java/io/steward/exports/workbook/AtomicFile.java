package io.steward.exports.workbook;

import io.steward.model.store.OwnerOnlyFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that it appears whole or not at all: into an owner-only temporary file in the same
 * folder, flushed to disk, then moved over the target in one step. Any failure or cancellation deletes
 * the temporary file and leaves the target as it was.
 */
public final class AtomicFile {
    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        try (Pending pending = begin(target)) {
            content.writeTo(pending.out());
            pending.commit();
        }
    }

    /**
     * Opens the owner-only temporary file next to {@code target} for content written over time (a workbook whose
     * sheets stream in as their rows are read). {@link Pending#commit()} puts it in place; closing it uncommitted
     * (a failure, a cancellation) deletes it.
     */
    public static Pending begin(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (!Files.isDirectory(folder)) {
            throw new java.nio.file.NoSuchFileException(folder.toString(), null, "the folder does not exist");
        }
        Path part = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
        try {
            return new Pending(absolute, part, FileChannel.open(part, StandardOpenOption.WRITE));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
    }

    /** A temporary file being written; the target appears only on {@link #commit()}. */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path part;
        private final FileChannel channel;
        private final OutputStream out;
        private boolean open = true;
        private boolean moved;

        private Pending(Path target, Path part, FileChannel channel) {
            this.target = target;
            this.part = part;
            this.channel = channel;
            this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        }

        public OutputStream out() {
            return out;
        }

        /** Flushes the content to disk and moves it over the target in one step. */
        public void commit() throws IOException {
            out.flush();
            channel.force(true);
            closeFile();
            try {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + target + " in one step on this file system: " + e.getMessage(), e);
            }
            moved = true;
            OwnerOnlyFiles.restrict(target);
        }

        private void closeFile() throws IOException {
            if (open) {
                open = false;
                out.close();
            }
        }

        /** Deletes the temporary file unless it was committed. */
        @Override
        public void close() throws IOException {
            if (moved) {
                return;
            }
            try {
                closeFile();
            } finally {
                Files.deleteIfExists(part);
            }
        }
    }
}
