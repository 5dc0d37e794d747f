package io.steward.app.cli.campaigns;

import picocli.CommandLine.Command;

/** {@code steward campaign}: access review campaigns (docs/CAMPAIGNS.md). */
@Command(name = "campaign", mixinStandardHelpOptions = true,
        description = "Access review campaigns: create, open, decide, sign off, close, remediation.",
        subcommands = {CampaignCreateCommand.class, CampaignOpenCommand.class, CampaignListCommand.class, CampaignItemsCommand.class,
            CampaignDecideCommand.class, CampaignHistoryCommand.class, CampaignSignoffCommand.class, CampaignCloseCommand.class,
            CampaignRemediationCommand.class})
public final class CampaignCommand {
}
