package io.steward.app.cli.campaigns;

import io.steward.app.cli.ExitCodes;
import io.steward.app.cli.RowFormatOption;
import io.steward.exports.rows.RowWriter;
import io.steward.model.campaigns.Campaign;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code steward campaign list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the campaigns, newest first, with their progress.")
final class CampaignListCommand extends CampaignSubcommand {
    static final List<String> COLUMNS = List.of("name", "state", "period", "due", "owner", "items", "decided", "scope");

    @Mixin
    RowFormatOption output;

    @Override
    public Integer call() {
        return withCampaigns((ws, campaigns) -> {
            try (RowWriter rows = output.format.open(out(), COLUMNS)) {
                for (Campaign c : campaigns.list()) {
                    rows.row(Arrays.asList(c.name(), c.state(), c.period(), c.due().toString(), c.owner(), c.items(), c.decided(),
                            c.scope()));
                }
            }
            return ExitCodes.OK;
        });
    }
}
