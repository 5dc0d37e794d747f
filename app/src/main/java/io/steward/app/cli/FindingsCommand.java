package io.steward.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steward.app.Workspace;
import io.steward.exports.rows.RowWriter;
import io.steward.model.BadInputException;
import io.steward.model.findings.Finding;
import io.steward.model.findings.FindingFilter;
import io.steward.model.findings.Findings;
import io.steward.model.findings.RefreshReport;
import io.steward.model.findings.Severity;
import io.steward.model.json.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code steward findings}: the open findings, worst first; {@code --refresh} recomputes them first. */
@Command(name = "findings", mixinStandardHelpOptions = true,
        subcommands = {FindingsAcceptCommand.class, FindingsEndAcceptanceCommand.class, FindingsRulesCommand.class},
        description = {"List open findings (risks computed from the inventory), worst first; accepted ones are marked.",
            "Findings are computed after every import; --refresh recomputes them now (e.g. after changing owners or thresholds)."})
final class FindingsCommand extends StewardCommand {
    static final List<String> TABLE_COLUMNS = List.of("severity", "rule", "identity", "name", "status", "source", "evidence");

    @Mixin
    RowFormatOption output;

    @Option(names = "--rule", paramLabel = "R", description = "only this rule (steward findings rules lists them)")
    String rule;

    @Option(names = "--severity", paramLabel = "S", description = "only this severity: critical, high, medium, low or info")
    String severity;

    @Option(names = "--refresh", description = "recompute every current identity's findings first")
    boolean refresh;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "at most N findings; 0 lists all (default)")
    int limit;

    @Override
    public Integer call() {
        try (Workspace workspace = openExistingLedger()) {
            Findings findings = GovernanceServices.findings(workspace);
            if (rule != null) {
                findings.catalogue().require(rule);
            }
            Severity s;
            try {
                s = severity == null ? null : Severity.of(severity);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(null, "--severity", e.getMessage());
            }
            if (refresh) {
                RefreshReport r = findings.refresh((id, done, total) -> { });
                err().printf("Findings recomputed in %,d ms: %,d new, %,d still open, %,d resolved%n", r.millis(), r.opened(),
                        r.stillOpen(), r.resolved());
            }
            List<Finding> list = findings.open(FindingFilter.ALL.withRule(rule).withSeverity(s), limit == 0 ? Integer.MAX_VALUE : limit);
            if (output.format == OutputFormat.json) {
                printJson(list);
            } else {
                try (RowWriter rows = output.format.open(out(), TABLE_COLUMNS)) {
                    for (Finding f : list) {
                        rows.row(Arrays.asList(f.severity().id(), f.rule().id(), f.identityKey(), f.identityName(),
                                status(f), f.source(), f.evidence()));
                    }
                }
                if (output.format == OutputFormat.table) {
                    out().printf("%n%,d open finding%s%n", list.size(), list.size() == 1 ? "" : "s");
                }
            }
        }
        return ExitCodes.OK;
    }

    static String status(Finding f) {
        return f.acceptance() == null ? "open" : "accepted until " + io.steward.exports.inventory.InventoryJson.iso(f.acceptance().until());
    }

    /** One finding as {@code findings --format json} and {@code inventory show --format json} write it. */
    static ObjectNode json(ObjectNode o, Finding f) {
        o.put("rule", f.rule().id());
        o.put("severity", f.severity().id());
        o.put("identity", f.identityKey());
        o.put("name", f.identityName());
        o.put("status", f.status().name().toLowerCase(java.util.Locale.ROOT));
        if (f.acceptance() != null) {
            o.put("acceptedUntil", io.steward.exports.inventory.InventoryJson.iso(f.acceptance().until()));
            o.put("acceptedBy", f.acceptance().acceptedBy());
            o.put("acceptanceReason", f.acceptance().reason());
        }
        o.put("source", f.source());
        if (f.firstSeenSnapshot() != null) {
            o.put("firstSeenSnapshot", f.firstSeenSnapshot());
        }
        o.put("firstSeenAt", io.steward.exports.inventory.InventoryJson.iso(f.firstSeenAt()));
        JsonNode evidence = CanonicalJson.parse(f.evidence().getBytes(StandardCharsets.UTF_8));
        o.set("evidence", evidence);
        o.put("explanation", f.rule().explanation());
        o.put("fix", f.rule().fix());
        ArrayNode refs = o.putArray("references");
        f.rule().references().forEach(refs::add);
        return o;
    }

    private void printJson(List<Finding> list) {
        ArrayNode array = CanonicalJson.MAPPER.createArrayNode();
        list.forEach(f -> json(array.addObject(), f));
        try {
            out().println(CanonicalJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
