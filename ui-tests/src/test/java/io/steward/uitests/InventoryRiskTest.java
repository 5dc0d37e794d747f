package io.steward.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.ConsoleFixtures;
import io.steward.app.Workspace;
import io.steward.model.inventory.query.IdentityFilter;
import io.steward.model.inventory.query.IdentityRow;
import io.steward.model.inventory.query.IdentitySort;
import io.steward.model.inventory.query.PageRequest;
import io.steward.model.inventory.query.RiskLevel;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;

/**
 * The Inventory page's risk badge, Risk facet and order, and the detail's Findings & owner tab, in the real console
 * on a real ledger: real imports (findings computed by the import) and an owner assigned through the model.
 */
class InventoryRiskTest extends ConsoleTest {
    @Test
    void rowsShowTheRiskBadgeAndTheDetailShowsFindingsAndOwner() throws Exception {
        Path ledger = dir.resolve("risk.steward");
        IdentityRow owned;
        try (Workspace prepare = Workspace.openOrCreate(ledger, "alice", dir.resolve("keys"))) {
            ConsoleFixtures.importInto(prepare, dir, ConsoleFixtures.JUNE, ConsoleFixtures.JULY, ConsoleFixtures.SERVICE_ACCOUNTS);
            owned = prepare.inventory().page(PageRequest.first(IdentityFilter.ALL.withRisk(RiskLevel.HIGH), IdentitySort.NAME, false, 1))
                    .rows().get(0);
            prepare.accountability().assign("alice", owned.key(), "dana@example.com", null, "first on call", true);
            prepare.accountability().assign("alice", owned.key(), "erin@example.com", "team:platform", "took over the service", true);
        }
        start(ledger);
        TableView<IdentityRow> rows = robot.lookup("#inventoryTable").queryAs(TableView.class);
        waitUntil(() -> rows.getItems().size() == 18 && rows.isVisible());

        // Risk order, worst first: a header click (ascending), then another (descending).
        Node header = robot.lookup("#inventoryTable .column-header")
                .match((Node n) -> n instanceof TableColumnHeader h && h.getTableColumn() != null && "Risk".equals(h.getTableColumn().getText()))
                .query();
        robot.clickOn(header);
        waitUntil(() -> rows.getItems().get(0).risk().level() == RiskLevel.NONE);
        robot.clickOn(header);
        waitUntil(() -> rows.getItems().get(0).risk().level() != RiskLevel.NONE);
        List<Integer> ranks = rows.getItems().stream().map(r -> r.risk().level().rank()).toList();
        assertThat(ranks).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        // The badge says the level and count in words, and to a screen reader; its colour (a pseudo-class) repeats the level.
        IdentityRow worst = rows.getItems().get(0);
        String level = worst.risk().level().id();
        String words = Character.toUpperCase(level.charAt(0)) + level.substring(1) + " · " + worst.risk().findings();
        waitUntil(() -> badges().stream().anyMatch(b -> b.getText().equals(words)));
        Label badge = badges().stream().filter(b -> b.getText().equals(words)).findFirst().orElseThrow();
        assertThat(badge.getPseudoClassStates()).contains(javafx.css.PseudoClass.getPseudoClass("risk-" + level));
        assertThat(badge.getAccessibleText()).isEqualTo("Risk: " + worst.risk().describe());

        // The Risk facet narrows the list in SQL.
        robot.clickOn("#facetRisk");
        robot.clickOn("High");
        waitUntil(() -> rows.getItems().stream().allMatch(r -> r.risk().level() == RiskLevel.HIGH)
                && rows.getItems().stream().anyMatch(r -> r.key().equals(owned.key())));

        robot.clickOn(owned.name());
        Label heading = robot.lookup("#detailHeading").queryAs(Label.class);
        waitUntil(() -> heading.getText().equals(owned.name()));
        Label risk = robot.lookup("#detailRisk").queryAs(Label.class);
        waitUntil(() -> risk.isVisible() && risk.getText().startsWith("High · "));
        robot.clickOn(".tab-pane .tab:nth-child(2)"); // a tab header is not a control of its own: reach it by place
        waitUntil(() -> robot.lookup(".finding-card").tryQuery().map(Node::isVisible).orElse(false));
        List<Node> cards = List.copyOf(robot.lookup(".finding-card").queryAll());
        assertThat(cards).isNotEmpty();
        assertThat(cards.get(0).getAccessibleText()).startsWith("high finding ").contains(", open. ").contains("Fix: ");
        Pane owner = robot.lookup("#detailOwner").queryAs(Pane.class);
        assertThat(owner.getChildren()).filteredOn(Label.class::isInstance).extracting(n -> ((Label) n).getText())
                .contains("Owner", "erin@example.com (person)", "Backup", "team:platform (team)", "took over the service");
        Pane history = robot.lookup("#detailOwnerHistory").queryAs(Pane.class);
        assertThat(history.getChildren()).hasSize(2);
    }

    /** The risk badges of the rows on screen. */
    private List<Label> badges() {
        return robot.lookup("#inventoryTable .risk-badge").queryAllAs(Label.class).stream().filter(Node::isVisible).toList();
    }
}
