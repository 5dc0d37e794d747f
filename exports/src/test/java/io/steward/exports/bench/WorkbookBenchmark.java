package io.steward.exports.bench;

import io.steward.exports.workbook.AtomicFile;
import io.steward.exports.workbook.Column;
import io.steward.exports.workbook.TableLayout;
import io.steward.exports.workbook.TableSheet;
import io.steward.exports.workbook.WorkbookWriter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Workbook export benchmark (docs/BENCHMARKS.md): Steward's streaming sheet writer writes N attestation-shaped
 * rows (17 columns: item number, 10 texts with formula-trigger checks, a date, 3 hashes, a seq) through its atomic
 * file path, beside a minimal fastexcel writer of the same rows (inline strings, flushed every 4,096 rows, one date
 * style per flushed block), in the same run, three rounds each, alternating. The campaign export itself is measured by
 * the app's WorkbookBenchmark (bench/workbook-benchmark.sh); this one isolates the sheet writer.
 * Run it with -Xmx256m to hold the heap bar. Usage: WorkbookBenchmark [rows (default 1000000)] [work folder] (bench/workbook-benchmark.sh --sheet-only)
 */
public final class WorkbookBenchmark {
    private static final TableLayout LAYOUT = new TableLayout("Attestations",
            Column.integer("Item", 8), Column.imported("Identity key", 48), Column.imported("Name", 28), Column.imported("Source", 22),
            Column.imported("Kind", 16), Column.imported("Owner", 20), Column.imported("Reviewer", 20), Column.text("Decision", 12),
            Column.imported("Comment", 40), Column.imported("Decided by", 18), Column.dateTime("Decided at (UTC)"),
            Column.text("Findings at the time", 36), Column.text("Highest severity", 12), Column.text("Frozen item hash", 66),
            Column.integer("Decision entry seq", 12), Column.text("Decision entry hash", 66), Column.text("Recommendation", 14));
    /** The reference keeps this many rows in memory before it flushes them into its zip. */
    private static final int FLUSH = 4_096;
    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

    private WorkbookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : Files.createTempDirectory("steward-workbook-bench");
        System.out.printf("rows: %d, heap max %d MB, folder %s%n", rows, Runtime.getRuntime().maxMemory() / (1024 * 1024), dir);
        double[] reference = new double[3];
        double[] steward = new double[3];
        for (int round = 0; round < 3; round++) {
            reference[round] = fastexcel(dir.resolve("reference.xlsx"), rows);
            steward[round] = steward(dir.resolve("steward.xlsx"), rows);
            System.out.printf("round %d: fastexcel %.0f rows/s, steward %.0f rows/s (%.0f MB vs %.0f MB file)%n", round + 1, reference[round],
                    steward[round], Files.size(dir.resolve("reference.xlsx")) / 1e6, Files.size(dir.resolve("steward.xlsx")) / 1e6);
        }
        double ref = median(reference);
        double ours = median(steward);
        System.out.printf("WORKBOOK  fastexcel %.0f rows/s | steward %.0f rows/s | ratio %.2f | bar ratio >= 1.00: %s%n", ref, ours, ours / ref,
                ours >= ref ? "PASS" : "FAIL");
    }

    private static double steward(Path file, int rows) throws Exception {
        long t0 = System.nanoTime();
        try (AtomicFile.Pending part = AtomicFile.begin(file); WorkbookWriter writer = new WorkbookWriter(part.out())) {
            TableSheet table = writer.table(LAYOUT);
            for (int i = 1; i <= rows; i++) {
                table.row(values(i));
            }
            table.finish();
            writer.finish();
            part.commit();
        }
        return rows / ((System.nanoTime() - t0) / 1e9);
    }

    private static double fastexcel(Path file, int rows) throws Exception {
        long t0 = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "reference", "1.0");
            Worksheet ws = wb.newWorksheet("Attestations");
            for (int c = 0; c < LAYOUT.columns().size(); c++) {
                ws.inlineString(0, c, LAYOUT.columns().get(c).header());
            }
            int r = 1;
            int block = 1;
            for (int i = 1; i <= rows; i++, r++) {
                if (r - block == FLUSH) {
                    block = flush(ws, block, r);
                }
                if (r == TableSheet.MAX_ROWS) {
                    flush(ws, block, r);
                    block = 1;
                    ws.finish();
                    ws = wb.newWorksheet("Attestations (" + (i / TableSheet.MAX_ROWS + 1) + ")");
                    r = 1;
                }
                Object[] v = values(i);
                for (int c = 0; c < v.length; c++) {
                    Object x = v[c];
                    if (x instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (x instanceof Instant t) {
                        ws.value(r, c, LocalDateTime.ofInstant(t, ZoneOffset.UTC));
                    } else if (x != null) {
                        ws.inlineString(r, c, x.toString());
                    }
                }
            }
            flush(ws, block, r);
            ws.finish();
            wb.finish();
        }
        return rows / ((System.nanoTime() - t0) / 1e9);
    }

    /** One date style over the block's date column, then the block leaves memory. */
    private static int flush(Worksheet ws, int block, int r) throws java.io.IOException {
        if (r > block) {
            ws.range(block, 10, r - 1, 10).style().format("yyyy-mm-dd hh:mm:ss.000").set();
        }
        ws.flush();
        return r;
    }

    /** One attestation-shaped row; every 50th name tries formula injection. */
    static Object[] values(int i) {
        String hash = String.format("%064x", (long) i * 2654435761L);
        return new Object[] {(long) i, "arn:aws:iam::111111111111:user/svc-" + i, i % 50 == 0 ? "=HYPERLINK(\"x\")" : "svc-" + i,
            "aws:111111111111", "iam-user", "team-" + (i % 40), "reviewer-" + (i % 25), i % 3 == 0 ? "revoke" : "certify",
            "reviewed in the quarterly campaign", "reviewer-" + (i % 25), T0.plusSeconds(i), i % 7 == 0 ? "stale-credential" : "",
            i % 7 == 0 ? "medium" : "", hash, (long) (i / 100 + 1), hash, "certify"};
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
