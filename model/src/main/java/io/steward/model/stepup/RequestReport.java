package io.steward.model.stepup;

import io.steward.model.inventory.Timestamps;
import io.steward.model.stepup.policy.PolicyResult;
import io.steward.model.stepup.policy.RuleResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A request in context as people read it, one line each: the request, who answers for the target, its open
 * findings and other grants, the policy evaluated now for {@code actor} (each rule and what it decided) and every
 * decision recorded. {@code stepup show} prints these lines and the console's Step-up page shows them.
 */
public final class RequestReport {
    private static final String ROW = "  %-14s %s";

    private RequestReport() {
    }

    public static List<String> lines(StepUpQuery.Detail d, PolicyResult eval, String actor) {
        StepUpRequest r = d.request();
        RequestSummary s = d.summary();
        List<String> out = new ArrayList<>();
        out.add(r.id() + "  (" + s.state().label() + ")");
        row(out, "requester", r.requester());
        row(out, "target", r.identityKey() + (s.targetName() == null ? "" : " (" + s.targetName() + ")"));
        row(out, "privilege", r.privilege() + (r.resource() == null ? "" : " on " + r.resource()));
        row(out, "environment", r.environment());
        row(out, "ttl asked", r.ttl());
        row(out, "justification", r.justification());
        row(out, "task", r.task() == null ? "" : r.task());
        row(out, "tools", String.join(", ", r.tools()));
        row(out, "requested", Timestamps.format(r.requestedAt()));
        row(out, "open until", Timestamps.format(r.expiresAt()));
        row(out, "approvals", s.approvals() + " of " + Math.max(1, Math.max(s.approvalsRequired(), eval.approvals())));
        if (s.grantExpiresAt() != null) {
            row(out, "grant", s.grantedTtl() + ", until " + Timestamps.format(s.grantExpiresAt()));
        }
        row(out, "owner", d.owner().owner() == null ? "none" : d.owner().owner() + (d.owner().assigned() ? "" : " (owner hint, not assigned)"));
        row(out, "backup", d.owner().backup() == null ? "none" : d.owner().backup());
        row(out, "findings", d.findings().isEmpty() ? "none open" : String.join(", ",
                d.findings().stream().map(f -> f.rule() + " (" + f.severity() + (f.accepted() ? ", accepted" : "") + ")").toList()));
        row(out, "other grants", d.targetGrants().isEmpty() ? "none active" : String.join(", ",
                d.targetGrants().stream().map(g -> g.id() + " " + g.privilege() + " until " + Timestamps.format(g.grantExpiresAt())).toList()));
        out.add(String.format(Locale.ROOT, "Policy %s (sha256 %s), evaluated now for %s:", eval.policy(), eval.policySha256().substring(0, 12), actor));
        for (RuleResult rr : eval.rules()) {
            out.add("  " + rr.summary());
        }
        out.add("  => " + verdict(eval));
        out.add("Decisions:");
        if (d.decisions().isEmpty()) {
            out.add("  none yet");
        }
        for (StepUpQuery.DecisionRow row : d.decisions()) {
            out.add(String.format(Locale.ROOT, "  #%d %s %s by %s%s: %s", row.ledgerSeq(), Timestamps.format(row.decidedAt()), row.decision(),
                    row.actor(), row.ttl() == null ? "" : " (" + row.ttl() + ")", row.reason()));
            row.policy().path("applied").forEach(a -> out.add("      policy: " + a.asText()));
        }
        return out;
    }

    /** "denied: MESSAGE" or "allowed; 2 approval(s), cap PT1H". */
    public static String verdict(PolicyResult eval) {
        return eval.denied() ? "denied: " + String.join("; ", eval.denials())
                : "allowed; " + eval.approvals() + " approval(s), cap " + (eval.cap() == null ? "the request's TTL" : eval.cap());
    }

    private static void row(List<String> out, String label, Object value) {
        out.add(String.format(Locale.ROOT, ROW, label, value));
    }
}
