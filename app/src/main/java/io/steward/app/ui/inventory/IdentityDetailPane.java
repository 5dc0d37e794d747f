package io.steward.app.ui.inventory;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.steward.app.ui.common.Controls;
import io.steward.model.inventory.query.GrantView;
import io.steward.model.inventory.query.Sourced;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The right-hand side of the Inventory page: the selected identity's fields and risk badge, its credentials (age,
 * last use and expiry, relative and absolute), findings and owner (a tab: see {@link GovernanceSection}), grants,
 * links to other identities and its history; links and history entries can be followed, Back returns.
 */
final class IdentityDetailPane {
    private final IdentityDetailViewModel vm;
    private final VBox content = new VBox(14);
    private final VBox root = new VBox(8);

    IdentityDetailPane(IdentityDetailViewModel vm) {
        this.vm = vm;
        root.setId("identityDetail");
        root.getStyleClass().add("identity-detail");
        root.setMinWidth(320);
        content.getStyleClass().add("identity-detail-content");

        Button back = Controls.button("Back", Feather.ARROW_LEFT, "detailBack", "Back to the identity shown before");
        back.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        back.setOnAction(e -> vm.back());
        back.visibleProperty().bind(vm.canGoBackProperty());
        back.managedProperty().bind(vm.canGoBackProperty());

        Label heading = new Label();
        heading.setId("detailHeading");
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setWrapText(true);
        heading.textProperty().bind(vm.headingProperty());
        Label subtitle = new Label();
        subtitle.setId("detailSubtitle");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);
        subtitle.textProperty().bind(vm.subtitleProperty());

        GridPane fields = new GridPane();
        fields.setId("detailFields");
        fields.setHgap(12);
        fields.setVgap(6);
        vm.fields().addListener((ListChangeListener<IdentityDetailViewModel.Field>) c -> fillFields(fields));
        fillFields(fields);

        VBox credentials = section("credentials", vm.credentials(), IdentityDetailPane::credentialCard, "No credentials recorded");
        VBox links = section("links", vm.links(), this::linkRow, "No links to other identities");
        VBox history = section("history", vm.history(), this::historyRow, "");

