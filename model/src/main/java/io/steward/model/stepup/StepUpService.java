package io.steward.model.stepup;

import static io.steward.model.db.Tables.STEPUP_DECISION;
import static io.steward.model.db.Tables.STEPUP_GRANT;
import static io.steward.model.db.Tables.STEPUP_REQUEST;

import io.steward.model.inventory.Timestamps;
import io.steward.model.json.CanonicalJson;
import io.steward.model.ledger.Ledger;
import io.steward.model.ledger.LedgerEntry;
import io.steward.model.stepup.policy.Policy;
import io.steward.model.stepup.policy.PolicyResult;
import io.steward.model.stepup.policy.RuleResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;

/**
 * Step-up requests and decisions. Every state change is one ledger entry plus its projection rows, in one
 * transaction. The built-in rules (see {@link BuiltInRules}) are checked here before the policy, and no policy
 * can relax them; the database refuses a self-approval even if this class is bypassed.
 */
public final class StepUpService {
    private final Ledger ledger;
    private final Policy policy;
    private final Accountability accountability;
    private final OpenFindings findings;
    private final Clock clock;
    private final io.steward.model.FileNames fileNames;
    private final AtomicLong policyNanos = new AtomicLong();
    private final AtomicLong policyRuns = new AtomicLong();

    public StepUpService(Ledger ledger, Policy policy, Accountability accountability, OpenFindings findings, Clock clock) {
        this(ledger, policy, accountability, findings, clock, io.steward.model.FileNames.AS_GIVEN);
    }

    /** {@code fileNames} says how an imported request file's name is written into the ledger (secrets redacted). */
    public StepUpService(Ledger ledger, Policy policy, Accountability accountability, OpenFindings findings, Clock clock,
                         io.steward.model.FileNames fileNames) {
        this.fileNames = fileNames;
        this.ledger = ledger;
        this.policy = policy;
        this.accountability = accountability;
        this.findings = findings;
        this.clock = clock;
    }

    public Policy policy() {
        return policy;
    }

    /** Total time spent evaluating the policy, and how many evaluations (for the benchmark). */
    public long policyNanos() {
        return policyNanos.get();
    }

    public long policyRuns() {
        return policyRuns.get();
    }

    /** What an import did: requests new to the ledger, and those already there with the same content. */
    public record ImportResult(int imported, int alreadyPresent) {
    }

    /**
     * Imports a request file, idempotent on {@code id}; any problem in any request refuses the whole file
     * ({@link RequestsRefusedException} with every reason) and nothing is written.
     */
    public ImportResult importFile(Path file, String actor) {
        RequestReader reader = new RequestReader();
        List<RequestReader.Raw> raws = reader.read(file);
        List<RequestProblem> problems = new ArrayList<>(reader.problems());
        if (raws.isEmpty() && problems.isEmpty()) {
            problems.add(new RequestProblem("(file)", null, "the file holds no requests"));
        }
        String via = "import:" + fileNames.storable(file);
        return ledger.store().write(tx -> {
            List<StepUpRequest> fresh = new ArrayList<>();
            int present = 0;
            for (RequestReader.Raw raw : raws) {
                StepUpRequest r = resolve(tx, raw, problems);
                if (r == null) {
                    continue;
                }
                StepUpRequest existing = Requests.find(tx, r.id());
                if (existing == null) {
                    fresh.add(r);
                } else if (sameContent(existing, r)) {
                    present++;
                } else {
                    problems.add(new RequestProblem(raw.label(), "id", "a different request with this id is already in the ledger"
                            + " (imported earlier); give the new request its own id"));
                }
            }
            if (!problems.isEmpty()) {
                throw new RequestsRefusedException(file, problems);
            }
            for (StepUpRequest r : fresh) {
                record(tx, r, actor, via);
            }
            return new ImportResult(fresh.size(), present);
        });
    }

