package io.steward.model.findings;

import static io.steward.model.db.Tables.FINDING_ACCEPTANCE;

import org.jooq.DSLContext;

/** Keeps {@code finding_acceptance} in step with the acceptance entries (also used to rebuild it). */
final class AcceptanceProjection {
    private AcceptanceProjection() {
    }

    static void accepted(DSLContext tx, long seq, String key, String rule, String until, String reason, String actor, String at) {
        tx.insertInto(FINDING_ACCEPTANCE)
                .set(FINDING_ACCEPTANCE.IDENTITY_KEY, key).set(FINDING_ACCEPTANCE.RULE, rule)
                .set(FINDING_ACCEPTANCE.ACCEPTED_UNTIL, until).set(FINDING_ACCEPTANCE.REASON, reason)
                .set(FINDING_ACCEPTANCE.ACCEPTED_BY, actor).set(FINDING_ACCEPTANCE.ACCEPTED_AT, at)
                .set(FINDING_ACCEPTANCE.LEDGER_SEQ, seq)
                .onConflict(FINDING_ACCEPTANCE.IDENTITY_KEY, FINDING_ACCEPTANCE.RULE).doUpdate()
                .set(FINDING_ACCEPTANCE.ACCEPTED_UNTIL, until).set(FINDING_ACCEPTANCE.REASON, reason)
                .set(FINDING_ACCEPTANCE.ACCEPTED_BY, actor).set(FINDING_ACCEPTANCE.ACCEPTED_AT, at)
                .setNull(FINDING_ACCEPTANCE.ENDED_AT).setNull(FINDING_ACCEPTANCE.ENDED_BY).setNull(FINDING_ACCEPTANCE.END_REASON)
                .set(FINDING_ACCEPTANCE.LEDGER_SEQ, seq)
                .execute();
    }

    static void ended(DSLContext tx, String key, String rule, String actor, String reason, String at) {
        tx.update(FINDING_ACCEPTANCE).set(FINDING_ACCEPTANCE.ENDED_AT, at).set(FINDING_ACCEPTANCE.ENDED_BY, actor)
                .set(FINDING_ACCEPTANCE.END_REASON, reason)
                .where(FINDING_ACCEPTANCE.IDENTITY_KEY.eq(key)).and(FINDING_ACCEPTANCE.RULE.eq(rule)).execute();
    }
}
