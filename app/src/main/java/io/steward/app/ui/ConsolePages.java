package io.steward.app.ui;

import io.steward.app.ui.accountability.AccountabilityPage;
import io.steward.app.ui.campaigns.CampaignsPage;

import io.steward.app.ui.common.ConsolePage;
import io.steward.app.ui.findings.FindingsPage;
import io.steward.app.ui.inventory.InventoryPage;
import io.steward.app.ui.ledger.LedgerPage;
import io.steward.app.ui.stepup.StepUpPage;
import java.util.List;

/** The console's pages in navigation order (Ctrl+1 is the first). A new page is one line here. */
public final class ConsolePages {
    public static final List<ConsolePage.Factory> STANDARD = List.of(
            InventoryPage::new,
            LedgerPage::new,
            CampaignsPage::new,
            StepUpPage::new,
            FindingsPage::new,
            AccountabilityPage::new);

    private ConsolePages() {
    }
}
