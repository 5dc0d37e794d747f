package io.steward.app.ui.ledger;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.steward.model.ledger.Ledger;
import io.steward.model.ledger.LedgerEntry;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
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
    private final LedgerViewModel vm;
    private final VBox root = new VBox();

    public LedgerView(LedgerViewModel vm) {
        this.vm = vm;
        root.getStyleClass().add("page");
        root.setId("ledgerPage");
        SplitPane split = new SplitPane(entriesPane(), new EntryDetailsPane(vm.detailsProperty()).node());
        split.setDividerPositions(0.6);
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
        Message message = new Message();
        message.setId("verificationStatus");
        message.setFocusTraversable(true);
        Function<LedgerStatus, String> text = s -> s.title() + ". " + s.detail();
        message.titleProperty().bind(Bindings.createStringBinding(() -> vm.statusProperty().get().title(), vm.statusProperty()));
        message.descriptionProperty().bind(Bindings.createStringBinding(() -> vm.statusProperty().get().detail(), vm.statusProperty()));
        message.accessibleTextProperty().bind(Bindings.createStringBinding(() -> text.apply(vm.statusProperty().get()), vm.statusProperty()));
        vm.statusProperty().addListener((obs, old, now) -> style(message, now));
        style(message, vm.statusProperty().get());

        ProgressBar progress = new ProgressBar();
        progress.setId("verifyProgress");
        progress.setAccessibleText("Verification progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.verifyingProperty());
        progress.managedProperty().bind(vm.verifyingProperty());
        return new VBox(6, message, progress);
    }

    /** Colour, icon and words all change with the kind: the state never hangs on colour alone. */
    private static void style(Message message, LedgerStatus status) {
        message.getStyleClass().removeAll(Styles.ACCENT, Styles.SUCCESS, Styles.WARNING, Styles.DANGER);
        Ikon icon = switch (status.kind()) {
            case INFO -> Feather.INFO;
            case RUNNING -> Feather.LOADER;
            case SUCCESS -> Feather.CHECK_CIRCLE;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case DANGER -> Feather.X_OCTAGON;
        };
        switch (status.kind()) {
            case INFO, RUNNING -> message.getStyleClass().add(Styles.ACCENT);
            case SUCCESS -> message.getStyleClass().add(Styles.SUCCESS);
            case WARNING -> message.getStyleClass().add(Styles.WARNING);
            case DANGER -> message.getStyleClass().add(Styles.DANGER);
        }
        message.setGraphic(new FontIcon(icon));
        message.getProperties().put("kind", status.kind());
    }

    private Node entriesPane() {
        TableView<LedgerEntry> table = new TableView<>(vm.entries());
        table.setId("ledgerTable");
        table.setAccessibleText("Ledger entries, newest first");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No entries yet. Decisions, imports and checkpoints appear here."));
        table.getColumns().add(column("Seq", 70, e -> e.seq(), "seq"));
        table.getColumns().add(column("Time (UTC)", 190, e -> e.time() == null ? "" : Ledger.TIME.format(e.time()), null));
        table.getColumns().add(column("Actor", 110, LedgerEntry::actor, null));
        table.getColumns().add(column("Kind", 150, LedgerEntry::kind, null));
        table.getColumns().add(column("Subject", 160, LedgerEntry::subject, null));
        table.getColumns().add(column("Hash", 150, e -> StatusMessages.shortHash(e.hash()), "mono"));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> vm.select(entry));
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
}
