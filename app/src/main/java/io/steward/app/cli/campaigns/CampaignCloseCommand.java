package io.steward.app.cli.campaigns;

import io.steward.app.cli.ExitCodes;
import io.steward.model.campaigns.CampaignSignOffs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code steward campaign close NAME}: undecided items become no-response; a checkpoint is signed. */
@Command(name = "close", mixinStandardHelpOptions = true, description =
        "Close a campaign (campaign owner only): every undecided item is recorded as no-response, then a checkpoint is signed.")
final class CampaignCloseCommand extends CampaignSubcommand {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
        return withCampaigns((ws, campaigns) -> {
            CampaignSignOffs.ClosedCampaign c = campaigns.signOffs().close(ws.actor(), name);
            out().println("Closed " + name + ": " + c.decisions() + " (entry " + c.entry().seq() + ", checkpoint at seq "
                    + c.checkpoint().seq() + ")");
            return ExitCodes.OK;
        });
    }
}
