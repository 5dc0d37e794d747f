package io.steward.model.stepup;

import java.util.List;
import org.jooq.DSLContext;

/** The open findings of an identity, for the policy input and the console's context. */
public interface OpenFindings {
    List<FindingFact> of(DSLContext ctx, String identityKey);
}