    /** A request entered by hand (it arrived by chat or ticket); {@code id} null = a new id. */
    public StepUpRequest request(String id, String requester, String target, String privilege, String resource,
                                 String environment, Duration ttl, String justification, String task, List<String> tools,
                                 String actor) {
        Instant now = clock.instant();
        String requestId = id != null ? id : "REQ-" + Timestamps.format(now).replaceAll("[^0-9]", "").substring(0, 14)
                + "-" + Long.toString(Math.abs(System.nanoTime() % 46656), 36);
        List<RequestProblem> problems = new ArrayList<>();
        return ledger.store().write(tx -> {
            String env = environment;
            List<String> keys = Identities.keysFor(tx, target);
            if (env == null && keys.size() == 1) {
                env = Identities.facts(tx, keys.get(0)).environment();
            }
            if (env == null || env.isBlank()) {
                problems.add(new RequestProblem(requestId, "environment", "the target's inventory does not say its environment; name the environment (--environment on the command line)"));
            }
            RequestReader.Raw raw = new RequestReader.Raw(requestId, requestId, now, now.plus(StepUpRequest.DEFAULT_LIFETIME),
                    requester, target, privilege, resource, env, ttl, justification, task, tools);
            StepUpRequest r = resolve(tx, raw, problems);
            if (r != null && Requests.find(tx, r.id()) != null) {
                problems.add(new RequestProblem(requestId, "id", "a request with this id already exists"));
            }
            if (!problems.isEmpty()) {
                throw new RequestsRefusedException(null, problems);
            }
            record(tx, r, actor, "manual");
            return r;
        });
    }

    private StepUpRequest resolve(DSLContext tx, RequestReader.Raw raw, List<RequestProblem> problems) {
        String key = null;
        if (raw.target() != null) {
            List<String> keys = Identities.keysFor(tx, raw.target());
            if (keys.isEmpty()) {
                problems.add(new RequestProblem(raw.label(), "target", "no current identity has the key, id or name '" + raw.target()
                        + "'; import the inventory that holds it, or name it as 'steward inventory' lists it"));
            } else if (keys.size() > 1) {
                problems.add(new RequestProblem(raw.label(), "target", "'" + raw.target() + "' names " + keys.size()
                        + " identities (" + String.join(", ", keys) + "); give the identity key"));
            } else {
                key = keys.get(0);
            }
        }
        if (key == null || raw.id() == null || raw.requestedAt() == null || raw.requester() == null || raw.privilege() == null
                || raw.environment() == null || raw.ttl() == null || raw.justification() == null) {
            if (problems.isEmpty()) {
                problems.add(new RequestProblem(raw.label(), null, "incomplete request"));
            }
            return null;
        }
        return new StepUpRequest(raw.id(), raw.requestedAt(), raw.expiresAt(), raw.requester(), raw.target(), key,
                raw.privilege(), raw.resource(), raw.environment(), raw.ttl(), raw.justification(), raw.task(), raw.tools());
    }

    private static boolean sameContent(StepUpRequest a, StepUpRequest b) {
        return a.requestedAt().equals(b.requestedAt()) && a.requester().equals(b.requester()) && a.identityKey().equals(b.identityKey())
                && a.privilege().equals(b.privilege()) && Objects.equals(a.resource(), b.resource())
                && a.environment().equals(b.environment()) && a.ttl().equals(b.ttl()) && a.justification().equals(b.justification())
                && Objects.equals(a.task(), b.task()) && a.tools().equals(b.tools()) && a.expiresAt().equals(b.expiresAt());
    }

    private void record(DSLContext tx, StepUpRequest r, String actor, String via) {
        LedgerEntry e = ledger.append(tx, actor, StepUpEntries.REQUESTED_KIND, r.id(), new StepUpEntries.Requested(r.id(),
                Timestamps.format(r.requestedAt()), Timestamps.format(r.expiresAt()), r.requester(), r.target(), r.identityKey(),
                r.privilege(), r.resource(), r.environment(), r.ttl().toString(), r.justification(), r.task(), r.tools(), via));
        Requests.insert(tx, r, e.seq());
    }

    /** Evaluates the policy on a request as {@code actor} would decide it now, without deciding. */
    public PolicyResult evaluate(String requestId, String actor) {
        return ledger.store().read(ctx -> {
            StepUpRequest r = Requests.require(ctx, requestId);
            return evaluate(ctx, r, actor, accountability.roleOf(ctx, r.identityKey(), actor), Requests.approvers(ctx, requestId).size());
        });
    }

    private PolicyResult evaluate(DSLContext ctx, StepUpRequest r, String actor, ApproverRole role, int approvalsSoFar) {
        var input = PolicyInputs.of(r, Identities.facts(ctx, r.identityKey()), requesterFacts(ctx, r.requester()),
                accountability.of(ctx, r.identityKey()), findings.of(ctx, r.identityKey()), actor, role, approvalsSoFar);
        long start = System.nanoTime();
        PolicyResult result = policy.evaluate(input);
        policyNanos.addAndGet(System.nanoTime() - start);
        policyRuns.incrementAndGet();
        return result;
    }

