package io.steward.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.StepUpInbox;
import io.steward.app.demo.DemoStepUp;
import io.steward.model.stepup.RequestState;
import io.steward.model.stepup.RequestSummary;
import io.steward.model.stepup.StepUpQuery;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Works the demo's step-up inbox in the real console by keyboard only: approve an over-long request at the TTL the
 * policy allows, approve a production write that needs two approvers (it stays pending), deny an agent's request,
 * and try to approve one's own request (refused, nothing written).
 */
class StepUpPageTest extends ConsoleTest {
    TableView<RequestSummary> table;
    Label status;

    @Test
    void worksTheDemoInboxByKeyboard() throws Exception {
        openInbox("stepup.steward");
        TextArea details = robot.lookup("#stepup-details").queryAs(TextArea.class);
        await(() -> ids().equals(List.of(DemoStepUp.OVER_LONG, DemoStepUp.HALF_APPROVED, DemoStepUp.AGENT_WRITE,
                DemoStepUp.AGENT_SECRETS, DemoStepUp.SELF_REQUEST)) && table.isFocused());
        assertThat(robot.lookup("#stepup-page-info").queryAs(Label.class).getText()).isEqualTo("Inbox: 1–5 of 5 pending requests");
        assertEveryControlHasAccessibleText();

        // the over-long request (P7D asked): A prefills the most the policy allows, Enter confirms
        await(() -> details.getText().contains(DemoStepUp.OVER_LONG + "  (pending)"));
        robot.type(KeyCode.A);
        TextField ttl = robot.lookup("#stepup-ttl").queryAs(TextField.class);
        await(() -> ttl.isVisible() && robot.lookup("#stepup-reason").queryAs(TextField.class).isFocused());
        assertThat(ttl.getText()).isEqualTo("PT8H");
        robot.write("one working day of backfill");
        robot.type(KeyCode.ENTER);
        await(() -> status.getText().startsWith("Approved SU-1004 as owner: granted for PT8H"));
        await(() -> !ids().contains(DemoStepUp.OVER_LONG) && table.isFocused());

        // a production write by an agent: two approvers; after alice it stays pending
        selectByKeys(DemoStepUp.AGENT_WRITE);
        await(() -> details.getText().contains("production-privileged: approvals 2, cap PT1H"));
        robot.type(KeyCode.A);
        await(() -> robot.lookup("#stepup-reason").queryAs(TextField.class).isFocused());
        assertThat(ttl.getText()).isEqualTo("PT1H");
        robot.write("release 4.2 signed off");
        robot.type(KeyCode.ENTER);
        await(() -> status.getText().startsWith("Approved SU-1001 as owner: approval 1 of 2; still pending"));
        await(() -> row(DemoStepUp.AGENT_WRITE) != null && row(DemoStepUp.AGENT_WRITE).approvals() == 1);

        // an agent asking to decrypt the signing key: denied with a reason
        selectByKeys(DemoStepUp.AGENT_SECRETS);
        robot.type(KeyCode.D);
        await(() -> robot.lookup("#stepup-reason").queryAs(TextField.class).isFocused());
        assertThat(ttl.isVisible()).as("a denial has no TTL").isFalse();
        robot.write("use the pipeline's own key");
        robot.type(KeyCode.ENTER);
        await(() -> status.getText().startsWith("Denied SU-1007 as owner"));
        await(() -> !ids().contains(DemoStepUp.AGENT_SECRETS));

        // alice asked for SU-1003 herself: the approval is refused with the rule's message, nothing is written
        long entries = workspace.ledger().size();
        selectByKeys(DemoStepUp.SELF_REQUEST);
        robot.type(KeyCode.A);
        await(() -> robot.lookup("#stepup-reason").queryAs(TextField.class).isFocused());
        robot.write("I need it now");
        robot.type(KeyCode.ENTER);
        await(() -> status.getText().startsWith("Refused by no-self-approval: alice asked for SU-1003 and so cannot approve it"));
        robot.type(KeyCode.ESCAPE);
        await(() -> !robot.lookup("#stepup-form").query().isVisible() && table.isFocused());
        assertThat(workspace.ledger().size()).isEqualTo(entries);

        Map<String, RequestSummary> all = workspace.stepUpQuery().list(StepUpQuery.Filter.ALL, Instant.now(), 100).stream()
                .collect(Collectors.toMap(RequestSummary::id, r -> r));
        assertThat(all.get(DemoStepUp.OVER_LONG).state()).isEqualTo(RequestState.ACTIVE);
        assertThat(all.get(DemoStepUp.AGENT_WRITE).state()).isEqualTo(RequestState.PENDING);
        assertThat(all.get(DemoStepUp.AGENT_WRITE).approvals()).isEqualTo(1);
        assertThat(all.get(DemoStepUp.AGENT_SECRETS).state()).isEqualTo(RequestState.DENIED);
        assertThat(all.get(DemoStepUp.SELF_REQUEST).state()).isEqualTo(RequestState.PENDING);

        // G: the grants, the fresh one with its remaining time, the one that ended three days ago marked expired
        robot.type(KeyCode.G);
        await(() -> ids().equals(List.of(DemoStepUp.OVER_LONG, DemoStepUp.STILL_PRESENT)));
        await(() -> robot.lookup("EXPIRED").tryQuery().isPresent());
        assertThat(robot.lookup(node -> node instanceof javafx.scene.control.TableCell<?, ?> c && c.getText() != null
                && c.getText().startsWith("ends in 7 hours")).tryQuery()).isPresent();
    }

