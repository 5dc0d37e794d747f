package io.steward.model.stepup;

import static io.steward.model.db.Tables.STEPUP_DECISION;
import static io.steward.model.db.Tables.STEPUP_GRANT;
import static io.steward.model.db.Tables.STEPUP_REQUEST;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.db.tables.records.StepupRequestRecord;
import io.steward.model.inventory.Timestamps;
import io.steward.model.json.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/** Reads and writes the step-up projection rows (the service decides what; this class only maps rows). */
final class Requests {
    record Approval(String actor, Duration ttl) {
    }

    private Requests() {
    }

    static StepUpRequest find(DSLContext ctx, String id) {
        StepupRequestRecord r = ctx.selectFrom(STEPUP_REQUEST).where(STEPUP_REQUEST.ID.eq(id)).fetchOne();
        return r == null ? null : map(r);
    }

    static StepUpRequest require(DSLContext ctx, String id) {
        StepUpRequest r = find(ctx, id);
        if (r == null) {
            throw new UnknownRequestException(id);
        }
        return r;
    }

    static StepUpRequest map(StepupRequestRecord r) {
        List<String> tools = new ArrayList<>();
        JsonNode t = CanonicalJson.parse(r.getTools().getBytes(StandardCharsets.UTF_8));
        t.forEach(n -> tools.add(n.asText()));
        return new StepUpRequest(r.getId(), Timestamps.parse(r.getRequestedAt()), Timestamps.parse(r.getExpiresAt()), r.getRequester(),
                r.getTarget(), r.getIdentityKey(), r.getPrivilege(), r.getResource(), r.getEnvironment(),
                Duration.ofSeconds(r.getTtlSeconds()), r.getJustification(), r.getTask(), tools);
    }

    static void insert(DSLContext tx, StepUpRequest r, long seq) {
        tx.insertInto(STEPUP_REQUEST)
                .set(STEPUP_REQUEST.ID, r.id())
                .set(STEPUP_REQUEST.REQUESTED_AT, Timestamps.format(r.requestedAt()))
                .set(STEPUP_REQUEST.EXPIRES_AT, Timestamps.format(r.expiresAt()))
                .set(STEPUP_REQUEST.REQUESTER, r.requester())
                .set(STEPUP_REQUEST.TARGET, r.target())
                .set(STEPUP_REQUEST.IDENTITY_KEY, r.identityKey())
                .set(STEPUP_REQUEST.PRIVILEGE, r.privilege())
                .set(STEPUP_REQUEST.RESOURCE, r.resource())
                .set(STEPUP_REQUEST.ENVIRONMENT, r.environment())
                .set(STEPUP_REQUEST.TTL_SECONDS, r.ttl().getSeconds())
                .set(STEPUP_REQUEST.JUSTIFICATION, r.justification())
                .set(STEPUP_REQUEST.TASK, r.task())
                .set(STEPUP_REQUEST.TOOLS, CanonicalJson.string(CanonicalJson.tree(r.tools())))
                .set(STEPUP_REQUEST.LEDGER_SEQ, seq)
                .execute();
    }

    /** The approvals so far, oldest first. */
    static List<Approval> approvers(DSLContext ctx, String requestId) {
        return ctx.select(STEPUP_DECISION.ACTOR, STEPUP_DECISION.TTL_SECONDS).from(STEPUP_DECISION)
                .where(STEPUP_DECISION.REQUEST_ID.eq(requestId)).and(STEPUP_DECISION.DECISION.eq("approved"))
                .orderBy(STEPUP_DECISION.LEDGER_SEQ)
                .fetch(r -> new Approval(r.value1(), r.value2() == null ? null : Duration.ofSeconds(r.value2())));
    }

    static void insertDecision(DSLContext tx, long seq, String requestId, String decision, String actor, Instant at, Duration ttl,
                               String reason, String policyJson) {
        tx.insertInto(STEPUP_DECISION)
                .set(STEPUP_DECISION.LEDGER_SEQ, seq)
                .set(STEPUP_DECISION.REQUEST_ID, requestId)
                .set(STEPUP_DECISION.DECISION, decision)
                .set(STEPUP_DECISION.ACTOR, actor)
                .set(STEPUP_DECISION.DECIDED_AT, Timestamps.format(at))
                .set(STEPUP_DECISION.TTL_SECONDS, ttl == null ? null : ttl.getSeconds())
                .set(STEPUP_DECISION.REASON, reason.strip())
                .set(STEPUP_DECISION.POLICY, policyJson)
                .execute();
    }

    static void insertGrant(DSLContext tx, StepUpRequest r, Instant at, Duration ttl, long seq) {
        tx.insertInto(STEPUP_GRANT)
                .set(STEPUP_GRANT.REQUEST_ID, r.id())
                .set(STEPUP_GRANT.IDENTITY_KEY, r.identityKey())
                .set(STEPUP_GRANT.PRIVILEGE, r.privilege())
                .set(STEPUP_GRANT.RESOURCE, r.resource())
                .set(STEPUP_GRANT.GRANTED_AT, Timestamps.format(at))
                .set(STEPUP_GRANT.EXPIRES_AT, Timestamps.format(at.plus(ttl)))
                .set(STEPUP_GRANT.TTL_SECONDS, ttl.getSeconds())
                .set(STEPUP_GRANT.LEDGER_SEQ, seq)
                .execute();
        tx.update(STEPUP_REQUEST).set(STEPUP_REQUEST.STATUS, "granted").where(STEPUP_REQUEST.ID.eq(r.id())).execute();
    }
}
