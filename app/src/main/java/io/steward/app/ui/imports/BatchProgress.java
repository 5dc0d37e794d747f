package io.steward.app.ui.imports;

import io.steward.app.ui.common.TaskContext;
import io.steward.importers.spi.ImportProgress;
import java.util.List;

/**
 * Progress of several files imported one after another, as one bar: bytes of the files finished so far
 * plus the bytes read of the current one. The importer reports each file from zero, so a drop in
 * {@code bytesRead} means the next file has started. Written by the importing thread; the UI reads
 * {@link #fileIndex()} and {@link #records()} when the throttled progress arrives.
 */
final class BatchProgress implements ImportProgress {
    private final long[] sizes;
    private final long total;
    private final TaskContext context;
    private volatile int fileIndex;
    private volatile long records;
    private long finishedBytes;
    private long lastBytes;

    BatchProgress(List<Long> fileSizes, TaskContext context) {
        this.sizes = fileSizes.stream().mapToLong(Long::longValue).toArray();
        this.total = fileSizes.stream().mapToLong(Long::longValue).sum();
        this.context = context;
    }

    @Override
    public void update(long bytesRead, long totalBytes, long recordsRead) {
        if (bytesRead < lastBytes && fileIndex < sizes.length - 1) {
            finishedBytes += sizes[fileIndex];
            fileIndex++;
        }
        lastBytes = bytesRead;
        records = recordsRead;
        context.progress(Math.min(total, finishedBytes + bytesRead), total);
    }

    /** 0-based index of the file being read. */
    int fileIndex() {
        return fileIndex;
    }

    /** Records read from the current file. */
    long records() {
        return records;
    }
}