        content.getChildren().addAll(fields, titled(vm, "Credentials", credentials), titled(vm, "Links", links));
        VBox historyBox = new VBox(14, titled(vm, "History", history));
        historyBox.getStyleClass().add("identity-detail-content");
        // Grants get a tab of their own: a role-heavy identity has dozens, which need the pane's full height.
        Tab governance = new Tab("Findings & owner", scrolling(GovernanceSection.of(vm)));
        governance.setId("detailTabGovernance");
        governance.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.findings().isEmpty() ? "Findings & owner" : "Findings (" + vm.findings().size() + ") & owner", vm.findings()));
        TabPane tabs = new TabPane(tab("Overview", scrolling(content)), governance, tab("Grants", grantsTable()),
                tab("History", scrolling(historyBox)));
        tabs.setId("detailTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(Styles.DENSE);
        tabs.getTabs().get(2).textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.grants().isEmpty() ? "Grants" : "Grants (" + vm.grants().size() + ")", vm.grants()));
        tabs.visibleProperty().bind(vm.detailProperty().isNotNull());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Label risk = new Label();
        risk.setId("detailRisk");
        risk.getStyleClass().addAll("risk-badge", Styles.TEXT_SMALL);
        risk.visibleProperty().bind(vm.riskProperty().isNotNull());
        risk.managedProperty().bind(risk.visibleProperty());
        vm.riskProperty().addListener((obs, old, now) -> {
            if (now != null) {
                RiskBadge.show(risk, now);
            }
        });
        VBox header = new VBox(4, back, heading, subtitle, risk);
        header.getStyleClass().add("identity-detail-content");
        root.getChildren().addAll(header, tabs);
    }

    private static Tab tab(String title, Node body) {
        Tab t = new Tab(title, body);
        t.setId("detailTab" + title);
        return t;
    }

    static ScrollPane scrolling(Node body) {
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        return scroll;
    }

    Node node() {
        return root;
    }

    private void fillFields(GridPane grid) {
        grid.getChildren().clear();
        int row = 0;
        for (IdentityDetailViewModel.Field f : vm.fields()) {
            addFact(grid, row++, f.label(), f.value());
        }
    }

    static <T> VBox section(String id, ObservableList<T> items, Function<T, Node> render, String emptyText) {
        VBox box = new VBox(6);
        box.setId("detail" + Character.toUpperCase(id.charAt(0)) + id.substring(1));
        Runnable fill = () -> {
            if (items.isEmpty() && !emptyText.isEmpty()) {
                Label none = new Label(emptyText);
                none.getStyleClass().add(Styles.TEXT_MUTED);
                box.getChildren().setAll(none);
            } else {
                box.getChildren().setAll(items.stream().map(render).toList());
            }
        };
        items.addListener((ListChangeListener<T>) c -> fill.run());
        fill.run();
        return box;
    }

    /** A caption above a block, hidden while nothing is selected. */
    static Node titled(IdentityDetailViewModel vm, String title, Node body) {
        Label caption = new Label(title);
        caption.getStyleClass().addAll(Styles.TEXT_BOLD, "detail-caption");
        VBox box = new VBox(6, caption, body);
        box.visibleProperty().bind(vm.detailProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Node credentialCard(DetailLines.Credential c) {
        Label title = new Label(c.kind() + " · " + c.id());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        Label state = new Label(c.state());
        state.setMinWidth(Label.USE_PREF_SIZE);
        state.getStyleClass().addAll(Styles.TEXT_SMALL, "badge", c.state().equals("active") ? Styles.SUCCESS : "muted-badge");
        HBox head = new HBox(8, title, state);
        head.setAlignment(Pos.CENTER_LEFT);
        GridPane facts = new GridPane();
        facts.setHgap(10);
        facts.setVgap(2);
        addFact(facts, 0, "Age", c.age());
        addFact(facts, 1, "Last used", c.lastUsed());
        addFact(facts, 2, "Expires", c.expires());
        if (c.from() != null) {
            addFact(facts, 3, "From", c.from());
        }
        VBox card = new VBox(4, head, facts);
        card.getStyleClass().add("credential-card");
        card.setAccessibleText(c.kind() + " " + c.id() + ", " + c.state() + ", age " + c.age() + ", last used " + c.lastUsed()
                + ", expires " + c.expires());
        return card;
    }

    static void addFact(GridPane grid, int row, String label, String value) {
        Label l = new Label(label);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        l.setMinWidth(Label.USE_PREF_SIZE);
        Label v = new Label(value);
        v.setWrapText(true);
        v.getStyleClass().add(Styles.TEXT_SMALL);
        l.setLabelFor(v);
        GridPane.setHgrow(v, Priority.ALWAYS);
        grid.addRow(row, l, v);
    }

    private Node grantsTable() {
        TableView<Sourced<GrantView>> table = new TableView<>(vm.grants());
        table.setId("detailGrants");
        table.setAccessibleText("Grants of the selected identity, with the importer and snapshot each comes from");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Controls.tooltipColumn("Privilege", 170, g -> g.fact().privilege()));
        table.getColumns().add(Controls.tooltipColumn("Resource", 110, g -> g.fact().resource() == null ? "" : g.fact().resource()));
        table.getColumns().add(Controls.tooltipColumn("Via", 90, g -> g.fact().via() == null ? "" : g.fact().via()));
        table.getColumns().add(Controls.tooltipColumn("Condition", 80, g -> g.fact().condition() == null ? "" : g.fact().condition()));
        table.getColumns().add(Controls.tooltipColumn("From", 120, g -> g.origin().label()));
        Label none = new Label("No grants recorded");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(none);
        return table;
    }

    private Node linkRow(DetailLines.Link link) {
        Label relation = new Label(link.relation());
        relation.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        relation.setMinWidth(Label.USE_PREF_SIZE);
        relation.setPrefWidth(72);
        Node target;
        if (link.navigable()) {
            Hyperlink go = new Hyperlink(link.label());
            go.setWrapText(true);
            go.setAccessibleText("Show " + link.label());
            go.setOnAction(e -> vm.open(link.target().id()));
            target = go;
        } else {
            Label plain = new Label(link.label());
            plain.setWrapText(true);
            target = plain;
        }
        HBox row = new HBox(8, relation, target);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node historyRow(DetailLines.History h) {
        Label change = new Label(h.change());
        change.getStyleClass().addAll(Styles.TEXT_SMALL, "badge", h.change().equals("absent") ? "muted-badge" : Styles.ACCENT);
        change.setMinWidth(Label.USE_PREF_SIZE);
        Node entry;
        if (h.identityId() != null && !h.shown()) {
            Hyperlink go = new Hyperlink(h.label());
            go.setWrapText(true);
            go.setAccessibleText("Show this identity as in snapshot " + h.snapshotId());
            go.setOnAction(e -> vm.open(h.identityId()));
            entry = go;
        } else {
            Label plain = new Label(h.label() + (h.shown() ? "  (shown)" : ""));
            plain.setWrapText(true);
            if (h.shown()) {
                plain.getStyleClass().add(Styles.TEXT_BOLD);
            }
            entry = plain;
        }
        HBox row = new HBox(8, change, entry);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
