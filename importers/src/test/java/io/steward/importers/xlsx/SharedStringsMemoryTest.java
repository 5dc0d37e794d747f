package io.steward.importers.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.importers.bench.ImportBenchmark;
import io.steward.importers.bench.XlsxInventoryGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook's shared strings do not sit on the heap: a workbook whose shared strings table alone is bigger than the
 * heap imports in a child JVM with {@code -Xmx32m} (POI's read-only table, which holds every string on the heap, runs
 * out of memory on this file). The long texts are in a column mapped to {@code ignore}, so the rest of the import
 * carries little.
 */
class SharedStringsMemoryTest {
    private static final int ROWS = 8_000;

    @TempDir
    Path dir;

    @Test
    void aWorkbookWhoseSharedStringsExceedTheHeapImportsIn32Megabytes() throws Exception {
        Path book = XlsxInventoryGenerator.write(dir.resolve("big-strings.xlsx"), ROWS, 7, 800);
        try (ZipFile zip = new ZipFile(book.toFile())) {
            assertThat(zip.getEntry("xl/sharedStrings.xml").getSize()).as("shared strings, unpacked").isGreaterThan(40L << 20);
        }

        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m",
                "-Djava.io.tmpdir=" + tmp, "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", "-cp", System.getProperty("java.class.path"),
                ImportBenchmark.class.getName(), book.toString(), dir.resolve("ledger.steward").toString(), "description=ignore")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(dir.resolve("child.log"), StandardCharsets.UTF_8);

        assertThat(log).doesNotContain("OutOfMemoryError");
        assertThat(child.exitValue()).as(tail(log)).isZero();
        assertThat(log).contains("identities=" + ROWS).contains("max_heap_mb=3");
        try (var left = Files.list(tmp)) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("steward-xlsx"))).as("the shared strings' temporary folder is deleted")
                    .isEmpty();
        }
    }

    private static String tail(String log) {
        return log.length() > 4000 ? log.substring(log.length() - 4000) : log;
    }
}
