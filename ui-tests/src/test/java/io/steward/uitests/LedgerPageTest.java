package io.steward.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import io.steward.app.Workspace;
import io.steward.model.ledger.Ledger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The real console, headless, on real ledger files: navigate to the Ledger page, verify an intact
 * ledger, then one an attacker edited with plain SQL. One class, so the toolkit starts once.
 */
class LedgerPageTest extends ConsoleTest {
    @Test
    void verifiesAnIntactLedgerAndWritesACheckpoint() throws Exception {
        Path ledger = ledgerWithEntriesAndACheckpoint("intact.steward");
        start(ledger);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        TableView<?> table = robot.lookup("#ledgerTable").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        assertThat(table.getItems()).hasSize(7); // five entries, the checkpoint and the key it pinned

        robot.clickOn("#verifyButton");
        Node status = robot.lookup("#verificationStatus").query();
        Label title = robot.lookup("#verificationStatusTitle").queryAs(Label.class);
        waitUntil(() -> title.getText().startsWith("Verified: "));

        String head = workspace.ledger().head().orElseThrow().hash();
        assertThat(title.getText()).isEqualTo("Verified: 7 entries, 3 checkpoints, head " + head.substring(0, 16) + "…");
        assertThat(status.getStyleClass()).contains(Styles.SUCCESS).doesNotContain(Styles.DANGER);
        assertThat(robot.lookup("#verificationStatus .ikonli-font-icon").tryQuery()).isPresent();
        assertThat(status.getAccessibleText()).startsWith("Verified: ");

        robot.clickOn("identity-4");
        TextArea payload = robot.lookup("#entryPayload").queryAs(TextArea.class);
        waitUntil(() -> payload.getText().contains("\"note\" : \"entry 4\""));

        assertEveryControlHasAccessibleText();

        robot.clickOn("#checkpointButton");
        waitUntil(() -> title.getText().startsWith("Checkpoint written: head seq 7"));
        waitUntil(() -> table.getItems().size() == 8);
    }

    @Test
    void namesTheEntryAnAttackerEditedWithPlainSql() throws Exception {
        Path ledger = ledgerWithEntriesAndACheckpoint("tampered.steward");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger); Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER ledger_entry_no_update");
            st.execute("UPDATE ledger_entry SET body = replace(body, 'entry 3', 'entry 7') WHERE seq = 3");
        }
        start(ledger);

        robot.clickOn("#navLedger");
        robot.clickOn("#verifyButton");
        Node status = robot.lookup("#verificationStatus").query();
        Label title = robot.lookup("#verificationStatusTitle").queryAs(Label.class);
        waitUntil(() -> title.getText().startsWith("Broken"));

        assertThat(title.getText()).startsWith("Broken at entry 3: ");
        assertThat(status.getStyleClass()).contains(Styles.DANGER).doesNotContain(Styles.SUCCESS);
    }

    @Test
    void anUncaughtErrorShowsAFriendlyDialogWithCopyableDetails() throws Exception {
        start(ledgerWithEntriesAndACheckpoint("errors.steward"));

        Platform.runLater(() -> {
            throw new IllegalStateException("simulated fault in an event handler");
        });
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Something went wrong");
        assertThat(pane.getContentText()).contains("Error ID E-").doesNotContain("IllegalStateException").doesNotContain("\tat ");
        TextArea details = (TextArea) pane.getExpandableContent().lookup("#errorDetails");
        assertThat(details.getText()).contains("IllegalStateException: simulated fault").contains("\tat ");
        assertThat(details.isEditable()).isFalse();
        robot.clickOn("Close");
    }

    /** Screen readers need a name for every control a user can act on or read a value from. */
    private void assertEveryControlHasAccessibleText() {
        List<Node> controls = robot.lookup(node -> node instanceof ButtonBase || node instanceof TextInputControl
                || node instanceof TableView || node instanceof ProgressIndicator).queryAll().stream().filter(ConsoleTest::onScreen).toList();
        assertThat(controls).hasSizeGreaterThan(10);
        assertThat(controls).allSatisfy(node -> assertThat(node.getAccessibleText()).as(node.toString()).isNotBlank());
    }

    private Path ledgerWithEntriesAndACheckpoint(String name) {
        Path ledger = dir.resolve(name);
        try (Workspace w = Workspace.openOrCreate(ledger, "alice", dir.resolve("keys"))) {
            Ledger l = w.ledger();
            for (int n = 1; n <= 5; n++) {
                l.append("alice", n % 2 == 0 ? io.steward.model.ledger.TestEntries.OWNER_NOTE
                        : io.steward.model.ledger.TestEntries.SNAPSHOT_NOTE, "identity-" + n, io.steward.model.ledger.TestEntries.note(n));
            }
            w.checkpoint();
        }
        return ledger;
    }
}
