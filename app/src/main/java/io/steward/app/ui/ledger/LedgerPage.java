package io.steward.app.ui.ledger;

import io.steward.app.ui.common.ConsoleContext;
import io.steward.app.ui.common.ConsolePage;
import io.steward.model.ledger.LedgerChanged;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The Ledger page: the entries, newest first, their details, verification and checkpoints. */
public final class LedgerPage implements ConsolePage {
    private final LedgerViewModel vm;
    private LedgerView view;

    public LedgerPage(ConsoleContext context) {
        this.vm = new LedgerViewModel(context.workspace(), context.executor(), context.dialogs());
    }

    @Override
    public String id() {
        return "ledger";
    }

    @Override
    public String title() {
        return "Ledger";
    }

    @Override
    public String summary() {
        return "Append-only, hash-chained record of every decision";
    }

    @Override
    public Ikon icon() {
        return Feather.BOOK_OPEN;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new LedgerView(vm);
        }
        return view.node();
    }

    @Override
    public void start() {
        vm.showNewest();
    }

    /** Any decision is a new entry: show the newest again. */
    @Override
    public void ledgerChanged(LedgerChanged change) {
        vm.showNewest();
    }

    public LedgerViewModel viewModel() {
        return vm;
    }
}
