package io.steward.app.ui.accountability;

import static io.steward.model.findings.GovernanceFixture.GENERATED;
import static io.steward.model.findings.GovernanceFixture.grant;
import static io.steward.model.findings.GovernanceFixture.identity;
import static io.steward.model.findings.GovernanceFixture.people;
import static io.steward.model.findings.GovernanceFixture.person;
import static io.steward.model.findings.GovernanceFixture.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.Workspace;
import io.steward.app.ui.common.InlineTaskExecutor;
import io.steward.app.ui.common.RecordingDialogService;
import io.steward.model.findings.Accountability;
import io.steward.model.findings.FindingProgress;
import io.steward.model.findings.Orphan;
import io.steward.model.findings.Suggestion;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.owners.CurrentOwner;
import io.steward.model.owners.OwnerRef;
import io.steward.model.people.PeopleDirectory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Accountability page's view models on a real ledger with real services, without the toolkit (inline executor). */
class AccountabilityViewModelTest {
    @TempDir
    Path dir;
    final RecordingDialogService dialogs = new RecordingDialogService();
    Workspace workspace;
    Accountability accountability;
    AccountabilityViewModel vm;

    @BeforeEach
    void open() {
        workspace = Workspace.openOrCreate(dir.resolve("owners.steward"), "alice", dir.resolve("keys"),
                Clock.fixed(Instant.parse("2025-07-02T00:00:00Z"), ZoneOffset.UTC));
        var store = workspace.ledger().store();
        snapshot(store, "k8s:prod", GENERATED, w -> {
            w.add(identity("system:serviceaccount:ops:agent", "ai-agent").name("ops/agent").grants(List.of(grant("*", "pods in cluster")))
                    .build());
            w.add(identity("system:serviceaccount:ops:admin", "workload").name("ops/admin")
                    .grants(List.of(new GrantRecord("ClusterRole/cluster-admin", "cluster", "crb", null))).build());
            w.add(identity("system:serviceaccount:payments:api", "workload").name("payments/api").ownerHint("octocat").build());
            w.add(identity("system:serviceaccount:payments:batch", "workload").name("payments/batch").ownerHint("nobody-known").build());
            w.add(identity("system:serviceaccount:ml:trainer", "workload").name("ml/trainer").ownerHint("cgarcia").build());
            w.add(identity("system:serviceaccount:legacy:ftp", "workload").name("legacy/ftp").build());
        });
        people(store, List.of(person("p1", "alice@example.com", "Alice Adams", "payments", false, "octocat"),
                person("p2", "bob@example.com", "Bob Brown", "ops", true),
                person("p3", "carol@example.com", "Carol Garcia", "ml", false, "cgarcia"),
                person("p4", "dave@example.com", "Dave Diaz", "ops", false)));
        accountability = workspace.accountability();
        accountability.findings().refresh(FindingProgress.NONE);
        accountability.assign("alice", key("legacy", "ftp"), "bob@example.com", null, "assigned at the 2024 review", true);
        vm = new AccountabilityViewModel(accountability, "alice", InlineTaskExecutor.immediate(), dialogs, workspace.ledgerFile());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    static String key(String namespace, String name) {
        return "k8s:prod|system:serviceaccount:" + namespace + ":" + name;
    }

    @Test
    void theQueueIsRiskiestFirstWithItsCountAndTheSelectedIdentitysDetails() {
        vm.start();
        OrphanQueueViewModel queue = vm.queue();

        assertThat(queue.orphans()).extracting(Orphan::identityKey).startsWith(key("ops", "agent"), key("ops", "admin"))
                .contains(key("legacy", "ftp")).hasSize(6);
        assertThat(queue.totalProperty().get()).isEqualTo(6);
        assertThat(queue.pageInfoProperty().get()).isEqualTo("6 orphans · riskiest first");
        assertThat(queue.orphans()).filteredOn(o -> o.identityKey().equals(key("legacy", "ftp"))).extracting(Orphan::why, Orphan::owner)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("owner left", "bob@example.com"));
        assertThat(queue.selectedProperty().get()).isZero();
        assertThat(queue.detailsProperty().get()).contains("ops/agent").contains("In the queue: no owner").contains("worst open finding")
                .contains("never assigned");

        queue.selectedProperty().set(queue.orphans().indexOf(find(queue, key("legacy", "ftp"))));
        assertThat(queue.detailsProperty().get()).contains("In the queue: owner left (bob@example.com has left")
                .contains("bob@example.com — assigned at the 2024 review (by alice, entry").doesNotContain("never assigned");
    }

