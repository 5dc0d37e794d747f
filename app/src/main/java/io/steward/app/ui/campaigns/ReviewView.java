package io.steward.app.ui.campaigns;

import io.steward.app.ui.common.DialogService;
import io.steward.model.campaigns.CampaignItem;
import io.steward.model.campaigns.CampaignScope;
import io.steward.model.campaigns.ItemFilter;
import io.steward.model.campaigns.SignOffStatement;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;

/**
 * The review screen: items on the left (one per identity, its recommendation beside it), the selected item's risk,
 * frozen access and history on the right, and keys for everything: J/K or arrows next/previous, C certify,
 * R revoke, E reduce, D delegate, M comment; deciding a decided item corrects it. S opens the sign-off dialog.
 */
public final class ReviewView {
    private final ReviewViewModel vm;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final ListView<CampaignItem> list = new ListView<>();
    private final TextField comment = new TextField();
    private final TextField remove = new TextField();
    private final TextField delegateTo = new TextField();
    private boolean swallowTyped;

    public ReviewView(ReviewViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        build();
    }

    public Node node() {
        return root;
    }

    private void build() {
        list.setId("review-items");
        list.setAccessibleText("Campaign items");
        list.setItems(vm.items());
        list.setCellFactory(v -> new ItemCell());
        // Two text lines per item at a known height: the list lays out rows without measuring each cell, which
        // keeps paging and J/K through thousands of items cheap on the UI thread.
        list.setFixedCellSize(Math.ceil(Font.getDefault().getSize() * 2 * 1.4 + 10));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (list.getSelectionModel().getSelectedIndex() != now.intValue()) {
                list.getSelectionModel().select(now.intValue());
                keepInView(now.intValue());
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0 && now.intValue() != vm.selectedProperty().get()) {
                vm.selectedProperty().set(now.intValue());
            }
        });

        TextArea details = new TextArea();
        details.setId("review-details");
        details.setEditable(false);
        details.setWrapText(true);
        details.setFocusTraversable(false);
        details.textProperty().bind(vm.detailsProperty());
        details.setAccessibleText("Risk, recommendation, frozen access and history of the selected item");

        comment.setId("review-comment");
        comment.setPromptText("Comment (M) — required for revoke, reduce, delegate and high findings");
        comment.textProperty().bindBidirectional(vm.commentProperty());
        remove.setId("review-remove");
        remove.setPromptText("Reduce: grants or credentials to remove, comma-separated");
        remove.textProperty().bindBidirectional(vm.removeProperty());
        delegateTo.setId("review-delegate-to");
        delegateTo.setPromptText("Delegate to (person)");
        delegateTo.textProperty().bindBidirectional(vm.delegateToProperty());
        for (TextField f : new TextField[] {comment, remove, delegateTo}) {
            f.setAccessibleText(f.getPromptText());
            f.setOnAction(e -> list.requestFocus());
        }
        GridPane inputs = new GridPane();
        inputs.setHgap(8);
        inputs.setVgap(6);
        inputs.addRow(0, new Label("Comment"), comment);
        inputs.addRow(1, new Label("Remove"), remove);
        inputs.addRow(2, new Label("Delegate to"), delegateTo);
        GridPane.setHgrow(comment, Priority.ALWAYS);

        HBox actions = new HBox(6, button("Certify (C)", vm::certify), button("Revoke (R)", vm::revoke),
                button("Reduce (E)", vm::reduce), button("Delegate (D)", vm::delegate), button("Sign off… (S)", this::signOff));
        VBox right = new VBox(8, details, inputs, actions);
        VBox.setVgrow(details, Priority.ALWAYS);
        right.setPadding(new Insets(0, 0, 0, 8));

        SplitPane split = new SplitPane(list, right);
        split.setDividerPositions(0.42);
        root.setTop(filters());
        root.setCenter(split);
        Label status = new Label();
        status.setId("review-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        root.setBottom(status);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // The M that moves focus into the comment field must not also be typed into it.
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
    }

    private Node filters() {
        CheckBox mine = new CheckBox("Only mine (" + vm.actor() + ")");
        mine.selectedProperty().bindBidirectional(vm.mineOnlyProperty());
        ComboBox<String> decided = combo("decided", "any state", "undecided", "decided");
        decided.setOnAction(e -> vm.filterProperty().set(vm.filterProperty().get().withDecided(
                decided.getValue().equals("undecided") ? Boolean.FALSE : decided.getValue().equals("decided") ? Boolean.TRUE : null)));
        ComboBox<String> rec = combo("recommendation", "any recommendation", "certify", "revoke", "reduce", "review");
        rec.setOnAction(e -> vm.filterProperty().set(vm.filterProperty().get().withRecommendation(
                rec.getValue().startsWith("any") ? null : rec.getValue())));
        ComboBox<String> finding = combo("finding", "any findings", "with findings", "without findings", "overprivileged",
                "agent-standing-privilege", "stale-credential", "unused-credential", "no-owner", "no-expiry");
        finding.setOnAction(e -> vm.filterProperty().set(vm.filterProperty().get().withFinding(switch (finding.getValue()) {
            case "any findings" -> null;
            case "with findings" -> CampaignScope.ANY;
            case "without findings" -> CampaignScope.NONE;
            default -> finding.getValue();
        })));
        TextField source = new TextField();
        source.setPromptText("source (exact)");
        source.setAccessibleText("Filter by source");
        source.setOnAction(e -> {
            vm.filterProperty().set(vm.filterProperty().get().withSource(source.getText().isBlank() ? null : source.getText().strip()));
            list.requestFocus();
        });
        Label progress = new Label();
        progress.setId("review-progress");
        progress.textProperty().bind(vm.progressProperty());
        HBox bar = new HBox(8, mine, decided, rec, finding, source, progress);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    private static ComboBox<String> combo(String what, String... values) {
        ComboBox<String> c = new ComboBox<>();
        c.getItems().setAll(values);
        c.setValue(values[0]);
        c.setAccessibleText("Filter by " + what);
        c.setFocusTraversable(false);
        return c;
    }

    private Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private void onKey(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (typing) {
            if (e.getCode() == KeyCode.ESCAPE) {
                list.requestFocus();
                e.consume();
            }
            return;
        }
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        Runnable action = switch (e.getCode()) {
            case J, DOWN -> vm::next;
            case K, UP -> vm::previous;
            case C -> vm::certify;
            case R -> vm::revoke;
            case E -> vm::reduce;
            case D -> vm::delegate;
            case M -> () -> {
                swallowTyped = true;
                comment.requestFocus();
            };
            case S -> this::signOff;
            default -> null;
        };
        if (action != null) {
            action.run();
            e.consume();
        }
    }

    private void signOff() {
        vm.signOffStatement(this::confirmSignOff);
    }

    private void confirmSignOff(SignOffStatement s) {
        if (!s.undecided().isEmpty()) {
            dialogs.showInformation("Not yet", s.undecided().size() + " of your items are undecided (first: #" + s.undecided().get(0)
                    + "). Decide them, then sign off.");
            return;
        }
        if (dialogs.confirm("Sign off " + s.campaign(), SignOffText.of(s), "Sign off")) {
            vm.signOff();
        }
        list.requestFocus();
    }

    /**
     * Scrolls only when the selected row leaves the visible rows, and then by a page: scrolling moves every row, and
     * repainting the whole list on each J was most of the UI's work while paging (the software renderer, whose frame
     * the UI thread waits for, paints what moved). Inside the visible rows only the two changed rows repaint.
     */
    private void keepInView(int index) {
        if (index < 0) {
            return;
        }
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        if (first == null || last == null) {
            list.scrollTo(Math.max(0, index - 3));
            return;
        }
        int top = first.getIndex();
        int bottom = last.getIndex(); // may be cut off at the bottom edge: treated as out of view
        if (index >= bottom) {
            list.scrollTo(Math.max(0, index - 3));
        } else if (index < top) {
            list.scrollTo(Math.max(0, index - (bottom - top) + 3));
        }
    }

    /** Focuses the item list, where the keys work. */
    public void focus() {
        list.requestFocus();
    }

    private static final class ItemCell extends ListCell<CampaignItem> {
        @Override
        protected void updateItem(CampaignItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText("#" + item.itemNo() + "  " + item.name() + "  (" + item.kind() + ")\n"
                    + (item.decided() ? "✓ " + item.decision() : "○ undecided") + " · recommend " + item.recommendation()
                    + (item.maxSeverity() == null ? "" : " · " + item.maxSeverity() + " finding")
                    + (item.previousDecision() == null ? "" : " · before: " + item.previousDecision()));
        }
    }
}
