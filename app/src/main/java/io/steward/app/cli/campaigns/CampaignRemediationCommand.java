package io.steward.app.cli.campaigns;

import io.steward.app.cli.ExitCodes;
import io.steward.app.cli.RowFormatOption;
import io.steward.exports.rows.RowWriter;
import io.steward.model.campaigns.CampaignItem;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code steward campaign remediation NAME [--format ...]}: the revoke and reduce decisions in force. */
@Command(name = "remediation", mixinStandardHelpOptions = true, description = "List what to revoke or reduce after a campaign.")
final class CampaignRemediationCommand extends CampaignSubcommand {
    static final List<String> COLUMNS = List.of("id", "identity", "name", "source", "decision", "remove", "comment", "decided_by",
            "decided_at", "ledger_seq");

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Mixin
    RowFormatOption output;

    @Override
    public Integer call() {
        return withCampaigns((ws, campaigns) -> {
            try (RowWriter rows = output.format.open(out(), COLUMNS)) {
                for (CampaignItem i : campaigns.items().remediation(name)) {
                    rows.row(Arrays.asList(i.itemNo(), i.identity(), i.name(), i.source(), i.decision(), i.remove(), i.comment(),
                            i.decidedBy(), i.decidedAt(), i.decisionSeq()));
                }
            }
            return ExitCodes.OK;
        });
    }
}
