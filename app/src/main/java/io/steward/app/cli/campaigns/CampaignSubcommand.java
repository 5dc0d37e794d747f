package io.steward.app.cli.campaigns;

import io.steward.app.Workspace;
import io.steward.app.cli.ExitCodes;
import io.steward.app.cli.StewardCommand;
import io.steward.model.campaigns.CampaignRefused;
import io.steward.model.campaigns.CampaignService;

/** A campaign command: runs against the existing ledger; a refusal by a campaign rule prints it and exits 1. */
abstract class CampaignSubcommand extends StewardCommand {
    @FunctionalInterface
    interface Work {
        int run(Workspace workspace, CampaignService campaigns);
    }

    protected final int withCampaigns(Work work) {
        try (Workspace workspace = openExistingLedger()) {
            return work.run(workspace, workspace.campaigns());
        } catch (CampaignRefused e) {
            err().println("steward: " + e.getMessage());
            return ExitCodes.VERIFICATION_FAILED;
        }
    }
}
