package io.steward.app.cli.campaigns;

import io.steward.app.cli.ExitCodes;
import io.steward.model.BadInputException;
import io.steward.model.campaigns.Decision;
import io.steward.model.campaigns.ReviewFacts;
import io.steward.model.findings.Severity;
import io.steward.model.ledger.LedgerEntry;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code steward campaign decide NAME ITEM... --decision certify|revoke|reduce|delegate [--remove X]... [--to P]
 * [--comment TEXT] [--max-severity S]}: one ledger entry for all the items named; deciding again corrects.
 */
@Command(name = "decide", mixinStandardHelpOptions = true, description = {
    "Decide items (numbers from `campaign items`, or identity keys). Deciding an item again corrects the earlier decision.",
    "A comment is required for revoke, reduce, delegate and for certifying an item with a high or critical finding.",
    "Certifying several items at once is refused where any has a finding above --max-severity (default medium) or is an",
    "AI agent with a standing privilege. A refusal exits 1 and names the rule and the items; nothing is written."})
final class CampaignDecideCommand extends CampaignSubcommand {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ITEM")
    List<String> items;

    @Option(names = "--decision", required = true, paramLabel = "D", description = "certify, revoke, reduce or delegate")
    String decision;

    @Option(names = "--remove", paramLabel = "ACCESS", split = ",", description = "reduce: grants (privilege) or credentials (id) to remove")
    List<String> remove = new ArrayList<>();

    @Option(names = "--to", paramLabel = "P", description = "delegate: the person who reviews the items instead")
    String to;

    @Option(names = "--comment", paramLabel = "TEXT", description = "why")
    String comment;

    @Option(names = "--max-severity", paramLabel = "S", description = "bulk certify: highest finding severity allowed (default: medium)")
    String maxSeverity;

    @Override
    public Integer call() {
        Severity max = maxSeverity == null ? null : ReviewFacts.severity(maxSeverity);
        if (maxSeverity != null && max == null) {
            throw new BadInputException(null, "--max-severity " + maxSeverity, "use info, low, medium, high or critical");
        }
        return withCampaigns((ws, campaigns) -> {
            List<Long> itemNos = campaigns.decisions().resolve(name, items);
            LedgerEntry entry;
            if ("delegate".equals(decision)) {
                entry = campaigns.decisions().delegate(ws.actor(), name, itemNos, to, comment);
                out().println("Delegated " + itemNos.size() + " item(s) to " + to.strip() + " (ledger entry " + entry.seq() + ")");
            } else {
                if (!Decision.ACTIONS.contains(decision)) {
                    throw new BadInputException(null, "--decision " + decision, "use certify, revoke, reduce or delegate");
                }
                entry = campaigns.decisions().decide(ws.actor(), name, itemNos, new Decision(decision, comment, remove, max));
                out().println("Recorded " + decision + " for " + itemNos.size() + " item(s) (ledger entry " + entry.seq() + ")");
            }
            return ExitCodes.OK;
        });
    }
}
