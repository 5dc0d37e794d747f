package io.steward.app.ui.ledger;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.steward.app.ui.common.StatusBanner;
import io.steward.model.ledger.LedgerEntry;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Ledger page: paged entries, the selected entry's details, Verify and Checkpoint now. */
public final class LedgerView {
    private static final DateTimeFormatter SHORT_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final LedgerViewModel vm;
    private final VBox root = new VBox();

    public LedgerView(LedgerViewModel vm) {
        this.vm = vm;
        root.getStyleClass().add("page");
        root.setId("ledgerPage");
        SplitPane split = new SplitPane(entriesPane(), new EntryDetailsPane(vm.detailsProperty()).node());
        split.setDividerPositions(0.64);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(header(), actions(), statusPane(), split);
    }

    public Node node() {
        return root;
    }

    private static Node header() {
        Label title = new Label("Ledger");
        title.getStyleClass().add(Styles.TITLE_2);
        Label summary = new Label("Every decision as an append-only, hash-chained entry. Verify re-computes the chain;"
                + " a checkpoint signs its head with your key.");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setWrapText(true);
        return new VBox(4, title, summary);
    }

    private Node actions() {
        Button verify = button("_Verify", Feather.SHIELD, "verifyButton",
                "Verify the whole ledger against its checkpoints (Alt+V)");
        verify.getStyleClass().add(Styles.ACCENT);
        verify.setOnAction(e -> vm.verify());
        verify.disableProperty().bind(vm.busyProperty());

        Button cancel = button("Cancel", Feather.X, "cancelVerifyButton", "Cancel the running verification");
        cancel.setOnAction(e -> vm.cancelVerification());
        cancel.disableProperty().bind(vm.verifyingProperty().not());

        Button against = button("Verify against file…", Feather.FILE_TEXT, "verifyAgainstButton",
                "Verify against a checkpoints file kept elsewhere");
        against.setOnAction(e -> vm.verifyAgainstChosenFile());
        against.disableProperty().bind(vm.busyProperty());

        Button checkpoint = button("Checkpoint now", Feather.PEN_TOOL, "checkpointButton",
                "Sign the ledger's current head with your key");
        checkpoint.setOnAction(e -> vm.checkpointNow());
        checkpoint.disableProperty().bind(vm.busyProperty());

        HBox bar = new HBox(8, verify, cancel, against, new Spacer(), checkpoint);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node statusPane() {
        StatusBanner banner = new StatusBanner("verificationStatus");
        vm.statusProperty().addListener((obs, old, now) -> banner.show(now.tone(), now.title(), now.detail()));
        LedgerStatus initial = vm.statusProperty().get();
        banner.show(initial.tone(), initial.title(), initial.detail());

        ProgressBar progress = new ProgressBar();
        progress.setId("verifyProgress");
        progress.setAccessibleText("Verification progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.verifyingProperty());
        progress.managedProperty().bind(vm.verifyingProperty());
        return new VBox(6, banner.node(), progress);
    }

    private Node entriesPane() {
        TableView<LedgerEntry> table = new TableView<>(vm.entries());
        table.setId("ledgerTable");
        table.setAccessibleText("Ledger entries, newest first");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "one-line-rows");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No entries yet. Decisions, imports and checkpoints appear here."));
        // The hash is in the details beside the table: the columns here are the ones people scan.
        table.getColumns().add(column("Seq", 64, LedgerEntry::seq, "seq"));
        table.getColumns().add(column("Time (UTC)", 182, e -> e.time() == null ? "" : SHORT_TIME.format(e.time()), null));
        table.getColumns().add(column("Actor", 68, LedgerEntry::actor, null));
        table.getColumns().add(column("Kind", 172, LedgerEntry::kind, null));
        TableColumn<LedgerEntry, String> subject = column("Subject", 160, LedgerEntry::subject, null);
        subject.setMinWidth(80);
        subject.setCellFactory(col -> new TooltipCell<>());
        table.getColumns().add(subject);
        // Selection follows the view model both ways (a new page selects its newest entry).
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                vm.select(entry);
            }
        });
        vm.selectedProperty().addListener((obs, old, entry) -> {
            if (entry != null && entry != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(entry);
                table.scrollTo(entry);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button newest = button("Newest", Feather.CHEVRONS_LEFT, "newestButton", "Show the newest entries");
        newest.setOnAction(e -> vm.showNewest());
        newest.disableProperty().bind(vm.hasNewerProperty().not().or(vm.loadingProperty()));
        Button newer = button("Newer", Feather.CHEVRON_LEFT, "newerButton", "Show the next newer page of entries");
        newer.setOnAction(e -> vm.showNewer());
        newer.disableProperty().bind(vm.hasNewerProperty().not().or(vm.loadingProperty()));
        Button older = button("Older", Feather.CHEVRON_RIGHT, "olderButton", "Show the next older page of entries");
        older.setOnAction(e -> vm.showOlder());
        older.disableProperty().bind(vm.hasOlderProperty().not().or(vm.loadingProperty()));
        for (Button b : new Button[] {newest, newer, older}) {
            b.getStyleClass().add(Styles.SMALL);
        }
        Label info = new Label();
        info.setId("pageInfo");
        info.getStyleClass().add(Styles.TEXT_MUTED);
        info.textProperty().bind(vm.pageInfoProperty());
        HBox pager = new HBox(6, newest, newer, older, new Spacer(), info);
        pager.setAlignment(Pos.CENTER_LEFT);
        pager.getStyleClass().add("pager");
        VBox box = new VBox(table, pager);
        box.setMinWidth(360);
        return box;
    }

    private static <T> TableColumn<LedgerEntry, T> column(String title, double width, Function<LedgerEntry, T> value, String style) {
        TableColumn<LedgerEntry, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width); // fixed columns keep their width; the last one (Subject) takes what is left
        if (style != null) {
            c.getStyleClass().add(style);
        }
        return c;
    }

    static Button button(String text, Ikon icon, String id, String help) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setMnemonicParsing(text.contains("_"));
        b.setAccessibleText(help);
        b.setTooltip(new Tooltip(help));
        return b;
    }

    /** A cell whose full text is in a tooltip, for values (ARNs, paths) wider than the column. */
    private static final class TooltipCell<T> extends TableCell<LedgerEntry, T> {
        TooltipCell() {
            io.steward.app.ui.common.Controls.hoverTooltip(this, this::getText);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.toString());
        }
    }
}
