package io.steward.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.Workspace;
import io.steward.app.ui.findings.FindingsPage;
import io.steward.app.ui.findings.FindingsViewModel;
import io.steward.model.findings.Finding;
import io.steward.model.findings.FindingCount;
import io.steward.model.findings.FindingEntries;
import io.steward.model.findings.FindingProgress;
import io.steward.model.findings.RiskyEstate;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The Findings page in the real console on a ledger where several rules fire: open it by its shortcut, choose the
 * stale-credential count from the keyboard, accept that risk with a reason by keyboard, see it accepted, end the
 * acceptance again, and the ledger verifies with both entries in it.
 */
class FindingsPageTest extends ConsoleTest {
    @Test
    void choosesACountAndAcceptsTheRiskBehindItByKeyboard() throws Exception {
        Path ledger = dir.resolve("findings.steward");
        try (Workspace w = Workspace.openOrCreate(ledger, "alice", dir.resolve("keys"))) {
            RiskyEstate.write(w.ledger().store());
            w.findings().refresh(FindingProgress.NONE);
        }
        start(ledger);
        FindingsViewModel vm = console.page(FindingsPage.class).viewModel();

        // Ctrl+N of the page, from its place in the navigation as its button announces it
        Matcher shortcut = Pattern.compile("Ctrl\\+(\\d)").matcher(robot.lookup("#navFindings").queryAs(ToggleButton.class).getAccessibleText());
        assertThat(shortcut.find()).isTrue();
        KeyCode digit = KeyCode.valueOf("DIGIT" + shortcut.group(1));
        robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        TableView<FindingCount> counts = robot.lookup("#findingsCounts").queryAs(TableView.class);
        @SuppressWarnings("unchecked")
        TableView<Finding> findings = robot.lookup("#findingsTable").queryAs(TableView.class);
        Label status = robot.lookup("#findingsStatus").queryAs(Label.class);
        waitUntil(() -> !counts.getItems().isEmpty() && !findings.getItems().isEmpty());
        assertThat(robot.lookup("#findingsChart").queryAs(StackedBarChart.class).getData()).hasSize(2);
        assertThat(robot.lookup("#findingsHelp").queryAs(Label.class).getText()).contains("A accept the risk");

        // choose the stale-credential count with the arrow keys, then Enter goes to its findings
        int target = onFx(() -> indexOf(counts, "stale-credential"));
        robot.clickOn("#findingsCounts");
        robot.type(KeyCode.HOME);
        for (int i = 0; i < target; i++) {
            robot.type(KeyCode.DOWN);
        }
        waitUntil(() -> findings.getItems().size() == 1 && findings.getItems().get(0).rule().id().equals("stale-credential"), status);
        assertThat(robot.lookup("#findingsPageInfo").queryAs(Label.class).getText()).isEqualTo("Findings 1–1 of 1 for rule stale-credential");
        robot.type(KeyCode.ENTER);

        // A asks for the reason; Enter accepts through the date offered
        robot.type(KeyCode.A);
        waitUntil(() -> robot.lookup("#findingsReason").query().isFocused(), status);
        robot.write("key moves to the vault in Q3");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> status.getText().startsWith("Accepted stale-credential on ci-deploy through"), status);
        waitUntil(() -> findings.getItems().size() == 1 && findings.getItems().get(0).acceptance() != null, status);
        assertThat(robot.lookup("#findingDetails").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("Status: accepted through " + vm.acceptUntilProperty().get() + " by alice: key moves to the vault in Q3");
        waitUntil(() -> counts.getItems().stream().anyMatch(c -> c.label().equals("stale-credential") && c.accepted() == 1), status);
        assertThat(workspace.ledger().head().orElseThrow().kind()).isEqualTo(FindingEntries.ACCEPTED.name());

        // E ends it early, again with a reason
        robot.type(KeyCode.E);
        waitUntil(() -> robot.lookup("#findingsReason").query().isFocused(), status);
        robot.write("rotated after all");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> status.getText().startsWith("Ended the acceptance of stale-credential"), status);
        waitUntil(() -> findings.getItems().size() == 1 && findings.getItems().get(0).acceptance() == null, status);
        assertThat(workspace.ledger().head().orElseThrow().kind()).isEqualTo(FindingEntries.ACCEPTANCE_ENDED.name());

        assertThat(workspace.verify((Path) null, (d, t) -> { }, () -> false).ok()).isTrue();
    }

    private static int indexOf(TableView<FindingCount> counts, String label) {
        for (int i = 0; i < counts.getItems().size(); i++) {
            if (counts.getItems().get(i).label().equals(label)) {
                return i;
            }
        }
        throw new AssertionError("no count " + label);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(work);
        javafx.application.Platform.runLater(task);
        return task.get(TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** Waits, and on a timeout says what the status line showed. */
    static void waitUntil(java.util.concurrent.Callable<Boolean> condition, Label status) throws Exception {
        try {
            waitUntil(condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out; the status line says: " + status.getText(), e);
        }
    }
}
