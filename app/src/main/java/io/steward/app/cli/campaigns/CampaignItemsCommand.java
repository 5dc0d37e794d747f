package io.steward.app.cli.campaigns;

import io.steward.app.cli.ExitCodes;
import io.steward.app.cli.RowFormatOption;
import io.steward.exports.rows.RowWriter;
import io.steward.model.campaigns.CampaignItem;
import io.steward.model.campaigns.ItemFilter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code steward campaign items NAME [--reviewer P] [--undecided] [--format table|csv|json]}. */
@Command(name = "items", mixinStandardHelpOptions = true, description = "List a campaign's items with reviewer, decision and recommendation.")
final class CampaignItemsCommand extends CampaignSubcommand {
    static final List<String> COLUMNS = List.of("id", "identity", "name", "kind", "reviewer", "decision", "recommendation",
            "reason", "findings", "previous", "comment", "decided_by", "frozen_hash");

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--reviewer", paramLabel = "P", description = "only this reviewer's items")
    String reviewer;

    @Option(names = "--undecided", description = "only items without a decision")
    boolean undecided;

    @Mixin
    RowFormatOption output;

    @Override
    public Integer call() {
        return withCampaigns((ws, campaigns) -> {
            ItemFilter filter = new ItemFilter(reviewer, undecided ? Boolean.FALSE : null, null, null, null);
            campaigns.campaign(name);
            try (RowWriter rows = output.format.open(out(), COLUMNS)) {
                campaigns.items().forEach(name, filter, i -> rows.row(row(i)));
            }
            return ExitCodes.OK;
        });
    }

    static List<Object> row(CampaignItem i) {
        return Arrays.asList(i.itemNo(), i.identity(), i.name(), i.kind(), i.reviewer(), i.decision(), i.recommendation(),
                i.recommendationReason(), i.findingRules(), i.previousDecision(), i.comment(), i.decidedBy(), i.frozenHash());
    }
}
