package io.steward.app.ui.inventory;

import atlantafx.base.theme.Styles;
import io.steward.model.inventory.query.RiskLevel;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The detail pane's "Findings & owner" tab: the identity's open findings (each with why it matters, the evidence,
 * the fix, the framework references, and an acceptance when one is in force), its owner and backup with the reason,
 * the ownership history, and the owner hints offered as suggestions. Changes are made on the Findings and
 * Accountability pages (or `steward findings accept`, `steward owner assign`); this tab shows them.
 */
final class GovernanceSection {
    private GovernanceSection() {
    }

    static Node of(IdentityDetailViewModel vm) {
        GridPane owner = new GridPane();
        owner.setId("detailOwner");
        owner.setHgap(12);
        owner.setVgap(6);
        Runnable fillOwner = () -> {
            owner.getChildren().clear();
            int row = 0;
            for (IdentityDetailViewModel.Field f : vm.owner()) {
                IdentityDetailPane.addFact(owner, row++, f.label(), f.value());
            }
        };
        vm.owner().addListener((ListChangeListener<IdentityDetailViewModel.Field>) c -> fillOwner.run());
        fillOwner.run();
        VBox findings = IdentityDetailPane.section("findings", vm.findings(), GovernanceSection::findingCard, "No open findings");
        VBox history = IdentityDetailPane.section("ownerHistory", vm.ownerHistory(), GovernanceSection::changeRow,
                "Never assigned");
        VBox suggestions = IdentityDetailPane.section("suggestions", vm.suggestions(), GovernanceSection::suggestionRow,
                "No owner hint to suggest");
        VBox box = new VBox(14, IdentityDetailPane.titled(vm, "Findings", findings), IdentityDetailPane.titled(vm, "Owner", owner),
                IdentityDetailPane.titled(vm, "Ownership history", history), IdentityDetailPane.titled(vm, "Suggestions", suggestions));
        box.getStyleClass().add("identity-detail-content");
        return box;
    }

    private static Node findingCard(GovernanceLines.FindingLine f) {
        Label severity = new Label(f.severity());
        severity.getStyleClass().addAll("risk-badge", Styles.TEXT_SMALL);
        RiskBadge.colour(severity, RiskLevel.ofSeverity(f.severity()));
        severity.setMinWidth(Label.USE_PREF_SIZE);
        Label title = new Label(f.title());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        Label rule = new Label(f.rule());
        rule.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        rule.setMinWidth(Label.USE_PREF_SIZE);
        HBox head = new HBox(8, severity, title, rule);
        head.setAlignment(Pos.CENTER_LEFT);
        GridPane facts = new GridPane();
        facts.setHgap(10);
        facts.setVgap(2);
        int row = 0;
        IdentityDetailPane.addFact(facts, row++, "Status", f.status());
        IdentityDetailPane.addFact(facts, row++, "Why", f.explanation());
        IdentityDetailPane.addFact(facts, row++, "Evidence", f.evidence());
        IdentityDetailPane.addFact(facts, row++, "Fix", f.fix());
        IdentityDetailPane.addFact(facts, row++, "References", f.references());
        IdentityDetailPane.addFact(facts, row, "First seen", f.firstSeen());
        VBox card = new VBox(4, head, facts);
        card.getStyleClass().addAll("credential-card", "finding-card");
        if (f.accepted()) {
            card.setOpacity(0.75); // accepted: still listed, visibly set aside; the status says so in words
        }
        card.setAccessibleText(f.severity() + " finding " + f.title() + " (" + f.rule() + "), " + f.status() + ". " + f.explanation()
                + " Fix: " + f.fix());
        return card;
    }

    private static Node changeRow(GovernanceLines.OwnershipChange c) {
        Label who = new Label(c.owner() + (c.backup().equals("none") ? "" : ", backup " + c.backup()));
        who.getStyleClass().add(Styles.TEXT_BOLD);
        who.setWrapText(true);
        Label when = new Label(c.assigned() + " · " + c.reason());
        when.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        when.setWrapText(true);
        return new VBox(2, who, when);
    }

    private static Node suggestionRow(GovernanceLines.SuggestionLine s) {
        Label hint = new Label("Owner hint '" + s.hint() + "': " + s.names());
        hint.setWrapText(true);
        Label source = new Label("from " + s.source() + ". Accept it on the Accountability page, or assign with 'steward owner assign'.");
        source.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        source.setWrapText(true);
        return new VBox(2, hint, source);
    }
}
