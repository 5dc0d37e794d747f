package io.steward.app.ui.accountability;

import io.steward.app.ui.common.Controls;
import io.steward.model.findings.Orphan;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The orphan queue tab: the queue (riskiest first) on the left; the selected identity's details, its owner hint and
 * history, and the assignment form on the right. Enter in a field assigns and moves on to the next orphan.
 */
final class QueuePane {
    static final String HELP = "↑/↓ choose · O or Enter: type the owner (completion from the people directory) · B backup"
            + " · R reason · Enter in a field: assign, then the next orphan · A accept its owner hint · Alt+U allow unknown names"
            + " · N/P next/previous page · F5 reload · Esc back to the queue · Ctrl+Tab next tab";

    private final OrphanQueueViewModel vm;
    private final SplitPane root;
    private final TableView<Orphan> table = new TableView<>();
    private final TextField owner = new TextField();
    private final TextField backup = new TextField();
    private final TextField reason = new TextField();
    private boolean swallowTyped;

    QueuePane(OrphanQueueViewModel vm, CheckBox allowUnknown) {
        this.vm = vm;
        this.root = new SplitPane(queue(), form(allowUnknown));
        root.setDividerPositions(0.58);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // The letter that moves focus into a field must not also be typed into it.
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
    }

    Node node() {
        return root;
    }

    void focus() {
        FocusWhenShown.request(table);
    }

    private Node queue() {
        table.setId("accountability-queue");
        table.setAccessibleText("Orphan queue: identities without an owner or whose owner left, riskiest first");
        table.setItems(vm.orphans());
        table.setPlaceholder(new Label("No orphans: every identity has an owner who is still here."));
        table.getColumns().setAll(java.util.List.of(
                Controls.column("Risk", 70, (Orphan o) -> o.worst() == null ? "—" : o.worst().id()),
                Controls.tooltipColumn("Name", 220, Orphan::name),
                Controls.column("Kind", 120, Orphan::kind),
                Controls.tooltipColumn("Source", 150, Orphan::source),
                Controls.column("Why", 90, Orphan::why),
                Controls.tooltipColumn("Owner now", 160, Orphan::owner),
                Controls.tooltipColumn("Owner hint", 120, Orphan::ownerHint)));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (table.getSelectionModel().getSelectedIndex() != now.intValue()) {
                if (now.intValue() < 0) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(now.intValue());
                    table.scrollTo(Math.max(0, now.intValue() - 3));
                }
            }
        });
        table.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0 && now.intValue() != vm.selectedProperty().get()) {
                vm.selectedProperty().set(now.intValue());
            }
        });
        // The queue may have loaded before this view was built (the page builds it when first shown).
        if (vm.selectedProperty().get() >= 0) {
            table.getSelectionModel().select(vm.selectedProperty().get());
        }
        Label count = new Label();
        count.setId("accountability-queue-count");
        count.textProperty().bind(vm.pageInfoProperty());
        Button previous = PaneParts.button("Previous page", Feather.CHEVRON_LEFT, "accountability-previous-page",
                "The riskier page before (P)", vm::previousPage);
        Button next = PaneParts.button("Next page", Feather.CHEVRON_RIGHT, "accountability-next-page",
                "The next, less risky page (N)", vm::nextPage);
        for (Button b : new Button[] {previous, next}) {
            b.setFocusTraversable(false);
        }
        HBox bar = PaneParts.bar(count, previous, next);
        VBox box = new VBox(bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private Node form(CheckBox allowUnknown) {
        TextArea details = new TextArea();
        details.setId("accountability-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.setFocusTraversable(false);
        details.textProperty().bind(vm.detailsProperty());
        details.setAccessibleText("Why the selected identity is in the queue, its risk, owner hint and ownership history");

        field(owner, "accountability-owner", "Owner: e-mail, person id, login, team or team:NAME (O)", vm.ownerProperty());
        field(backup, "accountability-backup", "Backup (optional): a person or team (B)", vm.backupProperty());
        field(reason, "accountability-reason", "Reason, recorded with the assignment (R)", vm.reasonProperty());
        OwnerCompletion.bind(owner, vm::completions);
        OwnerCompletion.bind(backup, vm::completions);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, label("_Owner", owner), owner);
        grid.addRow(1, label("_Backup", backup), backup);
        grid.addRow(2, label("_Reason", reason), reason);
        GridPane.setHgrow(owner, Priority.ALWAYS);

        Button assign = PaneParts.button("Assign", Feather.USER_CHECK, "accountability-assign",
                "Assign owner and backup to the selected identity, then go to the next orphan (Enter in a field)", vm::assign);
        Button accept = PaneParts.button("Accept owner hint", Feather.THUMBS_UP, "accountability-accept-hint",
                "Assign the owner the identity's hint names (A)", vm::acceptSuggestion);
        accept.disableProperty().bind(vm.suggestionProperty().isNull());
        HBox actions = new HBox(8, assign, accept, allowUnknown);

        HBox nearest = new HBox(6);
        nearest.setId("accountability-nearest");
        nearest.setAccessibleText("The nearest names in the people directory to the refused one");
        vm.nearest().addListener((ListChangeListener<String>) c -> showNearest(nearest));

        VBox right = new VBox(8, details, grid, actions, nearest);
        VBox.setVgrow(details, Priority.ALWAYS);
        right.setPadding(new Insets(0, 0, 0, 8));
        return right;
    }

    private void showNearest(HBox box) {
        box.getChildren().clear();
        if (vm.nearest().isEmpty()) {
            return;
        }
        box.getChildren().add(new Label("Did you mean:"));
        for (int i = 0; i < vm.nearest().size(); i++) {
            int index = i;
            Button b = new Button("_" + (i + 1) + " " + vm.nearest().get(i));
            b.setId("accountability-nearest-" + i);
            b.setMnemonicParsing(true);
            b.setAccessibleText("Use " + vm.nearest().get(i) + " (Alt+" + (i + 1) + ")");
            b.setTooltip(new Tooltip(b.getAccessibleText()));
            b.setOnAction(e -> {
                TextField target = "backup".equals(vm.nearestForProperty().get()) ? backup : owner;
                vm.useNearest(index);
                target.requestFocus();
                target.end();
            });
            box.getChildren().add(b);
        }
    }

    private static void field(TextField f, String id, String help, javafx.beans.property.StringProperty value) {
        f.setId(id);
        f.setPromptText(help);
        f.setAccessibleText(help);
        f.setTooltip(new Tooltip(help));
        f.textProperty().bindBidirectional(value);
    }

    private static Label label(String text, Node target) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        return l;
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            if (e.getCode() == KeyCode.ESCAPE) {
                table.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !e.isAltDown()) {
                vm.assign();
                e.consume();
            }
            return;
        }
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        Runnable action = switch (e.getCode()) {
            case O -> () -> typeInto(owner, true);
            case ENTER -> () -> typeInto(owner, false);
            case B -> () -> typeInto(backup, true);
            case R -> () -> typeInto(reason, true);
            case A -> vm::acceptSuggestion;
            case N -> vm::nextPage;
            case P -> vm::previousPage;
            case J -> vm::next;
            case K -> vm::previous;
            case F5 -> vm::refresh;
            default -> null;
        };
        if (action != null) {
            action.run();
            e.consume();
        }
    }

    /** Focuses {@code f}; {@code swallow}: the key was a letter, whose typed character must not land in the field. */
    private void typeInto(TextField f, boolean swallow) {
        swallowTyped = swallow;
        f.requestFocus();
        f.end();
    }
}
