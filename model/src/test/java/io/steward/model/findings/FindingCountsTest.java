package io.steward.model.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.ledger.Ledger;
import io.steward.model.owners.Assignment;
import io.steward.model.owners.OwnerRef;
import io.steward.model.owners.Owners;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts by each grouping on a real ledger, the filters behind them, and keyset pages through them. */
class FindingCountsTest {
    static final Instant NOW = Instant.parse("2025-07-02T00:00:00Z");
    @TempDir
    Path dir;
    private Store store;
    private Findings findings;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("ledger.steward"));
        Ledger ledger = new Ledger(store, Clock.fixed(NOW, ZoneOffset.UTC));
        findings = new Findings(ledger, FindingCatalogue.standard(), Clock.fixed(NOW, ZoneOffset.UTC));
        RiskyEstate.write(store);
        new Owners(ledger).assign("lead", RiskyEstate.CI, Assignment.manual(OwnerRef.person("alice@example.com"), null, "runs CI"));
        findings.refresh(FindingProgress.NONE);
        findings.accept("alice", RiskyEstate.BACKUP, "unused-credential", Instant.parse("2025-08-01T00:00:00Z"), "restore test in July");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Map<String, FindingCount> by(FindingGrouping g) {
        return findings.counts().by(g).stream().collect(Collectors.toMap(FindingCount::label, c -> c));
    }

    @Test
    void countsEveryGroupingWithAcceptedFindingsApart() {
        Map<String, FindingCount> rules = by(FindingGrouping.RULE);
        assertThat(rules.get("stale-credential").findings()).isEqualTo(1);
        assertThat(rules.get("overprivileged").findings()).isEqualTo(2); // the CI user and the agent
        assertThat(rules.get("agent-standing-privilege").findings()).isEqualTo(1);
        assertThat(rules.get("no-owner").findings()).isEqualTo(3); // all but the CI user
        assertThat(rules.get("unused-credential").findings()).isEqualTo(1);
        assertThat(rules.get("unused-credential").accepted()).isEqualTo(1);
        assertThat(rules.get("unused-credential").unaccepted()).isZero();
        assertThat(rules.get("human-use").findings()).as("every rule of the catalogue has a count").isZero();
        assertThat(findings.counts().by(FindingGrouping.RULE)).extracting(FindingCount::key)
                .containsAll(findings.catalogue().infos().stream().map(RuleInfo::id).toList());
        long total = rules.values().stream().mapToLong(FindingCount::findings).sum();
        assertThat(total).isEqualTo(findings.pages().count(FindingFilter.ALL));

        assertThat(findings.counts().by(FindingGrouping.SEVERITY)).extracting(FindingCount::label)
                .containsExactly("critical", "high", "medium");
        assertThat(by(FindingGrouping.SEVERITY).get("high").findings()).isEqualTo(3);

        Map<String, FindingCount> sources = by(FindingGrouping.SOURCE);
        assertThat(sources.get(RiskyEstate.GCP).findings()).isEqualTo(3);
        assertThat(sources.get(RiskyEstate.GCP).identities()).isEqualTo(1);
        assertThat(sources.get(RiskyEstate.AWS).findings()).isEqualTo(total - 3);

        Map<String, FindingCount> owners = by(FindingGrouping.OWNER);
        assertThat(owners.get("alice@example.com").findings()).isEqualTo(2); // stale and overprivileged
        assertThat(owners.get("(no owner)").key()).isEqualTo("-");
        assertThat(owners.get("(no owner)").identities()).isEqualTo(3);
    }

    @Test
    void frameworkItemsCountTheFindingsOfEveryRuleThatRefersToThem() {
        Map<String, FindingCount> items = by(FindingGrouping.FRAMEWORK);
        assertThat(items.get("ASI03").findings()).isEqualTo(1);
        assertThat(items.get("ASI03").key()).isEqualTo("OWASP Agentic ASI03 Identity and Privilege Abuse");
        assertThat(items.get("NHI5").findings()).isEqualTo(3); // overprivileged twice, agent-standing-privilege
        assertThat(items.get("NHI7").findings()).isEqualTo(1); // the stale key
        assertThat(items.get("NHI1").findings()).isEqualTo(4); // no-owner three times, the unused key
        assertThat(items.get("NHI10").findings()).isZero();
        assertThat(items.get("PR.AA-05").findings()).isEqualTo(3);
        assertThat(items.get("CIS 1.14").findings()).isEqualTo(1);
        assertThat(items.get("CIS 1.12").accepted()).isEqualTo(1);
    }

    @Test
    void eachCountsFilterListsExactlyTheFindingsBehindIt() {
        for (FindingGrouping g : FindingGrouping.values()) {
            for (FindingCount c : findings.counts().by(g)) {
                List<Finding> behind = findings.pages().page(c.filter(), null, 1000);
                assertThat(behind).as(g + " " + c.label()).hasSize((int) c.findings());
                assertThat(findings.pages().count(c.filter())).isEqualTo(c.findings());
                assertThat(behind.stream().filter(f -> f.status() == Finding.Status.ACCEPTED).count()).isEqualTo(c.accepted());
                assertThat(behind.stream().map(Finding::identityKey).distinct().count()).as(g + " " + c.label() + " identities")
                        .isEqualTo(c.identities());
            }
        }
    }

    @Test
    void keysetPagesWalkEveryFindingOnceWorstFirst() {
        List<Finding> all = findings.open(FindingFilter.ALL, 1000);
        List<Finding> paged = new ArrayList<>();
        Finding after = null;
        for (List<Finding> page = findings.pages().page(FindingFilter.ALL, null, 3); !page.isEmpty();
                page = findings.pages().page(FindingFilter.ALL, after, 3)) {
            assertThat(page).hasSizeLessThanOrEqualTo(3);
            paged.addAll(page);
            after = page.get(page.size() - 1);
        }
        assertThat(paged).extracting(Finding::id).containsExactlyElementsOf(all.stream().map(Finding::id).toList());
        assertThat(paged.get(0).severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void frameworkCodesAreShortNames() {
        assertThat(FrameworkItems.code("OWASP NHI10 Human Use of NHI")).isEqualTo("NHI10");
        assertThat(FrameworkItems.code("NIST CSF 2.0 PR.AA-01 (identities and credentials managed)")).isEqualTo("PR.AA-01");
        assertThat(FrameworkItems.code("CIS AWS Foundations: only one active access key per IAM user (1.13 in v1.5)")).isEqualTo("CIS 1.13");
        assertThat(FrameworkItems.code("Something else")).isEqualTo("Something else");
    }
}
