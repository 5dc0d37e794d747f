package io.steward.app.ui.accountability;

import io.steward.app.ui.common.ConsoleContext;
import io.steward.app.ui.common.ConsolePage;
import io.steward.model.ledger.LedgerChanged;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The Accountability page: clear the orphan queue, accept owner hints, preview and apply bulk ownership rules. */
public final class AccountabilityPage implements ConsolePage {
    private final AccountabilityViewModel vm;
    private AccountabilityView view;

    public AccountabilityPage(ConsoleContext context) {
        this.vm = new AccountabilityViewModel(context.workspace().accountability(), context.workspace().actor(), context.executor(),
                context.dialogs(), context.workspace().ledgerFile());
    }

    @Override
    public String id() {
        return "accountability";
    }

    @Override
    public String title() {
        return "Accountability";
    }

    @Override
    public String summary() {
        return "Owners: the orphan queue, owner hints, bulk rules";
    }

    @Override
    public Ikon icon() {
        return Feather.USER_CHECK;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new AccountabilityView(vm);
        }
        return view.node();
    }

    @Override
    public void start() {
        vm.start();
    }

    @Override
    public void shown() {
        if (view != null) {
            view.focus();
        }
    }

    /** Any assignment (here, on the command line, by an import's owner findings) changes the queue and the hints. */
    @Override
    public void ledgerChanged(LedgerChanged change) {
        vm.refresh();
    }

    public AccountabilityViewModel viewModel() {
        return vm;
    }
}
