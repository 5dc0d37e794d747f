package io.steward.importers.spi;

import io.steward.importers.spi.BadInputException;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.Detection;
import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.Importer;
import io.steward.importers.spi.RecordSink;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One input format. Implementations are stateless and thread-safe; a new read starts from scratch.
 * <p>
 * {@link #read} streams: it never holds the whole file, it emits each identity as soon as it is
 * complete, it runs every raw value through {@link RecordSink#screen} (or {@link RecordSink#screenJson})
 * before mapping it, it checks {@link Cancellation#check()} at least once per record, and it throws
 * {@link BadInputException} (file, record/line, reason, never a value) on input that is not what the
 * format promises. It never logs or echoes field values.
 */
public interface Importer {
    /** Stable id, shown by {@code steward formats} and accepted by {@code --format}; lowercase words joined by '-'. */
    String id();

    /** Bumped when the mapping changes, so a snapshot records which mapping produced it. */
    String version();

    /** One sentence: what files this importer recognises. */
    String description();

    /**
     * How sure this importer is that the sample is its format, judged on content (the file name is at
     * most a tie-breaker). Must be fast and must not throw on arbitrary bytes.
     */
    Detection detect(FileSample sample);

    /**
     * Whether this importer reads .xlsx workbooks ({@link FileSample#isXlsxWorkbook()}); the others are never
     * offered one, neither by detection nor by {@code --format}.
     */
    default boolean readsWorkbooks() {
        return false;
    }

    /** Parses {@code file}, emitting normalised records into {@code sink}. */
    void read(Path file, RecordSink sink, ImportProgress progress, Cancellation cancel) throws IOException;
}
