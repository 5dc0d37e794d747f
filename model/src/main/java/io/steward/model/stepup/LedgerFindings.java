package io.steward.model.stepup;

import io.steward.model.findings.Finding;
import io.steward.model.findings.Findings;
import java.util.List;
import org.jooq.DSLContext;

/** The open findings of the ledger (as last computed), for the policy input and the request's context. */
public final class LedgerFindings implements OpenFindings {
    private final Findings findings;

    public LedgerFindings(Findings findings) {
        this.findings = findings;
    }

    @Override
    public List<FindingFact> of(DSLContext ctx, String identityKey) {
        return findings.openFindings(ctx, identityKey).stream()
                .map(f -> new FindingFact(f.rule().id(), f.severity().id(), f.status() == Finding.Status.ACCEPTED)).toList();
    }
}
