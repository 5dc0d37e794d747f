package io.steward.model.findings;

import static io.steward.model.findings.GovernanceFixture.GENERATED;
import static io.steward.model.findings.GovernanceFixture.daysBefore;
import static io.steward.model.findings.GovernanceFixture.identity;
import static io.steward.model.findings.GovernanceFixture.key;
import static io.steward.model.findings.GovernanceFixture.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.model.BadInputException;
import io.steward.model.ledger.Ledger;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsApiTest {
    static final Instant NOW = Instant.parse("2025-07-02T00:00:00Z");
    @TempDir
    Path dir;
    private Store store;
    private Findings findings;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("ledger.steward"));
        findings = new Findings(new Ledger(store), FindingCatalogue.standard(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void ruleImplementedElsewhereJoinsTheCatalogueAndItsFindingsResolveWhenItStopsFiring() {
        snapshot(store, "aws:1", GENERATED, w -> w.add(identity("arn:aws:iam::1:user/ci", "iam-user").build()));
        FindingRule marker = new FindingRule() {
            @Override
            public RuleInfo info() {
                return new RuleInfo("test-marker", Severity.INFO, "marker", "explained", "fixed", List.of("OWASP NHI9 NHI Reuse"));
            }

            @Override
            public void evaluate(RuleRun run) {
                run.emit("SELECT i.identity_key AS identity_key, json_object('name', i.name) AS evidence FROM identity i WHERE "
                        + run.inScope("i") + " AND i.name LIKE ?", "arn:aws:iam::1:user/%");
            }
        };
        Findings withMarker = new Findings(new Ledger(store), FindingCatalogue.standard().with(marker), Clock.fixed(NOW, ZoneOffset.UTC));
        RefreshReport first = withMarker.refresh(FindingProgress.NONE);
        assertThat(withMarker.openFindings("arn:aws:iam::1:user/ci")).extracting(f -> f.rule().id()).contains("test-marker", "no-owner");
        assertThat(first.opened()).isEqualTo(2);
        assertThat(withMarker.refresh(FindingProgress.NONE).opened()).isZero();

        snapshot(store, "aws:1", GENERATED, w -> w.add(identity("arn:aws:iam::1:user/other", "iam-user").name("other").build()));
        RefreshReport after = withMarker.refresh(FindingProgress.NONE);
        assertThat(after.resolved()).isEqualTo(2);
        assertThat(withMarker.openFindings("arn:aws:iam::1:user/ci")).isEmpty();
    }

    @Test
    void acceptanceHidesAFindingUntilItsDateAndEndingItEarlyIsAnEntryToo() {
        snapshot(store, "aws:1", GENERATED, w -> w.add(identity("arn:aws:iam::1:user/ci", "iam-user")
                .children(List.of(identity("arn:aws:iam::1:user/ci#key1", "access-key")
                        .credentials(List.of(key("key1", true, daysBefore(200), daysBefore(1)))).build())).build()));
        findings.refresh(FindingProgress.NONE);
        String key = "arn:aws:iam::1:user/ci";
        Acceptance a = findings.accept("alice", key, "stale-credential", Instant.parse("2025-08-01T00:00:00Z"), "migration in Q3");
        assertThat(new Ledger(store).entry(a.ledgerSeq()).orElseThrow().kind()).isEqualTo(FindingEntries.ACCEPTED);
        assertThat(findings.openFindings(key)).filteredOn(f -> f.rule().id().equals("stale-credential"))
                .singleElement().extracting(Finding::status).isEqualTo(Finding.Status.ACCEPTED);

        Findings later = new Findings(new Ledger(store), FindingCatalogue.standard(),
                Clock.fixed(Instant.parse("2025-08-01T00:00:00Z"), ZoneOffset.UTC));
        assertThat(later.openFindings(key)).filteredOn(f -> f.rule().id().equals("stale-credential"))
                .singleElement().extracting(Finding::status).isEqualTo(Finding.Status.OPEN);

        findings.endAcceptance("alice", key, "stale-credential", "rotated after all");
        assertThat(findings.openFindings(key)).filteredOn(f -> f.rule().id().equals("stale-credential"))
                .singleElement().extracting(Finding::status).isEqualTo(Finding.Status.OPEN);
        assertThat(new Ledger(store).head().orElseThrow().kind()).isEqualTo(FindingEntries.ACCEPTANCE_ENDED);
    }

    @Test
    void acceptingAnUnknownRuleOrIdentityWritesNothing() {
        snapshot(store, "aws:1", GENERATED, w -> w.add(identity("arn:aws:iam::1:user/ci", "iam-user").build()));
        long size = new Ledger(store).size();
        Instant until = Instant.parse("2025-09-01T00:00:00Z");
        assertThatThrownBy(() -> findings.accept("a", "arn:aws:iam::1:user/ci", "no-such-rule", until, "r"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("unknown rule");
        assertThatThrownBy(() -> findings.accept("a", "nobody", "no-owner", until, "r"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no current identity");
        assertThat(new Ledger(store).size()).isEqualTo(size);
    }
}
