package io.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress lines of {@code steward import}: big files only, named, at most once a second. */
class ImportProgressPrinterTest {
    @TempDir
    Path dir;

    @Test
    void reportsBigFilesByNameAndStaysQuietForSmallOnes() throws Exception {
        Path small = dir.resolve("small.csv");
        Path big = dir.resolve("big-report.csv");
        try (RandomAccessFile f = new RandomAccessFile(small.toFile(), "rw")) {
            f.setLength(1_000);
        }
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(ImportProgressPrinter.BIG_FILE * 2);
        }
        StringWriter err = new StringWriter();
        ImportProgressPrinter progress = new ImportProgressPrinter(new PrintWriter(err, true), List.of(small, big));

        progress.update(500, 1_000, 3);
        progress.update(1_000, 1_000, 6);
        long total = ImportProgressPrinter.BIG_FILE * 2;
        progress.update(total / 4, total, 10_000);
        progress.update(total / 2, total, 20_000); // within the second: not printed

        assertThat(err.toString().lines().toList()).containsExactly("importing big-report.csv: 25% of 32 MB, 10,000 records");
    }
}
