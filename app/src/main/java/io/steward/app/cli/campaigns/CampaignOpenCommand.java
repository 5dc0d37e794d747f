package io.steward.app.cli.campaigns;

import io.steward.app.cli.ExitCodes;
import io.steward.model.campaigns.Campaign;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code steward campaign open NAME}: freezes the items of a draft campaign. */
@Command(name = "open", mixinStandardHelpOptions = true, description = "Open a draft campaign: freeze its items and assign reviewers.")
final class CampaignOpenCommand extends CampaignSubcommand {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
        return withCampaigns((ws, campaigns) -> {
            Campaign c = campaigns.open(ws.actor(), name);
            out().println("Campaign " + c.name() + " open: " + c.items() + " items frozen (items hash " + c.itemsHash() + ")");
            return ExitCodes.OK;
        });
    }
}
