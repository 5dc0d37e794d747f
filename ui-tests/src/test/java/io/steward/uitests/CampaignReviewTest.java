package io.steward.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.Workspace;
import io.steward.model.campaigns.CampaignItem;
import io.steward.model.campaigns.CampaignService;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.SnapshotStart;
import io.steward.model.inventory.SnapshotWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reviews a small campaign in the real console by keyboard only: certify, comment and revoke, certify, then sign off
 * in the dialog that shows what is signed. The ledger then verifies with the sign-off's checkpoint in it.
 */
class CampaignReviewTest extends ConsoleTest {
    @Test
    void reviewsACampaignByKeyboardAndSignsOff() throws Exception {
        Path ledger = campaign(List.of("svc-billing", "svc-legacy-ftp", "svc-reports"));
        start(ledger);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        ListView<?> campaignList = robot.lookup("#campaign-list").queryAs(ListView.class);
        waitUntil(() -> campaignList.getItems().size() == 1);
        @SuppressWarnings("unchecked")
        ListView<CampaignItem> items = robot.lookup("#review-items").queryAs(ListView.class);
        Label status = robot.lookup("#review-status").queryAs(Label.class);
        waitUntil(() -> items.getItems().size() == 3 && items.getSelectionModel().getSelectedIndex() == 0, status);

        robot.clickOn("#review-items");
        robot.type(KeyCode.C);
        waitUntil(() -> status.getText().startsWith("Recorded certify for #1") && items.getSelectionModel().getSelectedIndex() == 1, status);

        robot.type(KeyCode.R); // no comment yet: refused, nothing written
        waitUntil(() -> status.getText().contains("comment-required"), status);
        robot.type(KeyCode.M);
        robot.write("unused since the FTP shutdown");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.R);
        waitUntil(() -> status.getText().startsWith("Recorded revoke for #2"), status);

        robot.type(KeyCode.K); // back to #2 and correct it: certify supersedes the revoke
        waitUntil(() -> items.getSelectionModel().getSelectedIndex() == 1);
        robot.type(KeyCode.M);
        robot.write("still feeds the archive");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.C);
        waitUntil(() -> status.getText().startsWith("Corrected certify for #2"), status);
        waitUntil(() -> items.getSelectionModel().getSelectedIndex() == 2);
        robot.type(KeyCode.C);
        waitUntil(() -> status.getText().startsWith("Recorded certify for #3"), status);
        Label progress = robot.lookup("#review-progress").queryAs(Label.class);
        waitUntil(() -> progress.getText().contains("alice 3/3"));

        robot.type(KeyCode.S);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String shown = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText();
        assertThat(shown).contains("#1 svc-billing: certify").contains("#2 svc-legacy-ftp: certify — still feeds the archive")
                .contains("Decisions hash (SHA-256):");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> status.getText().startsWith("Signed off 3 decisions"), status);

        assertThat(workspace.verify((Path) null, (d, t) -> { }, () -> false).ok()).isTrue();
        assertThat(workspace.campaigns().items().history("Q4", 2)).hasSize(2);
    }

    /** A ledger with these service accounts and the open campaign Q4 over them, reviewed by alice. */
    private Path campaign(List<String> ids) {
        Path ledger = dir.resolve("review.steward");
        try (Workspace w = Workspace.openOrCreate(ledger, "alice", dir.resolve("keys"))) {
            w.ledger().store().write(tx -> {
                try (SnapshotWriter sw = new SnapshotWriter(tx, new SnapshotStart("inventory.csv", "0".repeat(64), 10, "test", "1",
                        Instant.now(), "alice"))) {
                    sw.source("aws:111122223333");
                    for (String id : ids) {
                        sw.add(IdentityRecord.builder(id, "service-account").name(id).lastUsedAt(Instant.now()).build());
                    }
                    return sw.finish(w.ledger(), "alice");
                }
            });
            CampaignService campaigns = w.campaigns();
            campaigns.create("alice", "Q4", "2026-Q4", LocalDate.now().plusDays(30), "alice", "");
            campaigns.open("alice", "Q4");
        }
        return ledger;
    }

    @Test
    void walkingPastTheVisibleRowsKeepsTheSelectedItemInViewAndScrollsOnlyThen() throws Exception {
        List<String> ids = java.util.stream.IntStream.rangeClosed(1, 80).mapToObj(i -> String.format("svc-%03d", i)).toList();
        start(campaign(ids));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        ListView<CampaignItem> items = robot.lookup("#review-items").queryAs(ListView.class);
        waitUntil(() -> items.getItems().size() == 80 && items.getSelectionModel().getSelectedIndex() == 0);
        robot.interact(items::requestFocus); // a click would select the row under the pointer
        int[] first = new int[2];
        waitUntil(() -> {
            int[] rows = visibleRows(items);
            first[0] = rows[0];
            first[1] = rows[1];
            return true;
        });
        assertThat(first[1]).as("rows shown at first").isGreaterThan(6);

        for (int i = 1; i <= 50; i++) {
            robot.type(KeyCode.J);
            int expected = i;
            waitUntil(() -> items.getSelectionModel().getSelectedIndex() == expected && inView(items, expected));
            if (i == 5) {
                // still inside the rows shown at first: nothing scrolled (only two rows repaint)
                assertThat(WaitForAsyncUtils.asyncFx(() -> visibleRows(items)[0]).get()).isEqualTo(first[0]);
            }
        }
        for (int i = 49; i >= 0; i--) {
            robot.type(KeyCode.K);
            int expected = i;
            waitUntil(() -> items.getSelectionModel().getSelectedIndex() == expected && inView(items, expected));
        }
    }

    /** The first and last row the list shows (the last may be cut off at the bottom edge). */
    private static int[] visibleRows(ListView<?> list) {
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) list.lookup(".virtual-flow");
        return new int[] {flow.getFirstVisibleCell().getIndex(), flow.getLastVisibleCell().getIndex()};
    }

    private static boolean inView(ListView<?> list, int index) {
        int[] rows = visibleRows(list);
        return index >= rows[0] && index < rows[1];
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
