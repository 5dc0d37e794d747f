package io.steward.app.cli.stepup;

import io.steward.app.Workspace;
import io.steward.app.cli.ExitCodes;
import io.steward.app.cli.RowFormatOption;
import io.steward.app.cli.StewardCommand;
import io.steward.exports.rows.RowWriter;
import io.steward.model.inventory.Timestamps;
import io.steward.model.stepup.RequestSummary;
import io.steward.model.stepup.StepUp;
import io.steward.model.stepup.StepUpQuery;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code steward stepup list}: requests, most urgent first. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List step-up requests, most urgent first (due time, production first, privileged first).")
final class StepUpListCommand extends StewardCommand {
    enum State { pending, active, expired, all }

    static final List<String> COLUMNS = List.of("id", "state", "due", "target", "privilege", "resource", "environment", "ttl",
            "approvals", "requester", "requested_at", "justification");

    @Option(names = "--state", paramLabel = "S", defaultValue = "pending", description = "pending, active, expired or all; default: ${DEFAULT-VALUE}")
    State state;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "at most N rows; default: ${DEFAULT-VALUE}")
    int limit;

    @Mixin
    RowFormatOption output;

    @Override
    public Integer call() {
        try (Workspace workspace = openExistingLedger()) {
            List<RequestSummary> rows = StepUp.query(workspace.ledger())
                    .list(StepUpQuery.Filter.valueOf(state.name().toUpperCase(java.util.Locale.ROOT)), Instant.now(), limit);
            try (RowWriter out = output.format.open(out(), COLUMNS)) {
                for (RequestSummary s : rows) {
                    out.row(Arrays.asList(s.id(), s.state().label(), Timestamps.format(s.due()), s.identityKey(), s.privilege(),
                            s.resource(), s.environment(), StepUpCli.ttl(s.grantedTtl() != null ? s.grantedTtl() : s.ttl()),
                            s.approvals() + "/" + Math.max(1, s.approvalsRequired()), s.requester(), Timestamps.format(s.requestedAt()),
                            s.justification()));
                }
            }
        }
        return ExitCodes.OK;
    }
}
