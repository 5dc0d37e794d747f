package io.steward.model.findings;

import static io.steward.model.findings.GovernanceFixture.GENERATED;
import static io.steward.model.findings.GovernanceFixture.daysBefore;
import static io.steward.model.findings.GovernanceFixture.grant;
import static io.steward.model.findings.GovernanceFixture.identity;
import static io.steward.model.findings.GovernanceFixture.key;
import static io.steward.model.findings.GovernanceFixture.people;
import static io.steward.model.findings.GovernanceFixture.person;
import static io.steward.model.findings.GovernanceFixture.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.inventory.SnapshotWriter;
import io.steward.model.ledger.Ledger;
import io.steward.model.owners.Assignment;
import io.steward.model.owners.OwnerRef;
import io.steward.model.owners.Owners;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every built-in rule on real-shaped rows: what must fire, what must not, and the boundaries. */
class FindingRulesTest {
    @TempDir
    Path dir;
    private Store store;
    private Findings findings;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("ledger.steward"));
        findings = new Findings(new Ledger(store, java.time.Clock.systemUTC()), FindingCatalogue.standard(),
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Set<String> firing(String rule, Consumer<SnapshotWriter> body) {
        snapshot(store, "aws:111122223333", GENERATED, body);
        findings.refresh(FindingProgress.NONE);
        Set<String> out = new TreeSet<>();
        for (Finding f : findings.open(FindingFilter.ALL.withRule(rule), 1000)) {
            out.add(f.identityKey());
        }
        return out;
    }

    private static String arn(String user) {
        return "arn:aws:iam::111122223333:user/" + user;
    }

    /** An IAM user with one access key child, as the credential report gives it. */
    private static io.steward.model.inventory.IdentityRecord user(String name, CredentialRecord k) {
        return identity(arn(name), "iam-user").name(name).children(List.of(identity(arn(name) + "#key1", "access-key")
                .enabled(k.active()).credentials(List.of(k)).build())).build();
    }

    @Test
    void staleCredentialFiresAfterNinetyDaysCountedFromTheSnapshotNotTheClock() {
        Set<String> fired = firing("stale-credential", w -> {
            w.add(user("d89", key("key1", true, daysBefore(89), daysBefore(1))));
            w.add(user("d90", key("key1", true, daysBefore(90), daysBefore(1))));
            w.add(user("d91", key("key1", true, daysBefore(91), daysBefore(1))));
            w.add(user("inactive", key("key1", false, daysBefore(400), null)));
            w.add(user("sentinel", key("key1", true, Instant.parse("1970-01-01T00:00:00Z"), null)));
            w.add(identity(arn("disabled"), "iam-user").name("disabled").enabled(false)
                    .credentials(List.of(key("key1", true, daysBefore(300), null))).build());
        });
        assertThat(fired).containsExactly(arn("d91"));
        Finding f = findings.openFindings(arn("d91")).stream().filter(x -> x.rule().id().equals("stale-credential")).findFirst().orElseThrow();
        assertThat(f.evidence()).contains("\"ageDays\":91").contains("\"thresholdDays\":90").doesNotContain("secret");
        assertThat(f.firstSeenSnapshot()).isNotNull();
        assertThat(f.source()).isEqualTo("aws:111122223333");
    }

    @Test
    void staleThresholdIsASetting() {
        store.write(tx -> tx.execute("INSERT INTO finding_setting (name, value) VALUES ('stale-credential.days', '30')"));
        assertThat(firing("stale-credential", w -> w.add(user("d31", key("key1", true, daysBefore(31), daysBefore(1))))))
                .containsExactly(arn("d31"));
    }

    @Test
    void unusedCredentialFiresAfterFortyFiveDaysOrWhenNeverUsedAndOlder() {
        Set<String> fired = firing("unused-credential", w -> {
            w.add(user("used44", key("key1", true, daysBefore(200), daysBefore(44))));
            w.add(user("used45", key("key1", true, daysBefore(200), daysBefore(45))));
            w.add(user("used46", key("key1", true, daysBefore(200), daysBefore(46))));
            w.add(user("never-new", key("key1", true, daysBefore(10), null)));
            w.add(user("never-old", key("key1", true, daysBefore(46), null)));
            w.add(user("never-old-inactive", key("key1", false, daysBefore(46), null)));
        });
        assertThat(fired).containsExactlyInAnyOrder(arn("used46"), arn("never-old"));
    }

    @Test
    void noOwnerFiresOnPrincipalsWithoutAnAssignedOwnerAndClearsOnAssignment() {
        Set<String> fired = firing("no-owner", w -> {
            w.add(user("a", key("key1", true, daysBefore(1), null)));
            w.add(identity(arn("b"), "iam-user").ownerHint("alice@example.com").build());
        });
        assertThat(fired).containsExactlyInAnyOrder(arn("a"), arn("b"));
        new Owners(new Ledger(store, java.time.Clock.systemUTC())).assign("lead", arn("a"), Assignment.manual(OwnerRef.person("alice@example.com"), null, "r"));
        findings.refresh(FindingProgress.NONE);
        assertThat(findings.open(FindingFilter.ALL.withRule("no-owner"), 10)).extracting(Finding::identityKey).containsExactly(arn("b"));
    }

    @Test
    void ownerDepartedNeedsALoadedDirectoryAndFiresForLeftOrAbsentOwners() {
        Owners owners = new Owners(new Ledger(store, java.time.Clock.systemUTC()));
        snapshot(store, "aws:111122223333", GENERATED, w -> {
            for (String n : List.of("kept", "gone", "absent", "team-ok", "team-gone")) {
                w.add(identity(arn(n), "iam-user").name(n).build());
            }
        });
        owners.assign("lead", arn("kept"), Assignment.manual(OwnerRef.person("alice@example.com"), null, "r"));
        owners.assign("lead", arn("gone"), Assignment.manual(OwnerRef.person("bob@example.com"), null, "r"));
        owners.assign("lead", arn("absent"), Assignment.manual(OwnerRef.person("zed@example.com"), null, "r"));
        owners.assign("lead", arn("team-ok"), Assignment.manual(OwnerRef.team("payments"), null, "r"));
        owners.assign("lead", arn("team-gone"), Assignment.manual(OwnerRef.team("legacy"), null, "r"));
        findings.refresh(FindingProgress.NONE);
        assertThat(findings.open(FindingFilter.ALL.withRule("owner-departed"), 10)).as("no people directory: nothing proves absence")
                .isEmpty();

        people(store, List.of(person("p1", "alice@example.com", "Alice", "payments", false),
                person("p2", "bob@example.com", "Bob", "legacy", true)));
        findings.refresh(FindingProgress.NONE);
        assertThat(findings.open(FindingFilter.ALL.withRule("owner-departed"), 10)).extracting(Finding::identityKey)
                .containsExactlyInAnyOrder(arn("gone"), arn("absent"), arn("team-gone"));
    }

    @Test
    void overprivilegedRecognisesAdminOwnerAndWildcardGrantsOfEachPlatform() {
        Map<String, GrantRecord> cases = Map.ofEntries(
                Map.entry("aws-admin", grant("arn:aws:iam::aws:policy/AdministratorAccess", null)),
                Map.entry("aws-star", grant("*", "*")),
                Map.entry("gcp-owner", grant("roles/owner", "projects/p1")),
                Map.entry("gcp-editor", grant("roles/editor", "projects/p1")),
                Map.entry("azure-sub-owner", grant("Owner", "/subscriptions/0000-1111")),
                Map.entry("k8s-cluster-admin", new GrantRecord("ClusterRole/cluster-admin", "cluster", "ClusterRoleBinding/x", null)),
                Map.entry("k8s-wildcard-verbs", grant("*", "pods in namespace:prod")),
                Map.entry("github-admin", grant("admin:org", "organization")),
                Map.entry("vault-sudo", grant("sudo-ops", null)),
                // not privileged
                Map.entry("aws-s3-read", grant("s3:GetObject", "arn:aws:s3:::bucket/*")),
                Map.entry("gcp-viewer", grant("roles/viewer", "projects/p1")),
                Map.entry("azure-rg-contributor", grant("Contributor", "/subscriptions/0000-1111/resourceGroups/rg1")),
                Map.entry("k8s-get-pods", grant("get,list", "pods in namespace:prod")),
                Map.entry("github-read", grant("contents:read", "repositories:all")));
        Set<String> fired = firing("overprivileged", w -> cases.forEach((n, g) ->
                w.add(identity(arn(n), "service-account").name(n).grants(List.of(g)).build())));
        assertThat(fired).containsExactlyInAnyOrder(arn("aws-admin"), arn("aws-star"), arn("gcp-owner"), arn("gcp-editor"),
                arn("azure-sub-owner"), arn("k8s-cluster-admin"), arn("k8s-wildcard-verbs"), arn("github-admin"), arn("vault-sudo"));
    }

    @Test
    void noExpiryFiresForSecretsThatNeverExpireOrExpireOverAYearAwayWhereExpiryIsPossible() {
        Instant in364 = GENERATED.plus(Duration.ofDays(364));
        Instant in366 = GENERATED.plus(Duration.ofDays(366));
        Instant forever = Instant.parse("9999-12-31T23:59:59Z");
        Set<String> fired = firing("no-expiry", w -> {
            w.add(identity(arn("pat-none"), "api-token").credentials(List.of(cred("t", "fine-grained-pat", null))).build());
            w.add(identity(arn("pat-364"), "api-token").credentials(List.of(cred("t", "fine-grained-pat", in364))).build());
            w.add(identity(arn("secret-366"), "service-principal").credentials(List.of(cred("s", "client-secret", in366))).build());
            w.add(identity(arn("gcp-9999"), "service-account").credentials(List.of(cred("k", "user-managed-key", forever))).build());
            w.add(identity(arn("aws-key"), "iam-user").credentials(List.of(cred("k", "aws-access-key", null))).build());
            w.add(identity(arn("vault"), "vault-token").attributes(Map.of("nonExpiring", true)).build());
        });
        assertThat(fired).containsExactlyInAnyOrder(arn("pat-none"), arn("secret-366"), arn("gcp-9999"), arn("vault"));
    }

    private static CredentialRecord cred(String id, String kind, Instant expires) {
        return new CredentialRecord(id, null, kind, true, daysBefore(10), daysBefore(10), daysBefore(1), expires);
    }

    @Test
    void humanUseFiresForAConsolePasswordOnAnIdentityThatSoftwareAlsoUses() {
        CredentialRecord password = new CredentialRecord("password", null, "console-password", true, null, daysBefore(5), daysBefore(1), null);
        CredentialRecord noPassword = new CredentialRecord("password", null, "console-password", false, null, daysBefore(5), null, null);
        Set<String> fired = firing("human-use", w -> {
            w.add(identity(arn("mixed"), "iam-user").credentials(List.of(password)).children(List.of(identity(arn("mixed") + "#key1",
                    "access-key").credentials(List.of(key("key1", true, daysBefore(5), daysBefore(1)))).build())).build());
            w.add(identity(arn("person"), "iam-user").credentials(List.of(password)).build());
            w.add(identity(arn("service"), "iam-user").credentials(List.of(noPassword)).children(List.of(identity(arn("service") + "#key1",
                    "access-key").credentials(List.of(key("key1", true, daysBefore(5), daysBefore(1)))).build())).build());
            w.add(identity(arn("sa"), "service-account").attributes(Map.of("interactiveLogin", true)).build());
        });
        assertThat(fired).containsExactlyInAnyOrder(arn("mixed"), arn("sa"));
    }

    @Test
    void multipleActiveKeysCountsActiveKeysAcrossAUsersKeyChildren() {
        Set<String> fired = firing("multiple-active-keys", w -> {
            w.add(identity(arn("two"), "iam-user").children(List.of(
                    identity(arn("two") + "#key1", "access-key").credentials(List.of(key("key1", true, daysBefore(5), null))).build(),
                    identity(arn("two") + "#key2", "access-key").credentials(List.of(key("key2", true, daysBefore(5), null))).build())).build());
            w.add(identity(arn("one-active"), "iam-user").children(List.of(
                    identity(arn("one-active") + "#key1", "access-key").credentials(List.of(key("key1", true, daysBefore(5), null))).build(),
                    identity(arn("one-active") + "#key2", "access-key").credentials(List.of(key("key2", false, daysBefore(5), null))).build()))
                    .build());
        });
        assertThat(fired).containsExactly(arn("two"));
    }

    @Test
    void staticKeyForWorkloadFiresForUserManagedKeysLegacyTokensAndServiceUsersKeys() {
        Set<String> fired = firing("static-key-for-workload", w -> {
            w.add(identity(arn("gcp-sa"), "service-account").credentials(List.of(cred("k1", "user-managed-key", null))).build());
            w.add(identity(arn("gcp-google"), "service-account").credentials(List.of(cred("k1", "google-managed-key", null))).build());
            w.add(identity(arn("k8s"), "workload").credentials(List.of(cred("tok", "legacy-sa-token", null))).build());
            w.add(identity(arn("svc-user"), "iam-user").attributes(Map.of("serviceUser", true)).children(List.of(identity(arn("svc-user")
                    + "#key1", "access-key").credentials(List.of(key("key1", true, daysBefore(5), null))).build())).build());
            w.add(identity(arn("human-user"), "iam-user").attributes(Map.of("serviceUser", false)).children(List.of(identity(arn("human-user")
                    + "#key1", "access-key").credentials(List.of(key("key1", true, daysBefore(5), null))).build())).build());
        });
        assertThat(fired).containsExactlyInAnyOrder(arn("gcp-sa"), arn("k8s"), arn("svc-user"));
    }

    @Test
    void agentStandingPrivilegeFiresForAgentsWithUnconditionalPrivilegedGrantsOnly() {
        Set<String> fired = firing("agent-standing-privilege", w -> {
            w.add(identity(arn("agent-admin"), "ai-agent").grants(List.of(grant("roles/owner", "projects/p"))).build());
            w.add(identity(arn("agent-conditional"), "ai-agent").grants(List.of(new GrantRecord("roles/owner", "projects/p", "binding",
                    "request.time < timestamp('2025-07-01T00:00:00Z')"))).build());
            w.add(identity(arn("agent-reader"), "ai-agent").grants(List.of(grant("roles/viewer", "projects/p"))).build());
            w.add(identity(arn("sa-admin"), "service-account").grants(List.of(grant("roles/owner", "projects/p"))).build());
        });
        assertThat(fired).containsExactly(arn("agent-admin"));
    }

    @Test
    void findingsKeepTheSnapshotTheyWereFirstSeenInAndResolveInTheSnapshotThatCleansThem() {
        var first = snapshot(store, "aws:111122223333", GENERATED, w -> w.add(user("ci", key("key1", true, daysBefore(100), daysBefore(1)))));
        FindingEngine engine = findings.engine();
        store.write(tx -> engine.refreshSnapshot(tx, first.id(), FindingSettings.DEFAULTS, findings.now(), FindingProgress.NONE));
        var second = snapshot(store, "aws:111122223333", GENERATED, w -> w.add(user("ci", key("key1", true, daysBefore(100), daysBefore(1)))));
        store.write(tx -> engine.refreshSnapshot(tx, second.id(), FindingSettings.DEFAULTS, findings.now(), FindingProgress.NONE));
        Finding f = findings.openFindings(arn("ci")).stream().filter(x -> x.rule().id().equals("stale-credential")).findFirst().orElseThrow();
        assertThat(f.firstSeenSnapshot()).isEqualTo(first.id());

        var third = snapshot(store, "aws:111122223333", GENERATED, w -> w.add(user("ci", key("key1", true, daysBefore(3), daysBefore(1)))));
        RefreshReport r = store.write(tx -> engine.refreshSnapshot(tx, third.id(), FindingSettings.DEFAULTS, findings.now(), FindingProgress.NONE));
        assertThat(r.resolved()).isEqualTo(1);
        Object resolvedIn = store.read(ctx -> ctx.fetchValue("SELECT resolved_snapshot FROM finding WHERE rule = 'stale-credential'"));
        assertThat(((Number) resolvedIn).longValue()).isEqualTo(third.id());
    }

    @Test
    void aSecondSourceIsRecomputedAloneAndEachFindingNamesItsOwnSnapshot() {
        FindingEngine engine = findings.engine();
        var first = snapshot(store, "aws:111122223333", GENERATED, w -> w.add(user("ci", key("key1", true, daysBefore(100), daysBefore(1)))));
        store.write(tx -> engine.refreshSnapshot(tx, first.id(), FindingSettings.DEFAULTS, findings.now(), FindingProgress.NONE));
        Object seenBefore = store.read(ctx -> ctx.fetchValue("SELECT last_seen_at FROM finding WHERE identity_key = ? AND rule = 'stale-credential'",
                arn("ci")));

        var other = snapshot(store, "aws:444455556666", GENERATED, w -> w.add(user("deploy", key("key1", true, daysBefore(100), daysBefore(1)))));
        RefreshReport r = store.write(tx -> engine.refreshSnapshot(tx, other.id(), FindingSettings.DEFAULTS, findings.now().plusSeconds(60),
                FindingProgress.NONE));

        assertThat(r.stillOpen()).as("the first source's findings are not part of the second import's scope").isZero();
        Object seenAfter = store.read(ctx -> ctx.fetchValue("SELECT last_seen_at FROM finding WHERE identity_key = ? AND rule = 'stale-credential'",
                arn("ci")));
        assertThat(seenAfter).isEqualTo(seenBefore);
        Object firstSeen = store.read(ctx -> ctx.fetchValue("SELECT first_seen_snapshot FROM finding WHERE identity_key LIKE '%deploy'"
                + " AND rule = 'stale-credential'"));
        assertThat(((Number) firstSeen).longValue()).isEqualTo(other.id());
        Finding ci = findings.openFindings(arn("ci")).stream().filter(x -> x.rule().id().equals("stale-credential")).findFirst().orElseThrow();
        assertThat(ci.firstSeenSnapshot()).isEqualTo(first.id());
    }
}
