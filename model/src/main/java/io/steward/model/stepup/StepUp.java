package io.steward.model.stepup;

import io.steward.model.findings.FindingCatalogue;
import io.steward.model.findings.Findings;
import io.steward.model.ledger.Ledger;
import io.steward.model.stepup.policy.Policy;
import java.time.Clock;

/** Wires step-up to a ledger the way the CLI and the console use it: ledger owners, ledger findings. */
public final class StepUp {
    private StepUp() {
    }

    public static StepUpService service(Ledger ledger, Policy policy, Clock clock) {
        return service(ledger, policy, clock, io.steward.model.FileNames.AS_GIVEN);
    }

    public static StepUpService service(Ledger ledger, Policy policy, Clock clock, io.steward.model.FileNames fileNames) {
        return new StepUpService(ledger, policy, new DirectoryAccountability(),
                new LedgerFindings(new Findings(ledger, FindingCatalogue.standard(), clock)), clock, fileNames);
    }

    public static StepUpQuery query(Ledger ledger) {
        return new StepUpQuery(ledger.store(), new DirectoryAccountability(), new LedgerFindings(new Findings(ledger)));
    }
}
