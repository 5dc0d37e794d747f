package io.steward.app.cli.campaigns;

import io.steward.app.cli.ExitCodes;
import io.steward.model.campaigns.CampaignSignOffs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code steward campaign signoff NAME}: sign off your decisions with a signed checkpoint. */
@Command(name = "signoff", mixinStandardHelpOptions = true, description = {
    "Sign off your decisions in a campaign: a campaign.signed-off entry over them, then a checkpoint signed with your key.",
    "Refused (exit 1) while any of your items is undecided. Afterwards your decisions can no longer change."})
final class CampaignSignoffCommand extends CampaignSubcommand {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
        return withCampaigns((ws, campaigns) -> {
            CampaignSignOffs.Signed s = campaigns.signOffs().signOff(ws.actor(), name);
            out().println("Signed off " + s.statement().items().size() + " decision(s) of " + ws.actor() + " in " + name
                    + " (entry " + s.entry().seq() + ", decisions hash " + s.statement().decisionsHash() + ")");
            out().println("Checkpoint at seq " + s.checkpoint().seq() + ", head " + s.checkpoint().headHash() + ", key "
                    + s.checkpoint().keyFingerprint());
            return ExitCodes.OK;
        });
    }
}
