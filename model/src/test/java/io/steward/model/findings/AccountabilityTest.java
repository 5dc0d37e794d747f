package io.steward.model.findings;

import static io.steward.model.findings.GovernanceFixture.GENERATED;
import static io.steward.model.findings.GovernanceFixture.grant;
import static io.steward.model.findings.GovernanceFixture.identity;
import static io.steward.model.findings.GovernanceFixture.people;
import static io.steward.model.findings.GovernanceFixture.person;
import static io.steward.model.findings.GovernanceFixture.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.model.BadInputException;
import io.steward.model.ledger.Ledger;
import io.steward.model.owners.OwnerEntries;
import io.steward.model.owners.OwnerProjectionCheck;
import io.steward.model.owners.OwnerRef;
import io.steward.model.owners.Owners;
import io.steward.model.owners.OwnershipRule;
import io.steward.model.owners.OwnershipRulesParser;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountabilityTest {
    @TempDir
    Path dir;
    private Store store;
    private Accountability accountability;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("ledger.steward"));
        Ledger ledger = new Ledger(store, java.time.Clock.systemUTC());
        accountability = new Accountability(new Owners(ledger),
                new Findings(ledger, FindingCatalogue.standard(), Clock.fixed(Instant.parse("2025-07-02T00:00:00Z"), ZoneOffset.UTC)));
        snapshot(store, "k8s:prod", GENERATED, w -> {
            w.add(identity("system:serviceaccount:payments:api", "workload").name("payments/api").ownerHint("octocat")
                    .tags(Map.of("team", "payments")).build());
            w.add(identity("system:serviceaccount:payments:batch", "workload").name("payments/batch").ownerHint("nobody-known").build());
            w.add(identity("system:serviceaccount:ops:admin", "workload").name("ops/admin")
                    .grants(List.of(new io.steward.model.inventory.GrantRecord("ClusterRole/cluster-admin", "cluster", "crb", null))).build());
            w.add(identity("system:serviceaccount:ops:agent", "ai-agent").name("ops/agent").grants(List.of(grant("*", "pods in cluster")))
                    .build());
        });
        people(store, List.of(person("p1", "alice@example.com", "Alice", "payments", false, "octocat"),
                person("p2", "bob@example.com", "Bob", "ops", true)));
        accountability.findings().refresh(FindingProgress.NONE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static String key(String ns, String name) {
        return "k8s:prod|system:serviceaccount:" + ns + ":" + name;
    }

    @Test
    void orphanQueuePutsTheRiskiestFirstAndCountsDepartedOwners() {
        List<Orphan> queue = accountability.orphans(10, 0);
        assertThat(queue).extracting(Orphan::identityKey).startsWith(key("ops", "agent"), key("ops", "admin")).hasSize(4);
        assertThat(queue.get(0).worst()).isEqualTo(Severity.CRITICAL);

        accountability.assign("lead", key("ops", "admin"), "bob@example.com", null, "was his", true);
        accountability.assign("lead", key("ops", "agent"), "alice@example.com", null, "hers", false);
        assertThat(accountability.orphans(10, 0)).extracting(Orphan::identityKey, Orphan::why)
                .contains(org.assertj.core.groups.Tuple.tuple(key("ops", "admin"), "owner left"))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple(key("ops", "agent"), "no owner"));
        assertThat(accountability.orphanCount()).isEqualTo(3);
    }

    @Test
    void suggestionsComeFromOwnerHintsWithTheirSourceAndBulkAcceptanceAssignsOnlyMatchedOnes() {
        List<Suggestion> all = accountability.suggestions(10);
        assertThat(all).extracting(Suggestion::hint).containsExactlyInAnyOrder("octocat", "nobody-known");
        Suggestion octo = all.stream().filter(s -> s.hint().equals("octocat")).findFirst().orElseThrow();
        assertThat(octo.suggested()).isEqualTo(OwnerRef.person("alice@example.com"));
        assertThat(octo.source()).contains("k8s:prod");

        List<PlannedAssignment> preview = accountability.preview(all, null);
        assertThat(preview).extracting(PlannedAssignment::identityKey).containsExactly(key("payments", "api"));
        assertThat(accountability.owners().current(key("payments", "api"))).as("a preview assigns nothing").isEmpty();

        accountability.apply("lead", preview);
        assertThat(accountability.owners().current(key("payments", "api"))).hasValueSatisfying(c ->
                assertThat(c.owner().name()).isEqualTo("alice@example.com"));
        assertThat(new Ledger(store, java.time.Clock.systemUTC()).head().orElseThrow().payload().get("via").asText()).isEqualTo("suggestion");
        assertThat(accountability.findings().openFindings(key("payments", "api"))).extracting(f -> f.rule().id())
                .doesNotContain("no-owner");
    }

    @Test
    void rulesFileAssignsFirstMatchOnlyChangesAndIsIdempotent() {
        List<OwnershipRule> rules = OwnershipRulesParser.parse(Path.of("owners.rules"), List.of(
                "# payments first",
                "source=k8s:* namespace=payments tag:team=payments owner=team:payments backup=octocat reason=\"payments namespace\"",
                "namespace=pay* owner=alice@example.com",
                "name=ops/* owner=team:payments"));
        List<PlannedAssignment> plan = OwnershipRulesPlanner.plan(store, Path.of("owners.rules"), "owners.rules", rules, false);
        assertThat(plan).extracting(PlannedAssignment::identityKey)
                .containsExactly(key("payments", "api"), key("payments", "batch"), key("ops", "admin"), key("ops", "agent"));
        assertThat(plan.get(0).assignment().owner()).isEqualTo(OwnerRef.team("payments"));
        assertThat(plan.get(0).assignment().backup()).isEqualTo(OwnerRef.person("alice@example.com"));
        assertThat(plan.get(1).assignment().owner()).isEqualTo(OwnerRef.person("alice@example.com"));

        long before = new Ledger(store, java.time.Clock.systemUTC()).size();
        assertThat(accountability.apply("lead", plan)).isEqualTo(4);
        assertThat(new Ledger(store, java.time.Clock.systemUTC()).size()).isEqualTo(before + 4);
        assertThat(new Ledger(store, java.time.Clock.systemUTC()).head().orElseThrow().kind()).isEqualTo(OwnerEntries.ASSIGNED.name());
        assertThat(OwnershipRulesPlanner.plan(store, Path.of("owners.rules"), "owners.rules", rules, false)).as("nothing left to change").isEmpty();
        assertThat(OwnerProjectionCheck.differences(store, 5)).isEmpty();
    }

    @Test
    void ruleFileErrorsNameLineAndColumn() {
        assertThatThrownBy(() -> OwnershipRulesParser.parse(Path.of("r"), List.of("", "name=x owner=a colour=red")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("line 2, column 16").hasMessageContaining("unknown key 'colour'");
        assertThatThrownBy(() -> OwnershipRulesParser.parse(Path.of("r"), List.of("name=x reason=\"open owner=a")))
                .hasMessageContaining("line 1, column 15").hasMessageContaining("not closed");
        assertThatThrownBy(() -> OwnershipRulesParser.parse(Path.of("r"), List.of("name=x backup=a")))
                .hasMessageContaining("line 1, column 1").hasMessageContaining("no owner");
        List<OwnershipRule> unknownOwner = OwnershipRulesParser.parse(Path.of("r"), List.of("name=x", "name=y owner=alise@example.com")
                .subList(1, 2));
        assertThatThrownBy(() -> OwnershipRulesPlanner.plan(store, Path.of("r"), "r", unknownOwner, false))
                .hasMessageContaining("line 1, column 14").hasMessageContaining("alice@example.com");
    }

    @Test
    void projectionCheckReportsATamperedOwnerRow() {
        accountability.assign("lead", key("ops", "admin"), "alice@example.com", null, "r", false);
        store.write(tx -> tx.execute("UPDATE identity_owner SET owner = 'mallory@example.com'"));
        store.write(tx -> tx.execute("INSERT INTO identity_owner (identity_key, owner, owner_kind, reason, assigned_at, assigned_by,"
                + " ledger_seq) VALUES ('x', 'eve', 'person', 'r', '2025-01-01T00:00:00.000Z', 'eve', 1)"));
        assertThat(OwnerProjectionCheck.differences(store, 5)).hasSize(2)
                .anySatisfy(d -> assertThat(d).contains("mallory@example.com").contains("alice@example.com"))
                .anySatisfy(d -> assertThat(d).contains("no ledger entry assigns it"));
    }

    @Test
    void assignRefusesUnknownIdentityAndUnknownPersonWritingNothing() {
        long size = new Ledger(store, java.time.Clock.systemUTC()).size();
        assertThatThrownBy(() -> accountability.assign("lead", "nope", "alice@example.com", null, "r", false))
                .isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> accountability.assign("lead", key("ops", "admin"), "alise", null, "r", false))
                .hasMessageContaining("nearest names");
        assertThat(new Ledger(store, java.time.Clock.systemUTC()).size()).isEqualTo(size);
    }
}
