package io.steward.app.ui.campaigns;

import io.steward.app.ui.common.ConsoleContext;
import io.steward.app.ui.common.ConsolePage;
import io.steward.app.ui.workbook.WorkbookExportViewModel;
import io.steward.model.ledger.LedgerChanged;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The Campaigns page: campaigns and their review screen. */
public final class CampaignsPage implements ConsolePage {
    private final CampaignsViewModel vm;
    private final ConsoleContext context;
    private CampaignsView view;

    public CampaignsPage(ConsoleContext context) {
        this.context = context;
        this.vm = new CampaignsViewModel(context.workspace().campaigns(), context.workspace().actor(), context.executor());
    }

    @Override
    public String id() {
        return "campaigns";
    }

    @Override
    public String title() {
        return "Campaigns";
    }

    @Override
    public String summary() {
        return "Access reviews: decide, sign off, close";
    }

    @Override
    public Ikon icon() {
        return Feather.CHECK_SQUARE;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new CampaignsView(vm, new WorkbookExportViewModel(context.workspace().workbookExport(),
                    context.workspace().campaigns(), context.workspace().actor(), context.executor(), context.dialogs(),
                    context.clock()), context.dialogs());
        }
        return view.node();
    }

    @Override
    public void start() {
        vm.refresh();
    }

    /** A campaign created or closed elsewhere (the CLI, the demo) shows up in the list. */
    @Override
    public void ledgerChanged(LedgerChanged change) {
        vm.refresh();
    }

    public CampaignsViewModel viewModel() {
        return vm;
    }
}
