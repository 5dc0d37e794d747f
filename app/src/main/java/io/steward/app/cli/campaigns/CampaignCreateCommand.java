package io.steward.app.cli.campaigns;

import io.steward.app.cli.ExitCodes;
import io.steward.model.campaigns.Campaign;
import io.steward.model.campaigns.ScopePreview;
import java.time.LocalDate;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code steward campaign create NAME --due DATE [--scope QUERY] [--owner P] [--period TEXT] [--open | --preview]}. */
@Command(name = "create", mixinStandardHelpOptions = true, description = {
    "Create a campaign (a draft) over the identities a scope query selects; --open opens it at once, --preview only says",
    "how many items and which reviewers it would have. Scope: field:value[,value] terms, e.g. 'kind:ai-agent env:prod'",
    "(fields: source, kind, env, finding, severity, owner, changed-since; see docs/CAMPAIGNS.md)."})
final class CampaignCreateCommand extends CampaignSubcommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "campaign name, e.g. 2026-Q4")
    String name;

    @Option(names = "--due", required = true, paramLabel = "YYYY-MM-DD", description = "due date")
    LocalDate due;

    @Option(names = "--scope", paramLabel = "QUERY", defaultValue = "", description = "which identities (default: all current ones)")
    String scope;

    @Option(names = "--owner", paramLabel = "P", description = "campaign owner: reviews unowned items, closes (default: you)")
    String owner;

    @Option(names = "--period", paramLabel = "TEXT", description = "the period reviewed, e.g. 2026-Q4")
    String period;

    @Option(names = "--open", description = "open it at once (freeze the items)")
    boolean open;

    @Option(names = "--preview", description = "only show how many items and reviewers the scope gives; write nothing")
    boolean preview;

    @Override
    public Integer call() {
        return withCampaigns((ws, campaigns) -> {
            String campaignOwner = owner == null ? ws.actor() : owner;
            ScopePreview p = campaigns.preview(scope, campaignOwner);
            if (preview) {
                printPreview(p);
                return ExitCodes.OK;
            }
            campaigns.create(ws.actor(), name, period, due, campaignOwner, scope);
            Campaign c = open ? campaigns.open(ws.actor(), name) : campaigns.campaign(name);
            out().println("Campaign " + c.name() + " " + c.state() + " (due " + c.due() + ", owner " + c.owner() + ")"
                    + (open ? ": " + c.items() + " items frozen" : ": scope gives " + p.items() + " items; open it with"
                    + " `steward campaign open " + c.name() + "`"));
            printReviewers(p.reviewers());
            return ExitCodes.OK;
        });
    }

    private void printPreview(ScopePreview p) {
        out().println("Scope \"" + p.scope() + "\": " + p.items() + " items, " + p.unowned() + " without an owner (to the campaign owner)");
        printReviewers(p.reviewers());
    }

    private void printReviewers(Map<String, Long> reviewers) {
        reviewers.forEach((r, n) -> out().println("  " + r + ": " + n));
    }
}
