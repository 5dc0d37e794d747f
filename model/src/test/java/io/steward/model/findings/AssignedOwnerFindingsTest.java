package io.steward.model.findings;

import static io.steward.model.findings.GovernanceFixture.GENERATED;
import static io.steward.model.findings.GovernanceFixture.daysBefore;
import static io.steward.model.findings.GovernanceFixture.identity;
import static io.steward.model.findings.GovernanceFixture.key;
import static io.steward.model.findings.GovernanceFixture.people;
import static io.steward.model.findings.GovernanceFixture.person;
import static io.steward.model.findings.GovernanceFixture.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.findings.rules.NoOwnerRule;
import io.steward.model.ledger.Ledger;
import io.steward.model.owners.Assignment;
import io.steward.model.owners.OwnerRef;
import io.steward.model.owners.Owners;
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

/**
 * Owner findings after assignments are resolved from the assignments rather than recomputed: each case checks the
 * outcome against a full recomputation afterwards, which must find nothing left to open or resolve.
 */
class AssignedOwnerFindingsTest {
    private static final Instant NOW = Instant.parse("2025-07-02T00:00:00Z");
    private static final String A = "arn:aws:iam::1:user/a";
    private static final String B = "arn:aws:iam::1:user/b";
    private static final String C = "arn:aws:iam::1:user/c";

    @TempDir
    Path dir;
    private Store store;
    private Ledger ledger;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("ledger.steward"));
        ledger = new Ledger(store, Clock.systemUTC());
        snapshot(store, "aws:1", GENERATED, w -> {
            w.add(identity(A, "iam-user").credentials(List.of(key("AKIAA", true, daysBefore(200), daysBefore(1)))).build());
            w.add(identity(B, "iam-user").build());
            w.add(identity(C, "iam-user").build());
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Accountability accountability(FindingCatalogue catalogue) {
        return new Accountability(new Owners(ledger), new Findings(ledger, catalogue, Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    private static PlannedAssignment plan(String key, OwnerRef owner) {
        return new PlannedAssignment(key, key, null, Assignment.manual(owner, null, "test"));
    }

    private static List<String> open(Accountability a, String rule) {
        return a.findings().open(FindingFilter.ALL.withRule(rule), 10).stream().map(Finding::identityKey).toList();
    }

    private static void assertNothingLeftToRecompute(Accountability a) {
        RefreshReport again = a.findings().refresh(FindingProgress.NONE);
        assertThat(again.opened()).as("opened by a full recomputation").isZero();
        assertThat(again.resolved()).as("resolved by a full recomputation").isZero();
    }

    @Test
    void withoutAPeopleDirectoryBulkAssignmentResolvesNoOwnerOfTheAssignedOnly() {
        Accountability a = accountability(FindingCatalogue.standard());
        a.findings().refresh(FindingProgress.NONE);
        assertThat(open(a, "no-owner")).containsExactlyInAnyOrder(A, B, C);

        assertThat(a.apply("lead", List.of(plan(A, OwnerRef.person("zed@example.com")), plan(B, OwnerRef.team("ops"))))).isEqualTo(2);

        assertThat(open(a, "no-owner")).containsExactly(C);
        assertThat(open(a, "owner-departed")).as("no directory: absence proves nothing").isEmpty();
        assertThat(open(a, "stale-credential")).as("other rules are untouched").containsExactly(A);
        var resolved = store.read(ctx -> ctx.fetchOne("SELECT resolved_at, resolved_snapshot FROM finding WHERE identity_key = ?"
                + " AND rule = 'no-owner'", A));
        assertThat(resolved.get(0, String.class)).as("resolved now, by no import").isEqualTo("2025-07-02T00:00:00.000Z");
        assertThat(resolved.get(1)).isNull();
        assertNothingLeftToRecompute(a);
    }

    @Test
    void withAPeopleDirectoryOwnerDepartedIsEvaluatedForTheAssigned() {
        people(store, List.of(person("p1", "alice@example.com", "Alice", "payments", false),
                person("p2", "bob@example.com", "Bob", "ops", true)));
        Accountability a = accountability(FindingCatalogue.standard());
        a.findings().refresh(FindingProgress.NONE);

        a.apply("lead", List.of(plan(A, OwnerRef.person("bob@example.com")), plan(B, OwnerRef.person("alice@example.com"))));
        assertThat(open(a, "owner-departed")).containsExactly(A);
        assertThat(open(a, "no-owner")).containsExactly(C);
        assertNothingLeftToRecompute(a);

        a.assign("lead", A, "alice@example.com", null, "bob left", false);
        assertThat(open(a, "owner-departed")).isEmpty();
        assertNothingLeftToRecompute(a);
    }

    @Test
    void aReplacedNoOwnerRuleIsEvaluatedNotAssumed() {
        // Same id, different meaning: fires on every principal, owned or not.
        FindingRule everyone = new FindingRule() {
            @Override
            public RuleInfo info() {
                return NoOwnerRule.INFO;
            }

            @Override
            public void evaluate(RuleRun run) {
                run.emit("SELECT i.identity_key AS identity_key, json_object('kind', i.kind) AS evidence FROM identity i WHERE "
                        + run.inScope("i"));
            }
        };
        Accountability a = accountability(FindingCatalogue.standard().with(everyone));
        a.findings().refresh(FindingProgress.NONE);

        a.apply("lead", List.of(plan(A, OwnerRef.team("ops"))));
        assertThat(open(a, "no-owner")).containsExactlyInAnyOrder(A, B, C);
        assertNothingLeftToRecompute(a);
    }
}
