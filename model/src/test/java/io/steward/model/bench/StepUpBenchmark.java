package io.steward.model.bench;

import io.steward.model.findings.GovernanceFixture;
import io.steward.model.ledger.Ledger;
import io.steward.model.owners.Assignment;
import io.steward.model.owners.OwnerRef;
import io.steward.model.owners.Owners;
import io.steward.model.stepup.StepUp;
import io.steward.model.stepup.StepUpEntries;
import io.steward.model.stepup.StepUpService;
import io.steward.model.stepup.policy.Policy;
import io.steward.model.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Step-up decision speed: imports N requests over 100 owned identities, then approves each through the service
 * path of {@code stepup approve} (one transaction per decision, synchronous=FULL), with the default policy compiled
 * once. Prints the policy time per request (the bar: under 1 ms) and the whole approve per request, against the
 * same-run reference of N bare ledger appends (one transaction each).
 * Usage: StepUpBenchmark [requests=10000] [work folder]
 */
public final class StepUpBenchmark {
    private static final int TARGETS = 100;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench"));
        Path file = work.resolve("stepup-" + n + "-" + System.nanoTime() + ".steward");
        try (Store store = Store.open(file)) {
            Ledger ledger = new Ledger(store, Clock.systemUTC());
            GovernanceFixture.snapshot(store, "aws:1", Instant.now().minus(1, ChronoUnit.HOURS), w -> {
                for (int i = 0; i < TARGETS; i++) {
                    w.add(GovernanceFixture.identity("svc-" + i, "service-account").environment(i % 2 == 0 ? "production" : "staging").build());
                }
            });
            Owners owners = new Owners(ledger);
            for (int i = 0; i < TARGETS; i++) {
                owners.assign("admin", "aws:1|svc-" + i, new Assignment(OwnerRef.person("owner@example.com"), null, "bench", "manual"));
            }
            Path requests = work.resolve("stepup-requests-" + n + ".jsonl");
            List<String> lines = new ArrayList<>(n);
            String at = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
            for (int i = 0; i < n; i++) {
                lines.add("{\"id\":\"B" + i + "\",\"requestedAt\":\"" + at + "\",\"requester\":\"agent-" + i % 7 + "\",\"target\":\"svc-"
                        + i % TARGETS + "\",\"privilege\":\"" + (i % 3 == 0 ? "s3:GetObject" : "s3:PutObject") + "\",\"resource\":\"arn:aws:s3:::b"
                        + i % 11 + "\",\"environment\":\"staging\",\"ttl\":\"PT30M\",\"justification\":\"bench\",\"task\":\"t" + i + "\"}");
            }
            Files.write(requests, lines);
            StepUpService service = StepUp.service(ledger, Policy.defaultPolicy(), Clock.systemUTC());
            long t0 = System.nanoTime();
            service.importFile(requests, "bench");
            long imported = System.nanoTime();
            long firstHalfNanos = 0;
            for (int i = 0; i < n; i++) {
                if (i == n / 2) {
                    firstHalfNanos = service.policyNanos();
                }
                service.approve("B" + i, "owner@example.com", null, "bench");
            }
            long approved = System.nanoTime();
            for (int i = 0; i < n; i++) {
                ledger.append("bench", StepUpEntries.DENIED_KIND, "R" + i, new StepUpEntries.Denied("R" + i, "k", "reference", "owner", null));
            }
            long reference = System.nanoTime();
            double policyUs = service.policyNanos() / 1e3 / service.policyRuns();
            double approveMs = (approved - imported) / 1e6 / n;
            double appendMs = (reference - approved) / 1e6 / n;
            System.out.printf("requests: %d (import %.0f ms)%n", n, (imported - t0) / 1e6);
            System.out.printf("policy time per request: %.1f us over %d evaluations (bar: under 1000 us)%n", policyUs, service.policyRuns());
            System.out.printf("policy time per request, second half of the batch (JIT warm): %.1f us%n",
                    (service.policyNanos() - firstHalfNanos) / 1e3 / (n - n / 2));
            System.out.printf("approve per request: %.2f ms; reference bare append per entry: %.2f ms; ratio %.2f%n",
                    approveMs, appendMs, approveMs / appendMs);
            Files.deleteIfExists(requests);
        }
    }
}
