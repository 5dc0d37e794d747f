package io.steward.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.ConsoleFixtures;
import io.steward.app.Workspace;
import io.steward.app.ui.imports.ImportFileStatus;
import io.steward.app.ui.imports.ImportViewModel;
import io.steward.app.ui.imports.IssueRow;
import io.steward.model.inventory.query.IdentityRow;
import io.steward.model.ledger.LedgerEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Inventory page in the real console, headless, on real ledger files and real export files: import
 * through the sheet (files handed over as a drop would), see the refused secret in the preview, commit,
 * browse, search and open an identity; a bad file is named with its line and changes nothing.
 */
class InventoryPageTest extends ConsoleTest {
    @Test
    void importsRealFilesThroughTheSheetThenBrowsesSearchesAndOpensAnIdentity() throws Exception {
        start(dir.resolve("fresh.steward"));
        Label empty = robot.lookup("#inventoryEmpty").queryAs(Label.class);
        waitUntil(empty::isVisible);
        assertThat(empty.getText()).isEqualTo("No inventory yet — import a file (Ctrl+I)");

        drop(ConsoleFixtures.copy(dir, ConsoleFixtures.SERVICE_ACCOUNTS), ConsoleFixtures.copy(dir, ConsoleFixtures.JULY));
        ImportViewModel imports = console.inventoryPage().imports();
        waitUntil(() -> imports.files().stream().allMatch(f -> f.status() == ImportFileStatus.READY));
        TableView<IssueRow> issues = table("#importIssues");
        waitUntil(() -> !issues.getItems().isEmpty());
        assertThat(issues.getItems()).singleElement().satisfies(row -> {
            assertThat(row.severity()).isEqualTo("Secret refused");
            assertThat(row.where()).isEqualTo("record 4, line 5");
            assertThat(row.field()).isEqualTo("api_token");
        });
        assertThat(robot.lookup("#factSecretsrefused").queryAs(Node.class).getAccessibleText()).isEqualTo("Secrets refused: 1");
        assertThat(robot.lookup("#importStatusTitle").queryAs(Label.class).getText()).isEqualTo("Ready to import 2 files");
        assertEveryControlHasAccessibleText();

        robot.clickOn("#importCommit");
        Label status = robot.lookup("#importStatusTitle").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("Imported 2 files"));
        assertThat(status.getText()).isEqualTo("Imported 2 files: 18 identities");
        robot.clickOn("#importClose");

        TableView<IdentityRow> rows = table("#inventoryTable");
        waitUntil(() -> rows.getItems().size() == 18 && rows.isVisible());
        assertThat(robot.lookup("#inventoryPageInfo").queryAs(Label.class).getText()).isEqualTo("18 of 18 identities");
        assertThat(workspace.ledger().page(Long.MAX_VALUE, 10, true, null)).extracting(LedgerEntry::kind)
                .containsExactly("snapshot.imported", "snapshot.imported");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        TableView<LedgerEntry> ledger = table("#ledgerTable");
        waitUntil(() -> ledger.getItems().stream().filter(e -> e.kind().equals("snapshot.imported")).count() == 2);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        TextField search = robot.lookup("#inventorySearch").queryAs(TextField.class);
        waitUntil(search::isFocused);
        robot.write("ledger");
        waitUntil(() -> rows.getItems().size() == 2);
        assertThat(rows.getItems()).extracting(IdentityRow::name).containsExactlyInAnyOrder("ledger-etl", "ledger-etl access key 1");

