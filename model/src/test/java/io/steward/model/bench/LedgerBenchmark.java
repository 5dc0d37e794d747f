package io.steward.model.bench;

import io.steward.model.ledger.Ledger;
import io.steward.model.ledger.LedgerVerifier;
import io.steward.model.ledger.TestEntries;
import io.steward.model.ledger.VerificationReport;
import io.steward.model.ledger.VerifyProgress;
import io.steward.model.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;

/**
 * Ledger benchmarks (docs/BENCHMARKS.md): verifying a large ledger beside a plain JDBC-read +
 * SHA-256 loop measured in the same run, and single-decision append latency with synchronous=FULL.
 * Usage: LedgerBenchmark [entries (default 1000000)] [appends (default 2000)] [work folder]
 */
public final class LedgerBenchmark {
    private LedgerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int appends = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("steward-bench");
        Files.createDirectories(dir);
        Path file = dir.resolve("bench-" + entries + ".steward");
        if (!Files.exists(file)) {
            fill(file, entries);
        }
        System.out.printf("ledger: %s (%d entries, %.0f MB)%n", file, entries, Files.size(file) / 1e6);
        double[] reference = new double[3];
        double[] steward = new double[3];
        for (int round = 0; round < 3; round++) {
            reference[round] = referenceRate(file, entries);
            steward[round] = stewardRate(file, entries);
            System.out.printf("round %d: reference %.0f entries/s, steward %.0f entries/s%n", round + 1, reference[round], steward[round]);
        }
        double ref = median(reference);
        double ours = median(steward);
        System.out.printf("VERIFY  reference(JDBC+SHA-256) %.0f entries/s | steward %.0f entries/s | ratio %.2f | bar >= 500000/s: %s%n",
                ref, ours, ours / ref, ours >= 500_000 ? "PASS" : "FAIL");
        appendLatency(dir.resolve("append.steward"), appends);
    }

    /** Builds the ledger through the real append path, 10,000 entries per transaction. */
    private static void fill(Path file, int entries) {
        long t0 = System.nanoTime();
        try (Store store = Store.open(file)) {
            Ledger ledger = new Ledger(store, java.time.Clock.systemUTC());
            for (int done = 0; done < entries; ) {
                int batch = Math.min(10_000, entries - done);
                int base = done;
                store.write(tx -> {
                    for (int i = 0; i < batch; i++) {
                        int n = base + i;
                        ledger.append(tx, "owner-" + (n % 50), TestEntries.REVIEW, "arn:aws:iam::123456789012:user/svc-" + n,
                                new TestEntries.Review("2026-Q4", "reviewed with the team", n % 7 == 0 ? "revoke" : "certify"));
                    }
                    return null;
                });
                done += batch;
            }
        }
        System.out.printf("filled %d entries in %.1f s%n", entries, (System.nanoTime() - t0) / 1e9);
    }

    /** The reference: one connection, read every row, SHA-256 of prev ‖ body, compare. */
    private static double referenceRate(Path file, int entries) throws Exception {
        long t0 = System.nanoTime();
        long n = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT seq, body, prev_hash, hash FROM ledger_entry ORDER BY seq")) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            while (rs.next()) {
                String body = rs.getString(2);
                md.update(rs.getBytes(3));
                if (!Arrays.equals(md.digest(body.getBytes(StandardCharsets.UTF_8)), rs.getBytes(4))) {
                    throw new IllegalStateException("reference found a bad entry " + rs.getLong(1));
                }
                n++;
            }
        }
        if (n != entries) {
            throw new IllegalStateException("reference read " + n);
        }
        return n / ((System.nanoTime() - t0) / 1e9);
    }

    private static double stewardRate(Path file, int entries) {
        try (Store store = Store.open(file)) {
            long t0 = System.nanoTime();
            VerificationReport r = new LedgerVerifier(store).verify((java.nio.file.Path) null, VerifyProgress.NONE, () -> false);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (!r.ok() || r.entriesChecked() != entries) {
                throw new IllegalStateException("verification failed: " + r.failure());
            }
            return entries / seconds;
        }
    }

    /**
     * Appends one decision per transaction, interleaved with the reference (a plain one-row INSERT
     * transaction on a WAL + synchronous=FULL file) so both see the same disk noise.
     */
    private static void appendLatency(Path file, int appends) throws Exception {
        Files.deleteIfExists(file);
        Path refFile = file.resolveSibling("append-reference.db");
        Files.deleteIfExists(refFile);
        long[] ours = new long[appends];
        long[] ref = new long[appends];
        try (Store store = Store.open(file); Connection rc = DriverManager.getConnection("jdbc:sqlite:" + refFile);
             Statement rs = rc.createStatement()) {
            rs.execute("PRAGMA journal_mode=WAL");
            rs.execute("PRAGMA synchronous=FULL");
            rs.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)");
            Ledger ledger = new Ledger(store, java.time.Clock.systemUTC());
            try (var insert = rc.prepareStatement("INSERT INTO t(v) VALUES (?)")) {
                for (int i = 0; i < appends; i++) {
                    long t0 = System.nanoTime();
                    insert.setString(1, "{\"decision\":\"approve\",\"reason\":\"deploy fix\",\"ttl\":\"PT1H\"}");
                    insert.executeUpdate();
                    long t1 = System.nanoTime();
                    ledger.append("alice", TestEntries.STEP_UP, "req-" + i, new TestEntries.StepUp("approve", "deploy fix", "PT1H"));
                    long t2 = System.nanoTime();
                    ref[i] = (t1 - t0) / 1000;
                    ours[i] = (t2 - t1) / 1000;
                }
            }
            store.read(ctx -> {
                System.out.println("synchronous=" + ctx.fetchValue("PRAGMA synchronous") + " (2 = FULL), journal_mode=" + ctx.fetchValue("PRAGMA journal_mode"));
                return null;
            });
        }
        Arrays.sort(ours);
        Arrays.sort(ref);
        System.out.printf("APPEND  reference(one-row INSERT, WAL, FULL) p50 %.2f ms p99 %.2f ms | steward p50 %.2f ms p99 %.2f ms max %.2f ms"
                        + " | p99 ratio %.2f | bar p99 <= 10 ms: %s%n",
                pct(ref, 0.5), pct(ref, 0.99), pct(ours, 0.5), pct(ours, 0.99), ours[appends - 1] / 1000.0,
                pct(ours, 0.99) / pct(ref, 0.99), pct(ours, 0.99) <= 10 ? "PASS" : "FAIL");
    }

    private static double pct(long[] sortedMicros, double p) {
        return sortedMicros[(int) Math.ceil(sortedMicros.length * p) - 1] / 1000.0;
    }

    private static double median(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }
}
