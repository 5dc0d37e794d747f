package io.steward.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.importers.spi.Cancellation;
import io.steward.model.findings.Accountability;
import io.steward.model.findings.FindingCatalogue;
import io.steward.model.findings.FindingFilter;
import io.steward.model.findings.Findings;
import io.steward.model.findings.Orphan;
import io.steward.model.findings.RuleInfo;
import io.steward.model.ledger.Ledger;
import io.steward.model.owners.OwnerProjectionCheck;
import io.steward.model.owners.Owners;
import io.steward.model.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo shows findings of every rule, accepted risks, departed owners, and a rules file that assigns most orphans, leaving
 * a queue of a few dozen for the Accountability page.
 */
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
            accountability.apply("demo", accountability.previewRules(rulesFile, Files.readAllLines(rulesFile), false));
            int left = accountability.orphanCount();
            assertThat(left).as("the rules assign most of the queue; the rest is left for the keyboard").isLessThan(queue.size() / 2).isPositive();
            // what is left is a queue a person clears in minutes: a few dozen, departed owners and agents among them,
            // owner hints covering some (GitHub tokens name their makers), the rest typed
            List<Orphan> rest = accountability.orphans(1_000, 0);
            assertThat(left).isBetween(20, 100);
            assertThat(rest).filteredOn(o -> o.why().equals("owner left")).hasSizeGreaterThanOrEqualTo(10);
            assertThat(rest).extracting(Orphan::kind).contains("ai-agent", "github-app-installation", "fine-grained-pat");
            long offered = accountability.suggestions(1_000).stream().filter(s -> s.suggested() != null).count();
            assertThat(offered).isPositive().isLessThan(left);
            assertThat(OwnerProjectionCheck.differences(store, 5)).isEmpty();
        }
    }
}
