package io.steward.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.importers.spi.Cancellation;
import io.steward.model.findings.Accountability;
import io.steward.model.findings.FindingCatalogue;
import io.steward.model.findings.FindingFilter;
import io.steward.model.findings.Findings;
import io.steward.model.findings.Orphan;
import io.steward.model.findings.OwnershipRulesPlanner;
import io.steward.model.findings.RuleInfo;
import io.steward.model.ledger.Ledger;
import io.steward.model.owners.OwnerProjectionCheck;
import io.steward.model.owners.Owners;
import io.steward.model.owners.OwnershipRulesParser;
import io.steward.model.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo shows findings of every rule, accepted risks, departed owners, and a rules file that assigns most orphans. */
class DemoOwnershipTest {
    @TempDir
    Path dir;

    @Test
    void demoHasEveryRuleAcceptedRisksDepartedOwnersAndRulesThatAssignMostOrphans() throws Exception {
        DemoLedger.Result result = DemoLedger.create(dir, "demo", dir.resolve("keys"), DemoLedgerTest.CLOCK, DemoLedger.Progress.NONE, Cancellation.NEVER);
        try (Store store = Store.open(result.ledgerFile())) {
            Ledger ledger = new Ledger(store, java.time.Clock.systemUTC());
            Findings findings = new Findings(ledger);
            for (RuleInfo rule : FindingCatalogue.standard().infos()) {
                assertThat(findings.open(FindingFilter.ALL.withRule(rule.id()), 1)).as(rule.id()).isNotEmpty();
            }
            assertThat(findings.open(new FindingFilter(null, null, null, null, null, true, null), 10)).hasSizeGreaterThanOrEqualTo(3);

            Accountability accountability = new Accountability(new Owners(ledger), findings);
            List<Orphan> queue = accountability.orphans(100_000, 0);
            assertThat(queue).extracting(Orphan::why).contains("owner left", "no owner");
            Path rulesFile = dir.resolve(DemoOwnership.RULES_FILE);
            var plan = OwnershipRulesPlanner.plan(store, rulesFile, OwnershipRulesParser.parse(rulesFile, Files.readAllLines(rulesFile)), false);
            accountability.apply("demo", plan);
            int left = accountability.orphanCount();
            assertThat(left).as("the rules assign most of the queue; the rest is left for the keyboard").isLessThan(queue.size() / 2).isPositive();
            assertThat(OwnerProjectionCheck.differences(store, 5)).isEmpty();
        }
    }
}
