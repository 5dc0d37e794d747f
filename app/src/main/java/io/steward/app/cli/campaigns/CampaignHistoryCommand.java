package io.steward.app.cli.campaigns;

import io.steward.app.cli.ExitCodes;
import io.steward.app.cli.RowFormatOption;
import io.steward.exports.rows.RowWriter;
import io.steward.model.campaigns.ItemAction;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code steward campaign history NAME ITEM}: every decision, correction and delegation of one item. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "Show an item's decisions, corrections and delegations.")
final class CampaignHistoryCommand extends CampaignSubcommand {
    static final List<String> COLUMNS = List.of("seq", "action", "actor", "at", "to", "comment", "remove", "supersedes", "superseded");

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1", paramLabel = "ITEM")
    String item;

    @Mixin
    RowFormatOption output;

    @Override
    public Integer call() {
        return withCampaigns((ws, campaigns) -> {
            long no = campaigns.decisions().resolve(name, List.of(item)).get(0);
            try (RowWriter rows = output.format.open(out(), COLUMNS)) {
                for (ItemAction a : campaigns.items().history(name, no)) {
                    rows.row(Arrays.asList(a.seq(), a.action(), a.actor(), a.at(), a.to(), a.comment(), a.remove(), a.supersedes(),
                            a.superseded()));
                }
            }
            return ExitCodes.OK;
        });
    }
}