    private static TargetFacts requesterFacts(DSLContext ctx, String requester) {
        List<String> keys = Identities.keysFor(ctx, requester);
        return keys.size() == 1 ? Identities.facts(ctx, keys.get(0)) : TargetFacts.unknown(requester);
    }

    /**
     * Approves as {@code actor}. {@code ttl} null = the most the request and the policy allow. Completes the grant
     * once the policy's number of distinct approvers is reached; until then the request stays pending.
     *
     * @throws DecisionRefusedException when a built-in rule or the policy refuses (nothing written)
     */
    public Decision approve(String requestId, String actor, Duration ttl, String reason) {
        requireReason(reason);
        return ledger.store().write(tx -> {
            Instant now = clock.instant();
            StepUpRequest r = Requests.require(tx, requestId);
            requirePending(tx, r);
            String me = accountability.person(tx, actor);
            if (me.equals(accountability.person(tx, r.requester()))) {
                throw new DecisionRefusedException(BuiltInRules.NO_SELF_APPROVAL,
                        actor + " asked for " + r.id() + " and so cannot approve it: a requester never approves their own request");
            }
            if (!now.isBefore(r.expiresAt())) {
                throw new DecisionRefusedException(BuiltInRules.REQUEST_EXPIRED, r.id() + " expired at "
                        + Timestamps.format(r.expiresAt()) + " and can no longer be approved; the requester must ask again");
            }
            ApproverRole role = requireApprover(tx, r, actor, "approve");
            List<Requests.Approval> prior = Requests.approvers(tx, r.id());
            if (prior.stream().anyMatch(a -> accountability.person(tx, a.actor()).equals(me))) {
                throw new DecisionRefusedException(BuiltInRules.DISTINCT_APPROVERS, actor + " has already approved " + r.id()
                        + "; the next approval must come from another person");
            }
            PolicyResult result = evaluate(tx, r, actor, role, prior.size());
            if (result.denied()) {
                throw new DecisionRefusedException(policyRules(result), "the policy " + result.policy() + " refuses " + r.id()
                        + ": " + String.join("; ", result.denials()));
            }
            Duration cap = result.cap() == null || r.ttl().compareTo(result.cap()) <= 0 ? r.ttl() : result.cap();
            if (ttl != null && ttl.compareTo(cap) > 0) {
                throw new DecisionRefusedException(BuiltInRules.TTL_WITHIN_CAPS, "a TTL of " + ttl + " exceeds the cap of " + cap
                        + " (the request asked for " + r.ttl() + (result.cap() == null ? "" : ", the policy caps it at " + result.cap())
                        + "); approve with --ttl " + cap + " or less");
            }
            Duration granted = ttl == null ? cap : ttl;
            for (Requests.Approval a : prior) {
                granted = a.ttl() != null && a.ttl().compareTo(granted) < 0 ? a.ttl() : granted;
            }
            int approval = prior.size() + 1;
            boolean complete = approval >= result.approvals();
            Instant expires = complete ? now.plus(granted) : null;
            LedgerEntry e = ledger.append(tx, actor, StepUpEntries.APPROVED_KIND, r.id(), new StepUpEntries.Approved(r.id(), r.identityKey(),
                    (ttl == null ? cap : ttl).toString(), reason.strip(), role.label(), approval, result.approvals(), complete,
                    complete ? Timestamps.format(now) : null, complete ? Timestamps.format(expires) : null, policyRecord(result)));
            Requests.insertDecision(tx, e.seq(), r.id(), "approved", actor, now, ttl == null ? cap : ttl, reason, policyJson(result));
            if (complete) {
                Requests.insertGrant(tx, r, now, granted, e.seq());
            }
            return new Decision(r.id(), "approved", actor, role, approval, result.approvals(), complete, complete ? granted : null,
                    expires, result, e.seq());
        });
    }

