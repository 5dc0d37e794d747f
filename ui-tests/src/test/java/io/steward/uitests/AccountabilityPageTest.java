package io.steward.uitests;

import static io.steward.model.findings.GovernanceFixture.GENERATED;
import static io.steward.model.findings.GovernanceFixture.grant;
import static io.steward.model.findings.GovernanceFixture.identity;
import static io.steward.model.findings.GovernanceFixture.people;
import static io.steward.model.findings.GovernanceFixture.person;
import static io.steward.model.findings.GovernanceFixture.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.Workspace;
import io.steward.model.findings.Accountability;
import io.steward.model.findings.FindingProgress;
import io.steward.model.findings.Orphan;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.owners.CurrentOwner;
import io.steward.model.owners.OwnerRef;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Clears a small orphan queue in the real console from the keyboard: owners typed with completion from the people
 * directory (by login and team), a backup, a misspelt name refused and replaced by the nearest name offered, an owner
 * hint accepted; each assignment moves on to the next orphan. And owner hints accepted after their preview, bulk rules
 * previewed (a bad rule named by line and column) and applied. The ledger then holds every assignment and verifies.
 */
class AccountabilityPageTest extends ConsoleTest {
    static String key(String namespace, String name) {
        return "k8s:prod|system:serviceaccount:" + namespace + ":" + name;
    }

    @Test
    void clearsTheOrphanQueueFromTheKeyboard() throws Exception {
        Path ledger = ledgerWithOrphans();
        start(ledger);

        robot.clickOn("#navAccountability");
        @SuppressWarnings("unchecked")
        TableView<Orphan> queue = robot.lookup("#accountability-queue").queryAs(TableView.class);
        Label status = robot.lookup("#accountability-status").queryAs(Label.class);
        TextField owner = robot.lookup("#accountability-owner").queryAs(TextField.class);
        TextField backup = robot.lookup("#accountability-backup").queryAs(TextField.class);
        waitUntil(() -> queue.getItems().size() == 4, status);
        waitUntil(() -> queue.getSelectionModel().getSelectedIndex() == 0, status);
        try {
            waitUntil(queue::isFocused);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the queue is not focused; focus is on " + queue.getScene().getFocusOwner(), e);
        }
        assertThat(queue.getItems().get(0).identityKey()).as("riskiest first").isEqualTo(key("ops", "agent"));
        assertThat(robot.lookup("#accountability-help").queryAs(Label.class).getText()).contains("O or Enter").contains("A accept");

        // 1. ops/agent: O, a login, the completion's first entry, Enter
        robot.type(KeyCode.O);
        robot.write("cgarc");
        chooseCompletion(owner, "carol@example.com");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> status.getText().startsWith("Assigned carol@example.com to ops/agent"), status);
        waitUntil(() -> queue.getItems().size() == 3 && selected(queue).equals(key("ops", "admin")), status);