        // Export (Ctrl+E asks for a file in a native chooser; here the chosen file is handed over as the chooser would)
        assertThat(robot.lookup("#exportButton").queryAs(Button.class).isDisabled()).isFalse();
        Path exported = dir.resolve("ledger-identities.csv");
        WaitForAsyncUtils.asyncFx(() -> console.inventoryPage().exports().export(exported)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Label exportTitle = robot.lookup("#exportStatusTitle").queryAs(Label.class);
        waitUntil(() -> exportTitle.getText().equals("Exported 2 identities"));
        assertThat(java.nio.file.Files.readAllLines(exported)).hasSize(3).anySatisfy(l -> assertThat(l).contains("ledger-etl access key 1"));
        robot.clickOn("#exportDismiss");
        // Dismissed, the banner leaves the shell's banner area (which shows only active banners).
        waitUntil(() -> robot.lookup("#export").tryQuery().map(n -> !n.isVisible()).orElse(true));

        robot.clickOn("ledger-etl access key 1");
        Label heading = robot.lookup("#detailHeading").queryAs(Label.class);
        waitUntil(() -> heading.getText().equals("ledger-etl access key 1"));
        waitUntil(() -> robot.lookup(".credential-card").tryQuery().isPresent());
        Node card = robot.lookup(".credential-card").query();
        assertThat(card.getAccessibleText()).startsWith("aws-access-key key1, active, age ").contains("rotated 2024-12-01 10:00 UTC",
                "last used ", "(2025-06-29 04:15 UTC)", "expires no expiry");

        robot.clickOn("ledger-etl · iam-user"); // the link to the user the key belongs to
        waitUntil(() -> heading.getText().equals("ledger-etl"));
        robot.clickOn("#detailBack");
        waitUntil(() -> heading.getText().equals("ledger-etl access key 1"));

        robot.clickOn("#clearFilters");
        waitUntil(() -> rows.getItems().size() == 18);
        // At the default window size the table scrolls sideways, as a user would to reach the column.
        WaitForAsyncUtils.asyncFx(() -> rows.scrollToColumn(rows.getColumns().stream()
                .filter(c -> c.getText().equals("Last used")).findFirst().orElseThrow())).get();
        WaitForAsyncUtils.waitForFxEvents();
        Node lastUsed = header("Last used");
        // The page opens most recently used first, so the header already shows "Last used" descending; a click
        // cycles it as every JavaFX table does: unsorted (the opening order again), then ascending, then descending.
        robot.clickOn(lastUsed);
        waitUntil(() -> rows.getSortOrder().isEmpty());
        robot.clickOn(lastUsed); // header click: SQL order, ascending (never used first)
        waitUntil(() -> rows.getItems().get(0).lastUsedAt() == null);
        robot.clickOn(lastUsed);
        waitUntil(() -> rows.getItems().get(0).name().startsWith("payments-api"));
    }

    @Test
    void aBadFileIsNamedWithItsLineAndNothingChanges() throws Exception {
        Path ledgerFile = dir.resolve("existing.steward");
        try (Workspace w = Workspace.openOrCreate(ledgerFile, "alice", dir.resolve("keys"))) {
            ConsoleFixtures.importInto(w, dir, ConsoleFixtures.JUNE);
        }
        start(ledgerFile);
        TableView<IdentityRow> rows = table("#inventoryTable");
        waitUntil(() -> rows.getItems().size() == 12);

        drop(ConsoleFixtures.copy(dir, ConsoleFixtures.BAD_DATE));
        ImportViewModel imports = console.inventoryPage().imports();
        waitUntil(() -> imports.files().get(0).status() == ImportFileStatus.FAILED);
        Label problem = robot.lookup("#importProblem").queryAs(Label.class);
        waitUntil(problem::isVisible);
        assertThat(problem.getText()).contains(ConsoleFixtures.BAD_DATE, "line 4 (record 3)", "field 'user_creation_time'",
                "expected a timestamp");
        assertThat(robot.lookup("#importStatusTitle").queryAs(Label.class).getText())
                .isEqualTo("1 file cannot be imported: " + ConsoleFixtures.BAD_DATE);
        assertThat(robot.lookup("#importCommit").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty(); // said in the sheet, not as a crash

        robot.clickOn("#importClose");
        assertThat(workspace.ledger().size()).isEqualTo(1);
        robot.clickOn("#inventorySearch").write("payments");
        waitUntil(() -> rows.getItems().size() == 2); // still usable
    }

    private Node header(String title) {
        return robot.lookup("#inventoryTable .column-header")
                .match((Node n) -> n instanceof TableColumnHeader h && h.getTableColumn() != null && title.equals(h.getTableColumn().getText())).query();
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    private void assertEveryControlHasAccessibleText() {
        List<Node> controls = robot.lookup(node -> node instanceof ButtonBase || node instanceof TextInputControl
                || node instanceof TableView || node instanceof ProgressIndicator).queryAll().stream().filter(ConsoleTest::onScreen).toList();
        assertThat(controls).hasSizeGreaterThan(10);
        assertThat(controls).allSatisfy(node -> assertThat(node.getAccessibleText()).as(node.toString()).isNotBlank());
    }
}