    @Test
    void entersARequestThatCameByChatThroughTheNewRequestDialog() throws Exception {
        openInbox("new-request.steward");
        await(() -> ids().size() == 5 && table.isFocused());

        robot.type(KeyCode.N);
        await(() -> robot.lookup("#stepup-new-target").tryQuery().isPresent());
        Node targetField = robot.lookup("#stepup-new-target").query();
        try {
            await(targetField::isFocused);
        } catch (AssertionError e) {
            throw new AssertionError("the dialog's focus is on " + targetField.getScene().getFocusOwner()
                    + ", its window focused: " + targetField.getScene().getWindow().isFocused(), e);
        }
        assertThat(robot.lookup("#stepup-new-target").queryAs(TextField.class).getText()).as("the N is not typed into it").isEmpty();
        robot.type(KeyCode.ENTER); // nothing filled in: the dialog stays and says what is missing
        Label problems = robot.lookup("#stepup-new-problems").queryAs(Label.class);
        await(() -> problems.getText().contains("Target: required"));
        assertThat(problems.getText()).contains("Privilege: required").contains("Justification: required");

        robot.targetWindow(targetField.getScene().getWindow()); // write() types into the robot's target window
        robot.write("web-lb");
        robot.type(KeyCode.TAB);
        robot.write("s3:PutObject");
        robot.type(KeyCode.TAB, 3); // resource, environment (the target's), TTL (PT1H)
        robot.type(KeyCode.TAB);
        robot.write("asked in #ops, ticket OPS-9");
        robot.type(KeyCode.ENTER);
        try {
            await(() -> status.getText().startsWith("Requested REQ-") && robot.lookup("#stepup-new-target").tryQuery().isEmpty());
        } catch (AssertionError e) {
            Map<String, String> fields = robot.lookup(n -> n instanceof TextField && n.getId() != null && n.getId().startsWith("stepup-new-"))
                    .queryAll().stream().map(TextField.class::cast).collect(Collectors.toMap(TextField::getId, TextField::getText));
            throw new AssertionError("the dialog says: " + problems.getText() + "; fields: " + fields, e);
        }
        assertThat(status.getText()).contains("s3:PutObject for aws:1|web-lb (production) for PT1H");
        await(() -> ids().size() == 6);
    }

    /** The demo's inbox in a new ledger, owned by alice; the console started on it, showing the Step-up page. */
    @SuppressWarnings("unchecked")
    private void openInbox(String name) throws Exception {
        Path ledger = dir.resolve(name);
        StepUpInbox.create(ledger, dir.resolve("keys"), "alice", Clock.systemUTC());
        start(ledger);
        robot.clickOn("#navStepUp");
        table = robot.lookup("#stepup-requests").queryAs(TableView.class);
        status = robot.lookup("#stepup-status").queryAs(Label.class);
    }

    private List<String> ids() {
        return table.getItems().stream().map(RequestSummary::id).toList();
    }

    private RequestSummary row(String id) {
        return table.getItems().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    /** Moves the table's selection to {@code id} with the arrow keys. */
    private void selectByKeys(String id) throws Exception {
        await(() -> ids().contains(id) && table.isFocused());
        int target = ids().indexOf(id);
        int at = table.getSelectionModel().getSelectedIndex();
        KeyCode key = target > at ? KeyCode.DOWN : KeyCode.UP;
        for (int i = 0; i < Math.abs(target - at); i++) {
            robot.type(key);
        }
        await(() -> table.getSelectionModel().getSelectedItem() != null && table.getSelectionModel().getSelectedItem().id().equals(id));
    }

    private void assertEveryControlHasAccessibleText() {
        Node page = robot.lookup("#stepup-page").query();
        java.util.function.Predicate<Node> control = node -> node instanceof ButtonBase || node instanceof TextInputControl
                || node instanceof TableView;
        List<Node> controls = robot.from(page).lookup(control).queryAll().stream().toList();
        assertThat(controls).hasSizeGreaterThan(10);
        assertThat(controls).allSatisfy(node -> assertThat(node.getAccessibleText()).as(node.toString()).isNotBlank());
    }

    /** Waits, and on a timeout says what the status line showed. */
    private void await(Callable<Boolean> condition) throws Exception {
        try {
            ConsoleTest.waitUntil(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out; the status line says: " + (status == null ? "" : status.getText())
                    + "; listed: " + (table == null ? "" : ids()) + "; focus on " + (table == null ? "" : table.getScene().getFocusOwner()), e);
        }
    }
}
