package io.steward.app.cli.stepup;

import io.steward.app.Workspace;
import io.steward.app.cli.ExitCodes;
import io.steward.app.cli.StewardCommand;
import io.steward.model.inventory.Timestamps;
import io.steward.model.stepup.RequestSummary;
import io.steward.model.stepup.StepUp;
import io.steward.model.stepup.StepUpQuery;
import io.steward.model.stepup.StepUpRequest;
import io.steward.model.stepup.policy.PolicyResult;
import io.steward.model.stepup.policy.RuleResult;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code steward stepup show REQ}: a request in context, and what each policy rule decided. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show a step-up request with its context: target, owner, open findings, the target's active grants,",
            "the policy evaluated now for you (each rule and what it decided) and every decision recorded so far."})
final class StepUpShowCommand extends StewardCommand {
    private static final String ROW = "  %-14s %s%n";

    @Parameters(paramLabel = "REQ", description = "the request id")
    String id;

    @Mixin
    PolicyOption policy;

    @Override
    public Integer call() {
        try (Workspace workspace = openExistingLedger()) {
            Instant now = Instant.now();
            StepUpQuery.Detail d = StepUp.query(workspace.ledger()).detail(id, now);
            PolicyResult eval = StepUp.service(workspace.ledger(), policy.load(), Clock.systemUTC()).evaluate(id, actor());
            print(out(), d, eval);
        }
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, StepUpQuery.Detail d, PolicyResult eval) {
        StepUpRequest r = d.request();
        RequestSummary s = d.summary();
        out.printf("%s  (%s)%n", r.id(), s.state().label());
        out.printf(ROW, "requester", r.requester());
        out.printf(ROW, "target", r.identityKey() + (s.targetName() == null ? "" : " (" + s.targetName() + ")"));
        out.printf(ROW, "privilege", r.privilege() + (r.resource() == null ? "" : " on " + r.resource()));
        out.printf(ROW, "environment", r.environment());
        out.printf(ROW, "ttl asked", r.ttl());
        out.printf(ROW, "justification", r.justification());
        out.printf(ROW, "task", r.task() == null ? "" : r.task());
        out.printf(ROW, "tools", String.join(", ", r.tools()));
        out.printf(ROW, "requested", Timestamps.format(r.requestedAt()));
        out.printf(ROW, "open until", Timestamps.format(r.expiresAt()));
        out.printf(ROW, "approvals", s.approvals() + " of " + Math.max(1, Math.max(s.approvalsRequired(), eval.approvals())));
        if (s.grantExpiresAt() != null) {
            out.printf(ROW, "grant", s.grantedTtl() + ", until " + Timestamps.format(s.grantExpiresAt()));
        }
        out.printf(ROW, "owner", d.owner().owner() == null ? "none" : d.owner().owner() + (d.owner().assigned() ? "" : " (owner hint, not assigned)"));
        out.printf(ROW, "backup", d.owner().backup() == null ? "none" : d.owner().backup());
        out.printf(ROW, "findings", d.findings().isEmpty() ? "none open" : String.join(", ",
                d.findings().stream().map(f -> f.rule() + " (" + f.severity() + (f.accepted() ? ", accepted" : "") + ")").toList()));
        out.printf(ROW, "other grants", d.targetGrants().isEmpty() ? "none active" : String.join(", ",
                d.targetGrants().stream().map(g -> g.id() + " " + g.privilege() + " until " + Timestamps.format(g.grantExpiresAt())).toList()));
        out.printf("Policy %s (sha256 %s), evaluated now for %s:%n", eval.policy(), eval.policySha256().substring(0, 12), actor());
        for (RuleResult rr : eval.rules()) {
            out.println("  " + rr.summary());
        }
        out.printf("  => %s%n", eval.denied() ? "denied: " + String.join("; ", eval.denials())
                : "allowed; " + eval.approvals() + " approval(s), cap " + (eval.cap() == null ? "the request's TTL" : eval.cap()));
        out.println("Decisions:");
        if (d.decisions().isEmpty()) {
            out.println("  none yet");
        }
        for (StepUpQuery.DecisionRow row : d.decisions()) {
            out.printf("  #%d %s %s by %s%s: %s%n", row.ledgerSeq(), Timestamps.format(row.decidedAt()), row.decision(), row.actor(),
                    row.ttl() == null ? "" : " (" + row.ttl() + ")", row.reason());
            row.policy().path("applied").forEach(a -> out.println("      policy: " + a.asText()));
        }
    }

}