    @Test
    void assigningRecordsOwnerBackupAndReasonAndMovesToTheNextOrphan() {
        vm.start();
        OrphanQueueViewModel queue = vm.queue();
        // completion by e-mail, name, login and team, from the people directory; who left is not offered
        assertThat(queue.completions("cgar")).extracting(PeopleDirectory.Completion::value).containsExactly("carol@example.com");
        assertThat(queue.completions("dave")).extracting(PeopleDirectory.Completion::value).containsExactly("dave@example.com");
        assertThat(queue.completions("ops")).extracting(PeopleDirectory.Completion::value).containsExactly("team:ops");
        assertThat(queue.completions("bob")).isEmpty();
        assertThat(queue.completions("dave@example.com")).as("nothing to complete").isEmpty();

        queue.ownerProperty().set("dave@example.com");
        queue.backupProperty().set("team:ops");
        queue.assign();

        assertThat(vm.statusProperty().get()).startsWith("Assigned dave@example.com (backup team:ops) to ops/agent");
        CurrentOwner owner = accountability.owners().current(key("ops", "agent")).orElseThrow();
        assertThat(owner.owner()).isEqualTo(OwnerRef.person("dave@example.com"));
        assertThat(owner.backup()).isEqualTo(OwnerRef.team("ops"));
        assertThat(owner.reason()).isEqualTo(OrphanQueueViewModel.DEFAULT_REASON);
        assertThat(queue.orphans()).extracting(Orphan::identityKey).doesNotContain(key("ops", "agent")).hasSize(5);
        assertThat(queue.current().identityKey()).as("the next orphan").isEqualTo(key("ops", "admin"));
        assertThat(queue.ownerProperty().get()).isEmpty();
        assertThat(queue.backupProperty().get()).isEmpty();

        // a login is matched too; the reason typed once stays for the next assignments
        queue.reasonProperty().set("Q3 clean-up");
        queue.ownerProperty().set("cgarcia");
        queue.assign();
        assertThat(accountability.owners().current(key("ops", "admin")).orElseThrow().owner()).isEqualTo(OwnerRef.person("carol@example.com"));
        assertThat(accountability.owners().current(key("ops", "admin")).orElseThrow().reason()).isEqualTo("Q3 clean-up");
        assertThat(queue.totalProperty().get()).isEqualTo(4);
        assertThat(accountability.owners().history(key("ops", "admin"))).hasSize(1);
        assertThat(workspace.verify((Path) null, (d, t) -> { }, () -> false).ok()).isTrue();
    }

