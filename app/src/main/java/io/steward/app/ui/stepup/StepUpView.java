package io.steward.app.ui.stepup;

import io.steward.app.ui.common.Controls;
import io.steward.app.ui.stepup.StepUpViewModel.Action;
import io.steward.app.ui.stepup.StepUpViewModel.Show;
import io.steward.model.stepup.RequestState;
import io.steward.model.stepup.RequestSummary;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Step-up page: the inbox (or grants, or history) on the left, most urgent first; the selected request's
 * context and policy evaluation on the right, and below it a small inline form for the decision. Keyboard first:
 * A approve, D deny, R revoke, then Enter confirms and Esc cancels; I / G / H switch the list, N enters a new
 * request, Ctrl+Page Down / Ctrl+Page Up page through it.
 */
final class StepUpView {
    static final String KEYS = "Keys: ↑/↓ select · A approve · D deny · R revoke a grant · Enter confirms, Esc cancels · "
            + "I inbox · G grants · H history · N new request · Ctrl+PgDn/PgUp next/previous page · F5 refresh";

    private final StepUpViewModel vm;
    private final NewRequestDialog newRequest;
    private final BorderPane root = new BorderPane();
    private final TableView<RequestSummary> table = new TableView<>();
    private final TextField ttl = new TextField();
    private final TextField reason = new TextField();
    private boolean swallowTyped;
    private boolean newRequestOnRelease;
    private boolean focusPending;

    StepUpView(StepUpViewModel vm) {
        this.vm = vm;
        this.newRequest = new NewRequestDialog(vm);
        build();
    }

    Node node() {
        return root;
    }

