package io.steward.model.stepup;

import org.jooq.DSLContext;

/** Who may approve for an identity: its owner, its backup, or a delegate of theirs. */
public interface Accountability {
    Accountable of(DSLContext ctx, String identityKey);

    ApproverRole roleOf(DSLContext ctx, String identityKey, String actor);
}
