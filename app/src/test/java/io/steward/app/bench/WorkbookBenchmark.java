package io.steward.app.bench;

import io.steward.app.Workspace;
import io.steward.exports.workbook.CampaignRowsReader;
import io.steward.exports.workbook.WorkbookExport;
import io.steward.model.StewardPaths;
import io.steward.model.campaigns.CampaignItem;
import io.steward.model.campaigns.CampaignService;
import io.steward.model.campaigns.Decision;
import io.steward.model.ledger.KeyPassphrase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Attestation workbook speed (docs/BENCHMARKS.md): a real campaign of N items (a ledger of N identities, the
 * campaign opened by the model, 90% of its items decided in bulk decisions of 10,000) exported by
 * {@link WorkbookExport} exactly as {@code steward export workbook --campaign NAME --out FILE.xlsx} does, in a
 * child JVM with {@code -Xmx256m}; beside it, in its own child JVM with the same heap, a minimal fastexcel 0.19.0
 * writer of the same Attestations rows read by the same query ({@link CampaignRowsReader}), inline strings,
 * flushed every 4,096 rows, one date style per flushed block. Three rounds, alternating; medians and ratio.
 * The ledger is built once per N in the work folder and reused by later runs.
 * Usage: {@code WorkbookBenchmark WORK_DIR [items=1000000]} (bench/workbook-benchmark.sh).
 */
public final class WorkbookBenchmark {
    static final String CAMPAIGN = "bench";
    static final String ACTOR = "bench";
    /** A passphrase for the benchmark's own throwaway signing key (the export signs the head). */
    private static final String PASSPHRASE = "workbook-benchmark-only";
    private static final int ROUNDS = 3;
    private static final String DATE_FORMAT = "yyyy-mm-dd hh:mm:ss.000";
    private static final List<String> HEADERS = List.of("Item", "Identity key", "Name", "Source", "Kind", "Owner", "Reviewer", "Decision",
            "Comment", "Decided by", "Decided at (UTC)", "Findings at the time", "Highest severity", "Recommendation",
            "Frozen item hash (SHA-256)", "Decision entry seq", "Decision entry hash (SHA-256)");

