package io.steward.app.ui.snapshots;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.steward.app.ui.common.Controls;
import io.steward.app.ui.common.Times;
import io.steward.app.ui.common.Words;
import io.steward.app.ui.imports.IssueRow;
import io.steward.app.ui.imports.IssueTable;
import io.steward.model.inventory.query.CatalogEntry;
import io.steward.model.inventory.query.ChangeType;
import io.steward.model.inventory.query.IdentityChange;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The Snapshots tab: every imported file, what changed between two of one source, and each one's import issues. */
public final class SnapshotsPane {
    private final SnapshotsViewModel vm;
    private final SnapshotDiffViewModel diff;
    private final VBox root = new VBox(10);

    public SnapshotsPane(SnapshotsViewModel vm) {
        this.vm = vm;
        this.diff = vm.diff();
        root.setId("snapshotsPane");
        TabPane below = new TabPane(tab("Changes", changesPane()), tab("Import issues", issuesPane()));
        below.setId("snapshotTabs");
        below.getStyleClass().add(Styles.TABS_FLOATING);
        SplitPane split = new SplitPane(snapshotTable(), below);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.38);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(actions(), split);
    }

    public Node node() {
        return root;
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    private Node actions() {
        Button compare = Controls.button("Compare", Feather.GIT_PULL_REQUEST, "compareSnapshots",
                "Show what changed between the two selected snapshots of one source");
        compare.setOnAction(e -> vm.compareSelected());
        compare.disableProperty().bind(vm.canCompareProperty().not());
        Button previous = Controls.button("Compare with previous", Feather.CLOCK, "compareWithPrevious",
                "Show what changed since the previous snapshot of the same source");
        previous.setOnAction(e -> vm.compareWithPrevious());
        previous.disableProperty().bind(vm.canCompareWithPreviousProperty().not());
        Label hint = new Label("Select one snapshot, or two of the same source (Ctrl+click).");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox bar = new HBox(8, compare, previous, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node snapshotTable() {
        TableView<CatalogEntry> table = new TableView<>(vm.snapshots());
        table.setId("snapshotTable");
        table.setAccessibleText("Imported snapshots, newest first");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No snapshots yet: every imported file becomes one."));
        table.getColumns().add(Controls.column("#", 48, CatalogEntry::id));
        table.getColumns().add(Controls.tooltipColumn("Source", 150, e -> e.info().source()));
        table.getColumns().add(Controls.tooltipColumn("File", 200, e -> e.info().fileName()));
        table.getColumns().add(Controls.column("Format", 150, e -> e.info().importerId()));
        table.getColumns().add(Controls.tooltipColumn("As of (UTC)", 140, e -> Times.asOf(e.info().generatedAt(), e.info().importedAt())));
        table.getColumns().add(Controls.column("By", 80, e -> e.info().importedBy()));
        table.getColumns().add(Controls.column("Identities", 84, e -> Words.number(e.info().counts().identities())));
        table.getColumns().add(Controls.column("Refused", 70, e -> Words.number(e.info().counts().refused())));
        table.getColumns().add(Controls.column("State", 80, e -> e.current() ? "current" : "older"));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<CatalogEntry>) c ->
                vm.select(java.util.List.copyOf(table.getSelectionModel().getSelectedItems())));
        return table;
    }

    private Node changesPane() {
        Label heading = new Label();
        heading.setId("diffHeading");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        heading.textProperty().bind(diff.headingProperty());
        Label counts = new Label();
        counts.setId("diffCounts");
        counts.getStyleClass().add(Styles.TEXT_MUTED);
        counts.setWrapText(true);
        counts.textProperty().bind(diff.countsProperty());

        HBox toggles = new HBox(12);
        for (ChangeType type : new ChangeType[] {ChangeType.ADDED, ChangeType.REMOVED, ChangeType.CHANGED}) {
            String word = type.name().charAt(0) + type.name().substring(1).toLowerCase(Locale.ROOT);
            CheckBox box = new CheckBox(word);
            box.setId("diffShow" + word);
            box.setAccessibleText("Show " + word.toLowerCase(Locale.ROOT) + " identities");
            box.setSelected(diff.isShown(type));
            box.selectedProperty().addListener((obs, old, on) -> diff.show(type, on));
            toggles.getChildren().add(box);
        }
        CheckBox meaningful = new CheckBox("Only meaningful changes");
        meaningful.setId("diffMeaningfulOnly");
        meaningful.setMnemonicParsing(false);
        meaningful.setAccessibleText("Hide identities whose only change is that their last use moved");
        meaningful.setTooltip(new javafx.scene.control.Tooltip("Hide identities whose only change is that their last use moved"));
        meaningful.setSelected(diff.isMeaningfulOnly());
        meaningful.selectedProperty().addListener((obs, old, on) -> diff.showMeaningfulOnly(on));
        toggles.getChildren().add(meaningful);

        TableView<IdentityChange> table = new TableView<>(diff.changes());
        table.setId("diffTable");
        table.setAccessibleText("Identities that differ between the two snapshots");
        table.getStyleClass().addAll(Styles.DENSE, Styles.BORDERED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No differences to show"));
        table.getColumns().add(Controls.column("Change", 80, c -> c.type().name().toLowerCase(Locale.ROOT)));
        table.getColumns().add(Controls.tooltipColumn("Name", 200, c -> c.row().name()));
        table.getColumns().add(Controls.column("Kind", 110, c -> c.row().kind()));
        table.getColumns().add(Controls.tooltipColumn("What changed", 200, c -> String.join(", ",
                io.steward.model.inventory.query.ChangeKind.of(c).stream().map(k -> k.label().replace('-', ' ')).toList())));
        table.getColumns().add(Controls.tooltipColumn("Stable id", 220, IdentityChange::nativeId));
        table.setRowFactory(t -> Controls.styledRow(c -> "change-" + c.type().name().toLowerCase(Locale.ROOT)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> {
            if (c != null) {
                diff.select(c);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Button more = Controls.button("Load more", Feather.CHEVRONS_DOWN, "diffLoadMore", "List the next changes");
        more.getStyleClass().add(Styles.SMALL);
        more.setOnAction(e -> diff.loadMore());
        more.disableProperty().bind(diff.hasMoreProperty().not().or(diff.loadingProperty()));
        VBox left = new VBox(8, new VBox(2, heading, counts), new HBox(12, toggles, new Spacer(), more), table);

        ListView<String> lines = new ListView<>(diff.changeLines());
        lines.setId("diffLines");
        lines.setAccessibleText("What changed in the selected identity");
        lines.setPlaceholder(new Label("Select a change"));
        lines.setCellFactory(v -> new WrappingCell());
        Label caption = new Label("What changed");
        caption.getStyleClass().add(Styles.TEXT_BOLD);
        VBox right = new VBox(8, caption, lines);
        VBox.setVgrow(lines, Priority.ALWAYS);
        right.setMinWidth(260);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.62);
        return split;
    }

    private Node issuesPane() {
        Label title = new Label();
        title.setId("snapshotIssuesTitle");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(vm.issuesTitleProperty());
        TableView<IssueRow> table = IssueTable.create("snapshotIssues", vm.issues(),
                "Warnings and refused secrets stored with the selected snapshot; values are never stored");
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(8, title, table);
    }

    /** A list cell whose text wraps to the list's width. */
    private static final class WrappingCell extends javafx.scene.control.ListCell<String> {
        WrappingCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }
}
