package io.steward.app.ui.findings;

import io.steward.app.ui.common.ConsoleContext;
import io.steward.app.ui.common.ConsolePage;
import io.steward.model.ledger.LedgerChanged;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The Findings page: counts by rule, severity, source, owner and framework item, the findings behind them, risk acceptance. */
public final class FindingsPage implements ConsolePage {
    private final FindingsViewModel vm;
    private FindingsView view;

    public FindingsPage(ConsoleContext context) {
        this.vm = new FindingsViewModel(context.workspace().findings(), context.workspace().actor(), context.executor(), context.clock());
    }

    @Override
    public String id() {
        return "findings";
    }

    @Override
    public String title() {
        return "Findings";
    }

    @Override
    public String summary() {
        return "Risks by rule, severity, source, owner and framework; accept a risk";
    }

    @Override
    public Ikon icon() {
        return Feather.ALERT_TRIANGLE;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new FindingsView(vm);
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

    /** An import, an owner assignment or an acceptance changes the findings or their counts. */
    @Override
    public void ledgerChanged(LedgerChanged change) {
        vm.reload();
    }

    @Override
    public void close() {
        vm.cancelRefresh();
    }

    public FindingsViewModel viewModel() {
        return vm;
    }
}