    @Test
    void anUnknownOwnerIsRefusedWithTheNearestNamesUnlessUnknownNamesAreAllowed() {
        vm.start();
        OrphanQueueViewModel queue = vm.queue();
        long entries = head();

        queue.ownerProperty().set("alise@example.com");
        queue.assign();
        assertThat(vm.statusProperty().get()).startsWith("Refused, nothing written: 'alise@example.com' is not in the people directory")
                .contains("tick 'Allow unknown names' (Alt+U)");
        assertThat(queue.nearest()).first().isEqualTo("alice@example.com");
        assertThat(queue.nearestForProperty().get()).isEqualTo("owner");
        assertThat(head()).as("nothing written").isEqualTo(entries);
        assertThat(queue.current().identityKey()).as("still on the same identity").isEqualTo(key("ops", "agent"));

        queue.ownerProperty().set("dave@example.com");
        queue.backupProperty().set("bob@example.com");
        queue.assign();
        assertThat(vm.statusProperty().get()).contains("'bob@example.com' has left");
        assertThat(queue.nearestForProperty().get()).isEqualTo("backup");
        String nearest = queue.nearest().get(0);
        queue.useNearest(0);
        assertThat(queue.backupProperty().get()).isEqualTo(nearest);
        assertThat(queue.nearest()).isEmpty();

        // allowed: a contractor the directory does not know; the identity stays in the queue (owner not in the directory)
        queue.backupProperty().set("");
        queue.ownerProperty().set("contractor@partner.example");
        vm.allowUnknownProperty().set(true);
        queue.assign();
        assertThat(accountability.owners().current(key("ops", "agent")).orElseThrow().owner().name()).isEqualTo("contractor@partner.example");
        assertThat(queue.orphans()).filteredOn(o -> o.identityKey().equals(key("ops", "agent"))).extracting(Orphan::why)
                .containsExactly("owner left");
        int at = queue.orphans().indexOf(find(queue, key("ops", "agent")));
        assertThat(queue.selectedProperty().get()).as("moved past it all the same").isEqualTo(at + 1);
    }

    @Test
    void acceptingOwnerHintsShowsThePreviewFirstAndAssignsOnlyOnYes() {
        vm.start();
        SuggestionsViewModel suggestions = vm.suggestions();
        assertThat(suggestions.suggestions()).extracting(Suggestion::name).containsExactly("ml/trainer", "payments/api", "payments/batch");
        assertThat(suggestions.summaryProperty().get()).isEqualTo("3 owner hints · 2 name someone in the people directory");
        long entries = head();

        dialogs.confirmAnswer = false;
        suggestions.acceptAll();
        RecordingDialogService.Shown preview = dialogs.shown.get(dialogs.shown.size() - 1);
        assertThat(preview.kind()).isEqualTo("confirm");
        assertThat(preview.title()).isEqualTo("Accept 2 suggestions");
        assertThat(preview.message()).contains("2 identities will get a new owner").contains("ml/trainer: no owner → carol@example.com")
                .contains("payments/api: no owner → alice@example.com").contains("Left for you to assign: 1 hint naming nobody");
        assertThat(vm.statusProperty().get()).isEqualTo("Nothing assigned.");
        assertThat(head()).isEqualTo(entries);

        dialogs.confirmAnswer = true;
        suggestions.accept(List.of(suggestions.suggestions().get(1), suggestions.suggestions().get(2)));
        assertThat(dialogs.shown.get(dialogs.shown.size() - 1).message()).contains("payments/api").doesNotContain("ml/trainer");
        assertThat(vm.statusProperty().get()).isEqualTo("Assigned 1 owner from owner hints. Left for you to assign: 1 hint naming nobody"
                + " in the people directory.");
        assertThat(accountability.owners().current(key("payments", "api")).orElseThrow().owner()).isEqualTo(OwnerRef.person("alice@example.com"));
        assertThat(accountability.owners().current(key("payments", "api")).orElseThrow().reason()).contains("owner hint 'octocat'");
        assertThat(suggestions.suggestions()).extracting(Suggestion::name).containsExactly("ml/trainer", "payments/batch");

        // one at a time from the queue: A on the selected orphan
        OrphanQueueViewModel queue = vm.queue();
        queue.refresh();
        queue.selectedProperty().set(queue.orphans().indexOf(find(queue, key("ml", "trainer"))));
        assertThat(queue.suggestionProperty().get().suggested()).isEqualTo(OwnerRef.person("carol@example.com"));
        queue.acceptSuggestion();
        assertThat(accountability.owners().current(key("ml", "trainer")).orElseThrow().owner()).isEqualTo(OwnerRef.person("carol@example.com"));
        assertThat(vm.statusProperty().get()).startsWith("Assigned carol@example.com to ml/trainer from its owner hint 'cgarcia'");
    }