    private WorkbookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args[1], Path.of(args[2]), Path.of(args[3]), Path.of(args[4]));
            System.exit(0);
        }
        Path work = Files.createDirectories(Path.of(args[0]).toAbsolutePath());
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Path home = work.resolve("home");
        Path ledger = work.resolve("workbook-" + n + ".steward");
        if (!Files.exists(ledger)) {
            build(ledger, home, n);
        } else {
            System.out.println("reusing " + ledger + " (delete it to build again)");
        }
        double[][] reference = new double[2][ROUNDS];
        double[][] steward = new double[2][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            double[] r = run("reference", home, ledger, work.resolve("reference.xlsx"), round);
            double[] s = run("steward", home, ledger, work.resolve("steward.xlsx"), round);
            for (int k = 0; k < 2; k++) {
                reference[k][round] = r[k];
                steward[k][round] = s[k];
            }
        }
        double ref = median(reference[0]);
        double ours = median(steward[0]);
        System.out.printf(Locale.ROOT, "CPU (main thread, medians): fastexcel %.0f rows/CPU-s | steward export %.0f rows/CPU-s | ratio %.2f%n",
                median(reference[1]), median(steward[1]), median(steward[1]) / median(reference[1]));
        System.out.printf(Locale.ROOT, "WORKBOOK %d items, -Xmx256m | fastexcel %.0f rows/s | steward export %.0f rows/s | ratio %.2f | "
                + "bar ratio >= 1.00: %s%n", n, ref, ours, ours / ref, ours >= ref ? "PASS" : "FAIL");
        System.exit(0);
    }

    /** N identities (every 50th name tries formula injection), a campaign over all of them, 90% decided. */
    private static void build(Path ledger, Path home, int n) {
        long t0 = System.nanoTime();
        try (Workspace w = Workspace.openOrCreate(ledger, ACTOR, new StewardPaths(home).keysDir())) {
            w.keyPassphrase(passphrase());
            inventory(w, n);
            long t1 = System.nanoTime();
            CampaignService campaigns = w.campaigns();
            campaigns.create(ACTOR, CAMPAIGN, "2026-Q4", LocalDate.now().plusDays(30), ACTOR, "");
            campaigns.open(ACTOR, CAMPAIGN);
            long t2 = System.nanoTime();
            int decided = n - n / 10;
            for (long from = 1; from <= decided; from += 10_000) {
                List<Long> items = new ArrayList<>();
                for (long i = from; i < from + 10_000 && i <= decided; i++) {
                    items.add(i);
                }
                Decision d = from % 30_000 == 20_001 ? Decision.revoke("=HYPERLINK(\"x\") unused for 90 days")
                        : Decision.certify("still needed by the quarterly job");
                campaigns.decisions().decide(ACTOR, CAMPAIGN, items, d);
            }
            long t3 = System.nanoTime();
            System.out.printf(Locale.ROOT, "built %s: inventory %.1f s, campaign open %.1f s (%.0f items/s), %d decided in %.1f s%n", ledger,
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, n / ((t2 - t1) / 1e9), decided, (t3 - t2) / 1e9);
        }
    }

    private static void inventory(Workspace w, int n) {
        BenchIdentities.write(w, n, "aws:111111111111", i -> String.format(Locale.ROOT, "arn:aws:iam::111111111111:user/svc-%07d", i),
                i -> i % 50 == 0 ? "=HYPERLINK(\"x\")" : "svc-" + i);
    }

    /** Runs one side in its own JVM with a 256 MB heap; returns its rows per wall second and per main-thread CPU second. */
    private static double[] run(String side, Path home, Path ledger, Path out, int round) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-Dsteward.home=" + home, "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "-cp", System.getProperty("java.class.path"), WorkbookBenchmark.class.getName(), "--child", side, home.toString(),
                ledger.toString(), out.toString()).redirectErrorStream(true);
        Optional.ofNullable(System.getProperty("bench.jfr")).filter(s -> s.equals(side))
                .ifPresent(s -> pb.command().add(1, "-XX:StartFlightRecording=filename=" + out.resolveSibling(side + "-" + round + ".jfr")
                        + ",settings=profile"));
        pb.environment().put(KeyPassphrase.ENV, PASSPHRASE);
        Process p = pb.start();
        double rate = 0;
        double cpuRate = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("RESULT ")) {
                    String[] f = line.split(" ");
                    long rows = Long.parseLong(f[1]);
                    double wall = Double.parseDouble(f[2]);
                    double cpu = Double.parseDouble(f[3]);
                    double all = Double.parseDouble(f[4]);
                    rate = rows / wall;
                    cpuRate = rows / cpu;
                    System.out.printf(Locale.ROOT, "round %d %-9s %,d rows in %.1f s wall (%.0f rows/s), CPU %.1f s main thread (%.0f rows/CPU-s),"
                            + " %.1f s whole JVM; %.1f MB file%s%n", round + 1, side, rows, wall, rate, cpu, rows / cpu, all, Files.size(out) / 1e6,
                            f.length > 5 ? " | " + String.join(" ", Arrays.copyOfRange(f, 5, f.length)) : "");
                } else if (!line.isBlank() && !line.contains("SLF4J")) {
                    System.out.println("  " + side + ": " + line);
                }
            }
        }
        if (p.waitFor() != 0 || rate == 0) {
            throw new IllegalStateException(side + " failed (exit " + p.exitValue() + ")");
        }
        return new double[] {rate, cpuRate};
    }

    private static void child(String side, Path home, Path ledger, Path out) throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (Workspace w = Workspace.openExisting(ledger, ACTOR, new StewardPaths(home).keysDir())) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            long p0 = process.getProcessCpuTime();
            long rows;
            String phases = "";
            if (side.equals("steward")) {
                // What ExportWorkbookCommand does, with a progress that notes when the last item row was written.
                long[] itemsDone = new long[1];
                long items = w.campaigns().campaign(CAMPAIGN).items();
                var request = WorkbookExport.Request.forCampaign(w.campaigns().campaign(CAMPAIGN), ACTOR, Instant.now());
                WorkbookExport.Result result = w.workbookExport().write(request, out, (done, total) -> {
                    if (done >= items && itemsDone[0] == 0) {
                        itemsDone[0] = System.nanoTime();
                    }
                }, () -> false);
                rows = result.itemRows();
                phases = String.format(Locale.ROOT, "verify+sign+Attestations rows %.1f s, then the other sheets and the zip %.1f s; %d ledger rows",
                        (itemsDone[0] - t0) / 1e9, (System.nanoTime() - itemsDone[0]) / 1e9, result.ledgerRows());
            } else {
                rows = reference(w, out);
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            double all = (process.getProcessCpuTime() - p0) / 1e9;
            System.out.printf(Locale.ROOT, "RESULT %d %.3f %.3f %.3f %s%n", rows, wall, cpu, all, phases);
        }
    }

    /** The minimal writer: the Attestations rows by the export's own query, straight into fastexcel's zip. */
    private static long reference(Workspace w, Path out) throws Exception {
        CampaignRowsReader reader = new CampaignRowsReader(w.campaigns(), CAMPAIGN);
        try (OutputStream os = Files.newOutputStream(out)) {
            Workbook wb = new Workbook(os, "reference", "1.0");
            Sheet sheet = new Sheet(wb);
            reader.items(row -> sheet.row(row.item(), row.decisionHash()), () -> false);
            sheet.finish();
            wb.finish();
            return sheet.rows;
        }
    }

    /** fastexcel's sheet with Steward's continuation rule, flushed every 4,096 rows. */
    private static final class Sheet {
        private static final int MAX_ROWS = 1_048_576;
        private final Workbook wb;
        private Worksheet ws;
        private int part;
        private int r;
        private int blockStart;
        long rows;

        Sheet(Workbook wb) {
            this.wb = wb;
            start();
        }

        void row(CampaignItem i, String decisionHash) {
            try {
                if (r == MAX_ROWS) {
                    finishSheet();
                    start();
                }
                ws.value(r, 0, i.itemNo());
                text(1, i.identity());
                text(2, i.name());
                text(3, i.source());
                text(4, i.kind());
                text(5, i.owner());
                text(6, i.reviewer());
                text(7, i.decision());
                text(8, i.comment());
                text(9, i.decidedBy());
                if (i.decidedAt() != null) {
                    ws.value(r, 10, LocalDateTime.ofInstant(Instant.parse(i.decidedAt()), ZoneOffset.UTC));
                }
                text(11, i.findingRules() == null ? null : i.findingRules().replace(",", ", "));
                text(12, i.maxSeverity());
                text(13, i.recommendation());
                text(14, i.frozenHash());
                if (i.decisionSeq() != null) {
                    ws.value(r, 15, i.decisionSeq());
                }
                text(16, decisionHash);
                r++;
                rows++;
                if (r - blockStart == 4_096) {
                    flush();
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private void text(int c, String v) {
            if (v != null) {
                ws.inlineString(r, c, v);
            }
        }

        private void start() {
            part++;
            ws = wb.newWorksheet(part == 1 ? "Attestations" : "Attestations (" + part + ")");
            for (int c = 0; c < HEADERS.size(); c++) {
                ws.inlineString(0, c, HEADERS.get(c));
            }
            r = 1;
            blockStart = 1;
        }

        /** One date style for the whole block's date column, then the block leaves memory. */
        private void flush() throws java.io.IOException {
            if (r > blockStart) {
                ws.range(blockStart, 10, r - 1, 10).style().format(DATE_FORMAT).set();
            }
            ws.flush();
            blockStart = r;
        }

        private void finishSheet() throws java.io.IOException {
            flush();
            ws.finish();
        }

        void finish() throws java.io.IOException {
            finishSheet();
        }
    }

    private static KeyPassphrase passphrase() {
        return creating -> Optional.of(PASSPHRASE.toCharArray());
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
