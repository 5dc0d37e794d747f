package io.steward.app.cli;

import io.steward.importers.secrets.SafeFileName;
import io.steward.importers.spi.ImportProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Progress of a multi-file import on stderr, for big files only, at most once a second: which file, how far,
 * how many records. The importing thread calls it; it only formats and prints.
 */
final class ImportProgressPrinter implements ImportProgress {
    /** Files smaller than this import in about a second: no progress lines for them. */
    static final long BIG_FILE = 16L << 20;
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final List<Path> files;
    private final long[] sizes;
    private int file = -1;
    private long lastBytes = Long.MAX_VALUE;
    private long lastTotal = -1;
    private long lastPrint;

    ImportProgressPrinter(PrintWriter err, List<Path> files) {
        this.err = err;
        this.files = List.copyOf(files);
        this.sizes = files.stream().mapToLong(ImportProgressPrinter::size).toArray();
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return -1; // the import itself reports an unreadable file
        }
    }

    @Override
    public synchronized void update(long bytesRead, long totalBytes, long records) {
        if (bytesRead < lastBytes || totalBytes != lastTotal) {
            file = nextFile(totalBytes); // a new file started
        }
        lastBytes = bytesRead;
        lastTotal = totalBytes;
        long now = System.nanoTime();
        if (totalBytes < BIG_FILE || now - lastPrint < INTERVAL_NANOS) {
            return;
        }
        lastPrint = now;
        String name = file >= 0 ? SafeFileName.of(files.get(file)).name() : "file";
        err.printf("importing %s: %d%% of %,d MB, %,d records%n", name, totalBytes > 0 ? bytesRead * 100 / totalBytes : 0,
                totalBytes >> 20, records);
    }

    @Override
    public synchronized void findings(int done, int total) {
        if (lastTotal >= BIG_FILE && done == 0) {
            err.printf("computing findings (%d rules)%n", total);
        }
    }

    private int nextFile(long totalBytes) {
        for (int i = file + 1; i < sizes.length; i++) {
            if (sizes[i] == totalBytes) {
                return i;
            }
        }
        return Math.min(file + 1, files.size() - 1);
    }
}