        // 2. ops/admin: a team as owner, a backup, Enter
        robot.write("team:op");
        chooseCompletion(owner, "team:ops");
        robot.type(KeyCode.TAB);
        robot.write("dave@example.com");
        settle();
        assertThat(backup.getText()).isEqualTo("dave@example.com");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> status.getText().startsWith("Assigned team:ops (backup dave@example.com) to ops/admin"), status);
        waitUntil(() -> queue.getItems().size() == 2 && selected(queue).equals(key("legacy", "ftp")), status);

        // 3. legacy/ftp (its owner left): a misspelt name is refused, the nearest name offered is taken with Alt+1
        robot.type(KeyCode.ESCAPE);
        waitUntil(queue::isFocused);
        robot.type(KeyCode.O);
        robot.write("alise");
        settle();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> status.getText().startsWith("Refused, nothing written: 'alise' is not in the people directory"), status);
        waitUntil(() -> robot.lookup("#accountability-nearest-0").tryQuery().isPresent());
        robot.press(KeyCode.ALT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.ALT);
        waitUntil(() -> owner.getText().equals("alice@example.com") && owner.isFocused(), status);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> status.getText().startsWith("Assigned alice@example.com to legacy/ftp"), status);
        waitUntil(() -> queue.getItems().size() == 1 && selected(queue).equals(key("payments", "api")), status);

        // 4. payments/api: back to the queue, A accepts its owner hint
        robot.type(KeyCode.ESCAPE);
        waitUntil(queue::isFocused);
        waitUntil(() -> !robot.lookup("#accountability-accept-hint").query().isDisabled(), status);
        robot.type(KeyCode.A);
        waitUntil(() -> status.getText().startsWith("Assigned alice@example.com to payments/api from its owner hint 'octocat'"), status);
        waitUntil(() -> queue.getItems().isEmpty(), status);
        assertThat(robot.lookup("#accountability-queue-count").queryAs(Label.class).getText()).startsWith("The orphan queue is empty");

        Accountability a = workspace.accountability();
        assertThat(current(a, "ops", "agent").owner()).isEqualTo(OwnerRef.person("carol@example.com"));
        assertThat(current(a, "ops", "admin").owner()).isEqualTo(OwnerRef.team("ops"));
        assertThat(current(a, "ops", "admin").backup()).isEqualTo(OwnerRef.person("dave@example.com"));
        assertThat(current(a, "legacy", "ftp").owner()).isEqualTo(OwnerRef.person("alice@example.com"));
        assertThat(a.owners().history(key("legacy", "ftp"))).extracting(c -> c.owner().name())
                .containsExactly("bob@example.com", "alice@example.com");
        assertThat(current(a, "payments", "api").reason()).contains("owner hint 'octocat'");
        assertThat(a.orphanCount()).isZero();
        assertThat(workspace.verify((Path) null, (d, t) -> { }, () -> false).ok()).isTrue();
    }

    @Test
    void acceptsOwnerHintsAfterAPreviewAndAppliesBulkRulesFromTheKeyboard() throws Exception {
        Path ledger = ledgerWithOrphans();
        java.nio.file.Files.writeString(dir.resolve("owners.rules"), "# ops\nnamespace=ops colour=red owner=team:ops\n");
        start(ledger);
        robot.clickOn("#navAccountability");
        @SuppressWarnings("unchecked")
        TableView<Orphan> queue = robot.lookup("#accountability-queue").queryAs(TableView.class);
        Label status = robot.lookup("#accountability-status").queryAs(Label.class);
        waitUntil(() -> queue.getItems().size() == 4 && queue.isFocused(), status);

        // Suggestions: Shift+A shows what would be assigned; Enter confirms
        robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        TableView<?> hints = robot.lookup("#accountability-suggestions").queryAs(TableView.class);
        javafx.scene.control.TabPane tabs = robot.lookup("#accountability-tabs").queryAs(javafx.scene.control.TabPane.class);
        waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 1, status);
        waitUntil(() -> hints.isFocused() && hints.getItems().size() == 1, status);
        assertThat(robot.lookup("#accountability-help").queryAs(Label.class).getText()).contains("Shift+A");
        robot.press(KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("payments/api: no owner → alice@example.com");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> status.getText().equals("Assigned 1 owner from owner hints."), status);
        waitUntil(() -> hints.getItems().isEmpty() && queue.getItems().size() == 3, status);

        // Bulk rules: the file beside the ledger is loaded; Ctrl+P names the bad rule and puts the caret on it
        robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        javafx.scene.control.TextArea text = robot.lookup("#accountability-rules-text").queryAs(javafx.scene.control.TextArea.class);
        waitUntil(() -> text.isFocused() && text.getText().startsWith("# ops"), status);
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        Label error = robot.lookup("#accountability-rules-error").queryAs(Label.class);
        waitUntil(() -> error.getText().contains("owners.rules, line 2, column 15: unknown key 'colour'"), status);
        assertThat(text.getCaretPosition()).as("at line 2, column 15").isEqualTo("# ops\n".length() + 14);
        assertThat(workspace.accountability().owners().current(key("ops", "agent"))).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("namespace=ops owner=team:ops backup=dave@example.com\n");
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        TableView<?> plan = robot.lookup("#accountability-rules-plan").queryAs(TableView.class);
        waitUntil(() -> plan.getItems().size() == 2 && error.getText().isEmpty(), status);
        assertThat(status.getText()).startsWith("Dry run: 2 identities would change; nothing written.");

        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains("ops/agent: no owner → team:ops (backup dave@example.com)");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> status.getText().equals("Applied owners.rules: 2 identities assigned in one transaction, one ledger entry each."),
                status);
        waitUntil(() -> queue.getItems().size() == 1, status);
        assertThat(current(workspace.accountability(), "ops", "admin").owner()).isEqualTo(OwnerRef.team("ops"));
        assertThat(current(workspace.accountability(), "payments", "api").owner()).isEqualTo(OwnerRef.person("alice@example.com"));
        assertThat(workspace.verify((Path) null, (d, t) -> { }, () -> false).ok()).isTrue();
    }

    /** Four orphans (an agent, an admin, a hinted workload, one whose owner left) and a people directory. */
    private Path ledgerWithOrphans() {
        Path ledger = dir.resolve("owners.steward");
        try (Workspace w = Workspace.openOrCreate(ledger, "alice", dir.resolve("keys"))) {
            snapshot(w.ledger().store(), "k8s:prod", GENERATED, s -> {
                s.add(identity("system:serviceaccount:ops:agent", "ai-agent").name("ops/agent")
                        .grants(List.of(grant("*", "pods in cluster"))).build());
                s.add(identity("system:serviceaccount:ops:admin", "workload").name("ops/admin")
                        .grants(List.of(new GrantRecord("ClusterRole/cluster-admin", "cluster", "crb", null))).build());
                s.add(identity("system:serviceaccount:payments:api", "workload").name("payments/api").ownerHint("octocat").build());
                s.add(identity("system:serviceaccount:legacy:ftp", "workload").name("legacy/ftp").build());
            });
            people(w.ledger().store(), List.of(person("p1", "alice@example.com", "Alice Adams", "payments", false, "octocat"),
                    person("p2", "bob@example.com", "Bob Brown", "ops", true),
                    person("p3", "carol@example.com", "Carol Garcia", "ml", false, "cgarcia"),
                    person("p4", "dave@example.com", "Dave Diaz", "ops", false)));
            Accountability a = w.accountability();
            a.findings().refresh(FindingProgress.NONE);
            a.assign("alice", key("legacy", "ftp"), "bob@example.com", null, "assigned at the 2024 review", true);
        }
        return ledger;
    }

    /** Waits for the completion list, takes its first entry with Enter, and checks what landed in the field. */
    private void chooseCompletion(TextField field, String expected) throws Exception {
        waitUntil(this::completionShowing);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> field.getText().equals(expected) && !completionShowing());
    }

    /** Typed text is completed after a short delay: let the last request answer (none here) before pressing Enter. */
    private void settle() throws Exception {
        Thread.sleep(700);
        waitUntil(() -> !completionShowing());
    }

    private boolean completionShowing() {
        // the popup's list carries the style class (so does the popup's own root)
        return robot.lookup(n -> n instanceof ListView && n.getStyleClass().contains("auto-complete-popup")).tryQuery()
                .filter(n -> n.isVisible() && n.getScene() != null && n.getScene().getWindow().isShowing())
                .map(n -> !((ListView<?>) n).getItems().isEmpty()).orElse(false);
    }

    private static String selected(TableView<Orphan> queue) {
        Orphan o = queue.getSelectionModel().getSelectedItem();
        return o == null ? "" : o.identityKey();
    }

    private static CurrentOwner current(Accountability a, String namespace, String name) {
        return a.owners().current(key(namespace, name)).orElseThrow();
    }

    static void waitUntil(java.util.concurrent.Callable<Boolean> condition, Label status) throws Exception {
        CampaignReviewTest.waitUntil(condition, status);
    }
}