    @Test
    void rulesAreLoadedFromBesideTheLedgerPreviewedWithLineAndColumnOfAnErrorAndAppliedInOneGo() throws Exception {
        Path file = Files.writeString(dir.resolve(AccountabilityViewModel.RULES_FILE),
                "# ops\nnamespace=ops owner=team:ops backup=dave@example.com\nnamespace=payments colour=red owner=team:payments\n",
                StandardCharsets.UTF_8);
        vm.start();
        OwnershipRulesViewModel rules = vm.rules();
        assertThat(rules.fileProperty().get()).isEqualTo(file);
        assertThat(rules.textProperty().get()).startsWith("# ops");
        assertThat(rules.modifiedProperty().get()).isFalse();
        long entries = head();

        rules.preview();
        assertThat(rules.errorLineProperty().get()).isEqualTo(3);
        assertThat(rules.errorColumnProperty().get()).isEqualTo(20);
        assertThat(rules.errorProperty().get()).contains("owners.rules, line 3, column 20: unknown key 'colour'");
        assertThat(vm.statusProperty().get()).startsWith("Rule error, nothing written:");
        assertThat(rules.plan()).isEmpty();

        rules.textProperty().set("# ops\nnamespace=ops owner=team:ops backup=dave@example.com\nnamespace=payments owner=alise@example.com\n");
        assertThat(rules.modifiedProperty().get()).isTrue();
        rules.preview();
        assertThat(rules.errorProperty().get()).contains("line 3, column 26").contains("nearest names: alice@example.com");
        assertThat(rules.errorLineProperty().get()).isEqualTo(3);

        rules.textProperty().set("# ops\nnamespace=ops owner=team:ops backup=dave@example.com\nnamespace=payments owner=alice@example.com\n");
        rules.preview();
        assertThat(rules.errorProperty().get()).isEmpty();
        assertThat(rules.errorLineProperty().get()).isZero();
        assertThat(rules.plan()).extracting(p -> p.name() + " → " + p.assignment().owner())
                .containsExactlyInAnyOrder("ops/agent → team:ops", "ops/admin → team:ops", "payments/api → alice@example.com",
                        "payments/batch → alice@example.com");
        assertThat(vm.statusProperty().get()).startsWith("Dry run: 4 identities would change; nothing written.");
        assertThat(head()).isEqualTo(entries);

        dialogs.confirmAnswer = true;
        rules.apply();
        assertThat(dialogs.shown.get(dialogs.shown.size() - 1).message()).contains("4 identities will get a new owner")
                .contains("ops/agent: no owner → team:ops (backup dave@example.com)").contains("Rules: owners.rules");
        assertThat(vm.statusProperty().get()).isEqualTo("Applied owners.rules: 4 identities assigned in one transaction, one ledger entry each.");
        assertThat(head()).isEqualTo(entries + 4);
        assertThat(accountability.owners().current(key("ops", "admin")).orElseThrow().backup()).isEqualTo(OwnerRef.person("dave@example.com"));
        rules.preview();
        assertThat(rules.plan()).as("applying twice changes nothing").isEmpty();

        rules.save();
        assertThat(Files.readString(file)).contains("owner=alice@example.com");
        assertThat(rules.modifiedProperty().get()).isFalse();
        assertThat(workspace.verify((Path) null, (d, t) -> { }, () -> false).ok()).isTrue();
    }

    private long head() {
        return workspace.ledger().head().orElseThrow().seq();
    }

    private static Orphan find(OrphanQueueViewModel queue, String key) {
        return queue.orphans().stream().filter(o -> o.identityKey().equals(key)).findFirst().orElseThrow();
    }
}
