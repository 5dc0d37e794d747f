package io.steward.model.stepup;

import static io.steward.model.db.Tables.IDENTITY;
import static io.steward.model.db.Tables.STEPUP_DECISION;
import static io.steward.model.db.Tables.STEPUP_GRANT;
import static io.steward.model.db.Tables.STEPUP_REQUEST;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.inventory.Timestamps;
import io.steward.model.json.CanonicalJson;
import io.steward.model.store.Store;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/** Reads step-up requests, decisions and grants for the inbox, {@code stepup list} and {@code stepup show}. */
public final class StepUpQuery {
    /**
     * Which requests to list. {@code GRANTS}: every grant (active, expired, revoked), active ones first by their end;
     * {@code HISTORY}: requests no longer awaiting a decision (granted, denied, or expired undecided), newest first.
     */
    public enum Filter { PENDING, ACTIVE, EXPIRED, ALL, GRANTS, HISTORY }

    /** One recorded decision with the policy evaluation embedded in it. */
    public record DecisionRow(long ledgerSeq, String decision, String actor, Instant decidedAt, Duration ttl, String reason, JsonNode policy) {
    }

    /** A request in full: its summary, who answers for the target, its findings, the target's other grants, decisions. */
    public record Detail(StepUpRequest request, RequestSummary summary, Accountable owner, List<FindingFact> findings,
                         List<RequestSummary> targetGrants, List<DecisionRow> decisions) {
    }

    private final Store store;
    private final Accountability accountability;
    private final OpenFindings findings;

    public StepUpQuery(Store store, Accountability accountability, OpenFindings findings) {
        this.store = store;
        this.accountability = accountability;
        this.findings = findings;
    }

    /**
     * Requests in {@code filter}, most urgent first: state (pending, active, expired, then closed), then the time
     * they are due, production before other environments, privileged before others.
     */
    /** Writes every decision to {@code out}, signed by {@code signer}'s key ({@link DecisionFile}). */
    public DecisionFile.Written exportDecisions(java.security.KeyPair key, String signer, java.nio.file.Path out) {
        return DecisionFile.export(store, key, signer, out);
    }

    public List<RequestSummary> list(Filter filter, Instant now, int limit) {
        return page(filter, now, 0, limit);
    }

    /** One page of {@link #list}: {@code limit} requests after the first {@code offset}, in the same order. */
    public List<RequestSummary> page(Filter filter, Instant now, int offset, int limit) {
        return store.read(ctx -> select(ctx, condition(filter, Timestamps.format(now)), filter == Filter.HISTORY, now, offset, limit));
    }

    /** How many requests {@code filter} holds at {@code now}. */
    public int count(Filter filter, Instant now) {
        return store.read(ctx -> ctx.selectCount().from(STEPUP_REQUEST)
                .leftJoin(STEPUP_GRANT).on(STEPUP_GRANT.REQUEST_ID.eq(STEPUP_REQUEST.ID))
                .where(condition(filter, Timestamps.format(now))).fetchOne(0, int.class));
    }

    public Detail detail(String id, Instant now) {
        return store.read(ctx -> {
            StepUpRequest r = Requests.require(ctx, id);
            RequestSummary summary = select(ctx, STEPUP_REQUEST.ID.eq(id), false, now, 0, 1).get(0);
            String at = Timestamps.format(now);
            List<RequestSummary> grants = select(ctx, STEPUP_REQUEST.IDENTITY_KEY.eq(r.identityKey()).and(STEPUP_REQUEST.ID.ne(id))
                    .and(STEPUP_GRANT.REVOKED_AT.isNull()).and(STEPUP_GRANT.EXPIRES_AT.gt(at)), false, now, 0, 50);
            List<DecisionRow> decisions = ctx.selectFrom(STEPUP_DECISION).where(STEPUP_DECISION.REQUEST_ID.eq(id))
                    .orderBy(STEPUP_DECISION.LEDGER_SEQ)
                    .fetch(d -> new DecisionRow(d.getLedgerSeq(), d.getDecision(), d.getActor(), Timestamps.parse(d.getDecidedAt()),
                            d.getTtlSeconds() == null ? null : Duration.ofSeconds(d.getTtlSeconds()), d.getReason(),
                            CanonicalJson.parse(d.getPolicy().getBytes(StandardCharsets.UTF_8))));
            return new Detail(r, summary, accountability.of(ctx, r.identityKey()), findings.of(ctx, r.identityKey()), grants, decisions);
        });
    }

    private static Condition condition(Filter filter, String now) {
        Condition pending = STEPUP_REQUEST.STATUS.eq("pending");
        Condition granted = STEPUP_REQUEST.STATUS.eq("granted").and(STEPUP_GRANT.REVOKED_AT.isNull());
        return switch (filter) {
            case PENDING -> pending.and(STEPUP_REQUEST.EXPIRES_AT.gt(now));
            case ACTIVE -> granted.and(STEPUP_GRANT.EXPIRES_AT.gt(now));
            case EXPIRED -> granted.and(STEPUP_GRANT.EXPIRES_AT.le(now)).or(pending.and(STEPUP_REQUEST.EXPIRES_AT.le(now)));
            case ALL -> DSL.trueCondition();
            case GRANTS -> STEPUP_GRANT.REQUEST_ID.isNotNull();
            case HISTORY -> STEPUP_REQUEST.STATUS.ne("pending").or(pending.and(STEPUP_REQUEST.EXPIRES_AT.le(now)));
        };
    }

