package io.steward.model.stepup;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds the variables a policy condition reads (documented in docs/STEPUP.md). Whole numbers are {@code Long}
 * (CEL's int); absent text is the empty string, so a condition never trips over a missing key.
 */
public final class PolicyInputs {
    /** Privileges that can change or control what they apply to. */
    private static final Pattern PRIVILEGED = Pattern.compile(
            "(?i).*(admin|owner|write|editor|contributor|root|superuser|fullaccess|full-access|manage|delete|poweruser|\\*).*");

    private PolicyInputs() {
    }

    public static boolean privileged(String privilege) {
        return privilege != null && PRIVILEGED.matcher(privilege).matches();
    }

    public static Map<String, Object> of(StepUpRequest r, TargetFacts target, TargetFacts requester, Accountable owner,
                                         List<FindingFact> findings, String actor, ApproverRole role, int approvalsSoFar) {
        Map<String, Object> request = new HashMap<>();
        request.put("id", r.id());
        request.put("requester", r.requester());
        request.put("requesterKind", text(requester.kind()));
        request.put("requesterIsAgent", "ai-agent".equals(requester.kind()));
        request.put("privilege", r.privilege());
        request.put("privileged", privileged(r.privilege()));
        request.put("resource", text(r.resource()));
        request.put("environment", r.environment().toLowerCase(Locale.ROOT));
        request.put("ttlSeconds", r.ttl().getSeconds());
        request.put("ttl", r.ttl().toString());
        request.put("justification", r.justification());
        request.put("task", text(r.task()));
        request.put("tools", List.copyOf(r.tools()));
        Map<String, Object> t = new HashMap<>();
        t.put("key", target.identityKey());
        t.put("name", text(target.name()));
        t.put("kind", text(target.kind()));
        t.put("source", text(target.source()));
        t.put("environment", text(target.environment()).toLowerCase(Locale.ROOT));
        t.put("found", target.found());
        Map<String, Object> o = new HashMap<>();
        o.put("owner", text(owner.owner()));
        o.put("backup", text(owner.backup()));
        o.put("assigned", owner.assigned());
        Map<String, Object> a = new HashMap<>();
        a.put("name", text(actor));
        a.put("role", role.label());
        List<Map<String, Object>> f = findings.stream()
                .<Map<String, Object>>map(x -> Map.of("rule", x.rule(), "severity", x.severity())).toList();
        return Map.of("request", request, "target", t, "owner", o, "actor", a, "findings", f, "approvals", (long) approvalsSoFar);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