    /** Denies as {@code actor}: the request is closed. The policy evaluation is recorded with the decision. */
    public Decision deny(String requestId, String actor, String reason) {
        requireReason(reason);
        return ledger.store().write(tx -> {
            Instant now = clock.instant();
            StepUpRequest r = Requests.require(tx, requestId);
            requirePending(tx, r);
            ApproverRole role = requireApprover(tx, r, actor, "deny");
            PolicyResult result = evaluate(tx, r, actor, role, Requests.approvers(tx, r.id()).size());
            LedgerEntry e = ledger.append(tx, actor, StepUpEntries.DENIED_KIND, r.id(),
                    new StepUpEntries.Denied(r.id(), r.identityKey(), reason.strip(), role.label(), policyRecord(result)));
            Requests.insertDecision(tx, e.seq(), r.id(), "denied", actor, now, null, reason, policyJson(result));
            tx.update(STEPUP_REQUEST).set(STEPUP_REQUEST.STATUS, "denied").where(STEPUP_REQUEST.ID.eq(r.id())).execute();
            return new Decision(r.id(), "denied", actor, role, 0, result.approvals(), false, null, null, result, e.seq());
        });
    }

    /** Ends an active grant before its expiry. */
    public Decision revoke(String requestId, String actor, String reason) {
        requireReason(reason);
        return ledger.store().write(tx -> {
            Instant now = clock.instant();
            StepUpRequest r = Requests.require(tx, requestId);
            var grant = tx.selectFrom(STEPUP_GRANT).where(STEPUP_GRANT.REQUEST_ID.eq(r.id())).fetchOne();
            if (grant == null || grant.getRevokedAt() != null || !now.isBefore(Timestamps.parse(grant.getExpiresAt()))) {
                String why = grant == null ? "has no grant" : grant.getRevokedAt() != null ? "was already revoked at " + grant.getRevokedAt()
                        : "expired at " + grant.getExpiresAt();
                throw new DecisionRefusedException(BuiltInRules.DECIDED_ONCE, r.id() + " " + why + "; only an active grant can be revoked");
            }
            ApproverRole role = requireApprover(tx, r, actor, "revoke");
            LedgerEntry e = ledger.append(tx, actor, StepUpEntries.REVOKED_KIND, r.id(),
                    new StepUpEntries.Revoked(r.id(), r.identityKey(), reason.strip(), role.label(), grant.getExpiresAt()));
            Requests.insertDecision(tx, e.seq(), r.id(), "revoked", actor, now, null, reason, "{}");
            tx.update(STEPUP_GRANT).set(STEPUP_GRANT.REVOKED_AT, Timestamps.format(now)).set(STEPUP_GRANT.REVOKED_BY, actor)
                    .where(STEPUP_GRANT.REQUEST_ID.eq(r.id())).execute();
            return new Decision(r.id(), "revoked", actor, role, 0, 0, false, null, null, null, e.seq());
        });
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a decision needs a reason");
        }
    }

    private static void requirePending(DSLContext tx, StepUpRequest r) {
        String status = tx.select(STEPUP_REQUEST.STATUS).from(STEPUP_REQUEST).where(STEPUP_REQUEST.ID.eq(r.id())).fetchOne(STEPUP_REQUEST.STATUS);
        if (!"pending".equals(status)) {
            throw new DecisionRefusedException(BuiltInRules.DECIDED_ONCE, r.id() + " is already " + status + "; it cannot be decided again");
        }
    }

    private ApproverRole requireApprover(DSLContext tx, StepUpRequest r, String actor, String verb) {
        ApproverRole role = accountability.roleOf(tx, r.identityKey(), actor);
        if (!role.mayDecide()) {
            Accountable who = accountability.of(tx, r.identityKey());
            String named = who.owner() == null && who.backup() == null ? "the identity has no owner yet; assign one first"
                    : "the owner is " + who.owner() + (who.backup() == null ? "" : ", the backup " + who.backup());
            throw new DecisionRefusedException(BuiltInRules.APPROVER_MUST_BE_ACCOUNTABLE, "only the owner, the backup or a delegate may "
                    + verb + " " + r.id() + "; " + actor + " is none of them (" + named + ")");
        }
        return role;
    }

    private static String policyRules(PolicyResult result) {
        List<String> names = new ArrayList<>();
        for (RuleResult rr : result.rules()) {
            if (rr.error() != null || rr.effects().stream().anyMatch(x -> x.startsWith("deny"))) {
                names.add(rr.rule());
            }
        }
        return String.join(",", names);
    }

    static StepUpEntries.PolicyRecord policyRecord(PolicyResult result) {
        return new StepUpEntries.PolicyRecord(result.policy(), result.policySha256(),
                result.applied().stream().map(RuleResult::summary).toList(), result.denials(),
                result.cap() == null ? null : result.cap().toString(), result.approvals());
    }

    private static String policyJson(PolicyResult result) {
        return CanonicalJson.string(CanonicalJson.tree(policyRecord(result)));
    }
}