    private static List<RequestSummary> select(DSLContext ctx, Condition where, boolean newestFirst, Instant now, int offset, int limit) {
        String at = Timestamps.format(now);
        Field<Integer> approvals = DSL.field(DSL.selectCount().from(STEPUP_DECISION)
                .where(STEPUP_DECISION.REQUEST_ID.eq(STEPUP_REQUEST.ID)).and(STEPUP_DECISION.DECISION.eq("approved")));
        Field<Integer> required = DSL.field(DSL.select(DSL.field("json_extract({0}, '$.approvalsRequired')", Integer.class, STEPUP_DECISION.POLICY))
                .from(STEPUP_DECISION).where(STEPUP_DECISION.REQUEST_ID.eq(STEPUP_REQUEST.ID)).and(STEPUP_DECISION.DECISION.eq("approved"))
                .orderBy(STEPUP_DECISION.LEDGER_SEQ.desc()).limit(1));
        Field<String> name = DSL.field(DSL.select(IDENTITY.NAME).from(IDENTITY)
                .where(IDENTITY.IDENTITY_KEY.eq(STEPUP_REQUEST.IDENTITY_KEY)).and(IDENTITY.CURRENT.eq(1L)).limit(1));
        Field<Integer> rank = DSL.when(STEPUP_REQUEST.STATUS.eq("pending").and(STEPUP_REQUEST.EXPIRES_AT.gt(at)), 0)
                .when(STEPUP_GRANT.REVOKED_AT.isNull().and(STEPUP_GRANT.EXPIRES_AT.gt(at)), 1)
                .when(STEPUP_REQUEST.STATUS.eq("denied").or(STEPUP_GRANT.REVOKED_AT.isNotNull()), 3)
                .otherwise(2);
        Field<Integer> production = DSL.when(DSL.lower(STEPUP_REQUEST.ENVIRONMENT).in("production", "prod"), 0).otherwise(1);
        Field<String> lowerPrivilege = DSL.lower(STEPUP_REQUEST.PRIVILEGE);
        Condition anyPrivileged = DSL.falseCondition();
        for (String word : PolicyInputs.PRIVILEGED_WORDS) {
            anyPrivileged = anyPrivileged.or(lowerPrivilege.contains(word));
        }
        Field<Integer> privileged = DSL.when(anyPrivileged, 0).otherwise(1);
        return ctx.select(STEPUP_REQUEST.asterisk(), STEPUP_GRANT.EXPIRES_AT, STEPUP_GRANT.TTL_SECONDS, STEPUP_GRANT.REVOKED_AT,
                        approvals, required, name)
                .from(STEPUP_REQUEST)
                .leftJoin(STEPUP_GRANT).on(STEPUP_GRANT.REQUEST_ID.eq(STEPUP_REQUEST.ID))
                .where(where)
                .orderBy(newestFirst ? newestFirst() : urgentFirst(rank, production, privileged))
                .limit(limit).offset(offset)
                .fetch(r -> summary(r, approvals, required, name, now));
    }

    /** State (pending, active, expired, closed), then due soonest, production first, privileged first. */
    private static List<SortField<?>> urgentFirst(Field<Integer> rank, Field<Integer> production, Field<Integer> privileged) {
        return List.of(rank.asc(), DSL.coalesce(STEPUP_GRANT.EXPIRES_AT, STEPUP_REQUEST.EXPIRES_AT).asc(), production.asc(), privileged.asc(),
                STEPUP_REQUEST.ID.asc());
    }

    /** The latest decision first; a request that expired undecided counts as closed when it expired. */
    private static List<SortField<?>> newestFirst() {
        Field<String> lastDecided = DSL.field(DSL.select(DSL.max(STEPUP_DECISION.DECIDED_AT)).from(STEPUP_DECISION)
                .where(STEPUP_DECISION.REQUEST_ID.eq(STEPUP_REQUEST.ID)));
        return List.of(DSL.coalesce(lastDecided, STEPUP_REQUEST.EXPIRES_AT).desc(), STEPUP_REQUEST.ID.desc());
    }

    private static RequestSummary summary(Record r, Field<Integer> approvals, Field<Integer> required, Field<String> name, Instant now) {
        String grantExpires = r.get(STEPUP_GRANT.EXPIRES_AT);
        Instant expires = Timestamps.parse(r.get(STEPUP_REQUEST.EXPIRES_AT));
        String status = r.get(STEPUP_REQUEST.STATUS);
        RequestState state;
        if ("denied".equals(status)) {
            state = RequestState.DENIED;
        } else if (grantExpires != null && r.get(STEPUP_GRANT.REVOKED_AT) != null) {
            state = RequestState.REVOKED;
        } else if (grantExpires != null) {
            state = Timestamps.parse(grantExpires).isAfter(now) ? RequestState.ACTIVE : RequestState.EXPIRED;
        } else {
            state = expires.isAfter(now) ? RequestState.PENDING : RequestState.EXPIRED;
        }
        Long grantedTtl = r.get(STEPUP_GRANT.TTL_SECONDS);
        Integer req = r.get(required);
        return new RequestSummary(r.get(STEPUP_REQUEST.ID), Timestamps.parse(r.get(STEPUP_REQUEST.REQUESTED_AT)), expires,
                r.get(STEPUP_REQUEST.REQUESTER), r.get(STEPUP_REQUEST.IDENTITY_KEY), r.get(name), r.get(STEPUP_REQUEST.PRIVILEGE),
                r.get(STEPUP_REQUEST.RESOURCE), r.get(STEPUP_REQUEST.ENVIRONMENT),
                Duration.ofSeconds(r.get(STEPUP_REQUEST.TTL_SECONDS)), r.get(STEPUP_REQUEST.JUSTIFICATION), state,
                r.get(approvals), req == null ? 0 : req, grantExpires == null ? null : Timestamps.parse(grantExpires),
                grantedTtl == null ? null : Duration.ofSeconds(grantedTtl));
    }
}
