package io.steward.model.bench;

import io.steward.model.ledger.Ledger;
import io.steward.model.ledger.LedgerVerifier;
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
            Ledger ledger = new Ledger(store);
            for (int done = 0; done < entries; ) {
                int batch = Math.min(10_000, entries - done);
                int base = done;
                store.write(tx -> {
                    for (int i = 0; i < batch; i++) {
                        int n = base + i;
                        ledger.append(tx, "owner-" + (n % 50), "campaign.decision", "arn:aws:iam::123456789012:user/svc-" + n,
                                Map.of("decision", n % 7 == 0 ? "revoke" : "certify", "campaign", "2026-Q4", "comment", "reviewed with the team"));
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
            VerificationReport r = new LedgerVerifier(store).verify(null, VerifyProgress.NONE, () -> false);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (!r.ok() || r.entriesChecked() != entries) {
                throw new IllegalStateException("verification failed: " + r.failure());
            }
            return entries / seconds;
        }
    }

    private static void appendLatency(Path file, int appends) throws Exception {
        Files.deleteIfExists(file);
        try (Store store = Store.open(file)) {
            Ledger ledger = new Ledger(store);
            long[] micros = new long[appends];
            for (int i = 0; i < appends; i++) {
                long t0 = System.nanoTime();
                ledger.append("alice", "stepup.decided", "req-" + i, Map.of("decision", "approve", "ttl", "PT1H", "reason", "deploy fix"));
                micros[i] = (System.nanoTime() - t0) / 1000;
            }
            Arrays.sort(micros);
            store.read(ctx -> {
                System.out.println("synchronous=" + ctx.fetchValue("PRAGMA synchronous") + " (2 = FULL), journal_mode=" + ctx.fetchValue("PRAGMA journal_mode"));
                return null;
            });
            double p99 = micros[(int) Math.ceil(appends * 0.99) - 1] / 1000.0;
            System.out.printf("APPEND  %d single-entry transactions: p50 %.2f ms | p99 %.2f ms | max %.2f ms | bar p99 <= 10 ms: %s%n",
                    appends, micros[appends / 2] / 1000.0, p99, micros[appends - 1] / 1000.0, p99 <= 10 ? "PASS" : "FAIL");
        }
    }

    private static double median(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }
}