    private void build() {
        root.setId("stepup-page");
        table.setId("stepup-requests");
        table.setAccessibleText("Step-up requests, most urgent first");
        table.setItems(vm.requests());
        // The first page arrives after the page is shown; if focus has not landed in the page yet, it goes to the list.
        vm.requests().addListener((javafx.collections.ListChangeListener<RequestSummary>) c -> focusIfPending());
        table.sceneProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(this::focusIfPending));
        table.setPlaceholder(new Label("Nothing here. Requests arrive with 'steward stepup import FILE' or New request… (N)."));
        table.getColumns().setAll(java.util.List.of(
                Controls.column("Request", 110, RequestSummary::id),
                Controls.column("State", 120, RequestLabels::state),
                Controls.tooltipColumn("Due", 190, r -> RequestLabels.due(r, vm.now())),
                Controls.tooltipColumn("Target", 170, r -> r.targetName() == null ? r.identityKey() : r.targetName()),
                Controls.tooltipColumn("Privilege", 170, r -> r.privilege() + (r.resource() == null ? "" : " on " + r.resource())),
                Controls.column("Environment", 100, RequestSummary::environment),
                Controls.column("TTL", 70, r -> String.valueOf(r.grantedTtl() != null ? r.grantedTtl() : r.ttl())),
                Controls.tooltipColumn("Requester", 160, RequestSummary::requester)));
        table.setRowFactory(t -> Controls.styledRow(r -> r.state() == RequestState.EXPIRED ? "stepup-expired"
                : r.state() == RequestState.ACTIVE ? "stepup-active" : null));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now != vm.selectedProperty().get()) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(Math.max(0, table.getItems().indexOf(now) - 3));
            }
        });

        TextArea details = new TextArea();
        details.setId("stepup-details");
        details.getStyleClass().add("mono");
        details.setEditable(false);
        details.setWrapText(true);
        details.setFocusTraversable(false);
        details.textProperty().bind(vm.detailsProperty());
        details.setAccessibleText("The selected request: target, owner and backup, open findings, other grants, "
                + "the policy evaluation rule by rule, and the decisions recorded");

        HBox actions = new HBox(6,
                action("_Approve… (A)", Feather.CHECK, "stepup-approve", "Approve the selected request with a TTL and a reason (A)", vm::startApprove),
                action("_Deny… (D)", Feather.X, "stepup-deny", "Deny the selected request with a reason (D)", vm::startDeny),
                action("_Revoke… (R)", Feather.SLASH, "stepup-revoke", "End the selected active grant early, with a reason (R)", vm::startRevoke));
        VBox right = new VBox(8, details, form(), actions);
        VBox.setVgrow(details, Priority.ALWAYS);
        right.setPadding(new Insets(0, 0, 0, 8));

        SplitPane split = new SplitPane(table, right);
        split.setDividerPositions(0.55);
        root.setTop(toolbar());
        root.setCenter(split);
        root.setBottom(statusLines());
        root.setPadding(new Insets(8));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // The letter that moves focus into the reason field must not also be typed into it.
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
        // N opens the dialog once the key is up, so its typed "n" cannot land in the dialog's first field.
        root.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (newRequestOnRelease && e.getCode() == KeyCode.N) {
                newRequestOnRelease = false;
                newRequest.show(root.getScene().getWindow());
            }
        });
        vm.actionProperty().addListener((o, was, now) -> {
            if (now == null && (reason.isFocused() || ttl.isFocused())) {
                table.requestFocus();
            }
        });
    }

    private Node toolbar() {
        ToggleGroup group = new ToggleGroup();
        HBox bar = new HBox(6);
        for (Show s : Show.values()) {
            String key = s.title().substring(0, 1);
            ToggleButton b = new ToggleButton(s.title() + " (" + key + ")");
            b.setId("stepup-show-" + s.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            String help = switch (s) {
                case INBOX -> "Pending requests, most urgent first: expiry, production, privileged (I)";
                case GRANTS -> "Active grants with their remaining time, then expired and revoked grants (G)";
                case HISTORY -> "Requests decided or lapsed, newest first (H)";
            };
            b.setAccessibleText(help);
            b.setTooltip(new Tooltip(help));
            b.setSelected(vm.showProperty().get() == s);
            b.setOnAction(e -> vm.showProperty().set(s));
            vm.showProperty().addListener((o, was, now) -> b.setSelected(now == s));
            bar.getChildren().add(b);
        }
        Label page = new Label();
        page.setId("stepup-page-info");
        page.textProperty().bind(vm.pageInfoProperty());
        Button previous = Controls.button("‹ Previous", null, "stepup-previous", "The previous page of this list (Ctrl+Page Up)");
        previous.setOnAction(e -> vm.previousPage());
        previous.disableProperty().bind(vm.hasPreviousProperty().not());
        Button next = Controls.button("Next ›", null, "stepup-next", "The next page of this list (Ctrl+Page Down)");
        next.setOnAction(e -> vm.nextPage());
        next.disableProperty().bind(vm.hasNextProperty().not());
        Button create = Controls.button("_New request… (N)", Feather.PLUS, "stepup-new",
                "Enter a request that arrived by chat or ticket (N)");
        create.setOnAction(e -> newRequest.show(root.getScene().getWindow()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getChildren().addAll(spacer, page, previous, next, create);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        for (Node n : bar.getChildren()) {
            n.setFocusTraversable(false);
        }
        return bar;
    }

    /** The inline decision form: shown while A, D or R is in progress; TTL only for an approval. */
    private Node form() {
        Label title = new Label();
        title.setId("stepup-form-title");
        title.textProperty().bind(vm.formTitleProperty());
        title.getStyleClass().add("stepup-form-title");
        ttl.setId("stepup-ttl");
        ttl.setPromptText("TTL, e.g. PT1H (prefilled with the most the request and the policy allow)");
        ttl.setAccessibleText("Time to live of the grant, ISO-8601, e.g. PT1H");
        ttl.textProperty().bindBidirectional(vm.ttlProperty());
        reason.setId("stepup-reason");
        reason.setPromptText("Reason (required, recorded in the ledger)");
        reason.setAccessibleText("Reason for the decision, recorded in the ledger");
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        for (TextField f : new TextField[] {ttl, reason}) {
            f.setOnAction(e -> vm.confirm());
        }
        Label ttlLabel = new Label("TTL");
        ttlLabel.setLabelFor(ttl);
        Label reasonLabel = new Label("Reason");
        reasonLabel.setLabelFor(reason);
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        fields.addRow(0, ttlLabel, ttl);
        fields.addRow(1, reasonLabel, reason);
        GridPane.setHgrow(reason, Priority.ALWAYS);
        var approving = vm.actionProperty().isEqualTo(Action.APPROVE);
        for (Node n : new Node[] {ttlLabel, ttl}) {
            n.visibleProperty().bind(approving);
            n.managedProperty().bind(approving);
        }
        Button confirm = Controls.button("Confirm (Enter)", null, "stepup-confirm", "Record the decision in the ledger (Enter)");
        confirm.setOnAction(e -> vm.confirm());
        confirm.disableProperty().bind(vm.busyProperty());
        Button cancel = Controls.button("Cancel (Esc)", null, "stepup-cancel", "Close the form; nothing is written (Esc)");
        cancel.setOnAction(e -> vm.cancel());
        VBox form = new VBox(6, title, fields, new HBox(6, confirm, cancel));
        form.setId("stepup-form");
        form.getStyleClass().add("stepup-form");
        form.setPadding(new Insets(8));
        var open = vm.actionProperty().isNotNull();
        form.visibleProperty().bind(open);
        form.managedProperty().bind(open);
        return form;
    }

    private Node statusLines() {
        Label status = new Label();
        status.setId("stepup-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.setAccessibleText("Outcome of the last action");
        Label help = new Label(KEYS + " · policy: " + vm.policyName());
        help.setId("stepup-help");
        help.setWrapText(true);
        help.getStyleClass().add("stepup-help");
        VBox box = new VBox(4, status, help);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private Button action(String text, Feather icon, String id, String help, Runnable start) {
        Button b = Controls.button(text, icon, id, help);
        b.setFocusTraversable(false);
        b.setOnAction(e -> {
            start.run();
            focusForm();
        });
        return b;
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.cancel();
                table.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                vm.confirm();
                e.consume();
            }
            return;
        }
        if (e.isShortcutDown() && (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.PAGE_UP)) {
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                vm.nextPage();
            } else {
                vm.previousPage();
            }
            e.consume();
            return;
        }
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        Runnable action = switch (e.getCode()) {
            case A -> withForm(vm::startApprove);
            case D -> withForm(vm::startDeny);
            case R -> withForm(vm::startRevoke);
            case ESCAPE -> vm::cancel;
            case I -> () -> vm.showProperty().set(Show.INBOX);
            case G -> () -> vm.showProperty().set(Show.GRANTS);
            case H -> () -> vm.showProperty().set(Show.HISTORY);
            case N -> () -> newRequestOnRelease = true;
            case F5 -> vm::refresh;
            default -> null;
        };
        if (action != null) {
            action.run();
            e.consume();
        }
    }

    private Runnable withForm(Runnable start) {
        return () -> {
            start.run();
            swallowTyped = true;
            focusForm();
        };
    }

    private void focusForm() {
        if (vm.actionProperty().get() != null) {
            reason.requestFocus();
        }
    }

    /**
     * Focuses the request list, where the keys work: once the list is in the scene (a new window's split pane adds it
     * on its first layout), and again when the first rows arrive if focus is still outside the page.
     */
    void focus() {
        focusPending = true;
        javafx.application.Platform.runLater(this::focusIfPending);
    }

    private void focusIfPending() {
        if (!focusPending || table.getScene() == null) {
            return; // the split pane adds the list to the scene when its skin is made; the scene listener retries
        }
        Node owner = root.getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == root) {
                focusPending = false;
                return;
            }
        }
        table.requestFocus();
        focusPending = root.getScene().getFocusOwner() != table || table.getItems().isEmpty();
    }
}
