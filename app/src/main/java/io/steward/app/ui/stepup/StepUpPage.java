package io.steward.app.ui.stepup;

import io.steward.app.ui.common.ConsoleContext;
import io.steward.app.ui.common.ConsolePage;
import io.steward.model.ledger.LedgerChanged;
import io.steward.model.stepup.policy.Policy;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The Step-up page: the inbox of privilege requests, their context and policy evaluation, decisions, grants, history. */
public final class StepUpPage implements ConsolePage {
    private final StepUpViewModel vm;
    private StepUpView view;

    public StepUpPage(ConsoleContext context) {
        // The console decides under the policy that ships with Steward, as the CLI does without --policy; it is
        // compiled on the first background task, not while the window is built.
        this.vm = new StepUpViewModel(() -> context.workspace().stepUp(Policy.defaultPolicy()), Policy.DEFAULT_RESOURCE,
                context.workspace().stepUpQuery(), context.workspace().actor(), context.clock(), context.executor());
    }

    @Override
    public String id() {
        return "stepUp";
    }

    @Override
    public String title() {
        return "Step-up";
    }

    @Override
    public String summary() {
        return "Privilege requests: approve or deny under policy, time-boxed grants, revoke";
    }

    @Override
    public Ikon icon() {
        return Feather.KEY;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new StepUpView(vm);
        }
        return view.node();
    }

    @Override
    public void start() {
        vm.refresh();
    }

    @Override
    public void shown() {
        if (view != null) {
            view.focus();
        }
    }

    /** A request imported or decided elsewhere (the CLI, the demo, another page) shows up; remaining times move on. */
    @Override
    public void ledgerChanged(LedgerChanged change) {
        vm.refresh();
    }

    public StepUpViewModel viewModel() {
        return vm;
    }
}
