package io.steward.app.cli;

import io.steward.app.Workspace;
import io.steward.exports.inventory.ExportFormat;
import io.steward.exports.inventory.InventoryExport;
import io.steward.exports.inventory.InventoryExport.Selection;
import io.steward.exports.rows.RowWriter;
import io.steward.model.BadInputException;
import io.steward.model.inventory.query.CountResult;
import io.steward.model.inventory.query.IdentityFilter;
import io.steward.model.inventory.query.IdentityRow;
import io.steward.model.inventory.query.IdentitySort;
import io.steward.model.inventory.query.InventoryQuery;
import io.steward.model.inventory.query.Risk;
import io.steward.model.inventory.query.RiskLevel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code steward inventory}: the current identities (newest snapshot of every series), filtered, searched and
 * sorted in SQL and streamed a page at a time; csv and json go through the same {@link InventoryExport} as the
 * console's Export, to the terminal or, with {@code --output}, to a file.
 */
@Command(name = "inventory", mixinStandardHelpOptions = true, subcommands = InventoryShowCommand.class,
        description = {"List the current identities (the newest snapshot of every source and importer), one per principal:"
                + " rows of several importers that describe one principal (same key) show once, their facts merged.",
            "--query matches a case-insensitive part of the name. Sorting, filtering and paging happen in the ledger, so a"
                + " million identities stream in constant memory."})
final class InventoryCommand extends StewardCommand {
    static final List<String> TABLE_COLUMNS = List.of("name", "risk", "kind", "source", "environment", "owner_hint", "enabled",
            "last_used", "created", "key");

    /**
     * The id tells rows apart, so it is never cut; the rest shorten (name, source, owner down to their floor) and then
     * drop in this order: created, environment, enabled, last_used, source, kind, owner_hint, risk.
     */
    static final java.util.function.Function<Boolean, TableFit> TABLE_FIT = wide -> TableFit.terminal(wide, java.util.Set.of("id", "key"),
            List.of("created", "environment", "enabled", "last_used", "source", "kind", "owner_hint", "risk"),
            java.util.Map.of("name", 16, "source", 12, "owner_hint", 10, "kind", 10));

    @Option(names = "--query", paramLabel = "TEXT", description = "only identities whose name contains TEXT (any case)")
    String query;

    @Option(names = "--source", paramLabel = "S", description = "only this source, e.g. aws:123456789012")
    String source;

    @Option(names = "--kind", paramLabel = "K", description = "only this kind, e.g. access-key")
    String kind;

    @Option(names = "--owner-hint", paramLabel = "P",
            description = "only this owner hint (read from a tag, column or description); '' for identities without one")
    String ownerHint;

    @Option(names = "--risk", paramLabel = "LEVEL",
            description = "only identities whose worst open, not accepted, finding is LEVEL: critical, high, medium, low or none")
    String risk;

    @Option(names = "--sort", paramLabel = "FIELD", defaultValue = "name",
            description = "name, kind, source, last-used, created or risk (least first; --desc for the worst first) (default: ${DEFAULT-VALUE})")
    String sort;

    @Option(names = "--desc", description = "sort descending (newest first for last-used and created)")
    boolean descending;

    @Option(names = "--limit", paramLabel = "N",
            description = "at most N identities; 0 lists all (default: 100 in a table; csv, json and --output list all)")
    Long limit;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, csv or json (one JSON array, with credentials and grants); default: table, or the --output file's"
                + " extension")
    OutputFormat format;

    @Option(names = "--wide", description = "table: keep every column whole (default: fit the terminal, 80 columns when piped)")
    boolean wide;

    @Option(names = "--output", paramLabel = "FILE",
            description = "write csv or json to FILE instead of the terminal: readable by you only, replaced in one step when complete")
    Path output;

    @Override
    public Integer call() {
        OutputFormat chosen = chosenFormat();
        // machine formats are complete unless asked otherwise; only a table for people stops at a page
        long max = limit != null ? limit : output != null || chosen != OutputFormat.table ? 0 : 100;
        if (max < 0) {
            throw new ParameterException(spec.commandLine(), "--limit must be 0 (all) or more, got " + max);
        }
        IdentitySort order;
        try {
            order = IdentitySort.parse(sort);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        RiskLevel riskLevel;
        try {
            riskLevel = risk == null ? null : RiskLevel.parse(risk);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        IdentityFilter filter = new IdentityFilter(source, kind, null, ownerHint, null, query, riskLevel);
        Selection selection = new Selection(filter, order, descending, max);
        try (Workspace workspace = openReadOnlyLedger()) {
            InventoryQuery inventory = workspace.inventory();
            InventoryExport export = new InventoryExport(inventory);
            if (output != null) {
                long written = writeFile(export, selection, chosen);
                out().printf("Wrote %,d identities to %s (%s)%n", written, output.toAbsolutePath(), chosen);
            } else if (chosen == OutputFormat.table) {
                long shown;
                try (RowWriter rows = chosen.open(out(), TABLE_COLUMNS, TABLE_FIT.apply(wide))) {
                    shown = export.forEach(selection, false, r -> rows.row(tableValues(r.identity())), InventoryExport.Progress.NONE,
                            () -> false);
                }
                printTotal(inventory.count(filter), filter, shown);
            } else {
                // stop at the next page once stdout is gone (a reader such as head closed it, or the disk is full)
                PrintWriter stdout = out();
                try {
                    export.write(selection, exportFormat(chosen), stdout, InventoryExport.Progress.NONE, stdout::checkError);
                } catch (CancellationException e) {
                    return ExitCodes.INTERNAL_ERROR; // StewardCli.run says why on stderr
                }
            }
        }
        return ExitCodes.OK;
    }

    private OutputFormat chosenFormat() {
        if (output == null) {
            return format == null ? OutputFormat.table : format;
        }
        if (format == OutputFormat.table) {
            throw new ParameterException(spec.commandLine(), "--output writes csv or json, not a table");
        }
        if (format != null) {
            return format;
        }
        return ExportFormat.of(output).map(f -> OutputFormat.valueOf(f.extension()))
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "say --format csv or --format json: the name "
                        + output.getFileName() + " ends in neither .csv nor .json"));
    }

    private static ExportFormat exportFormat(OutputFormat f) {
        return ExportFormat.valueOf(f.name().toUpperCase(Locale.ROOT));
    }

    private long writeFile(InventoryExport export, Selection selection, OutputFormat chosen) {
        Path folder = output.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(output, null, "the folder " + folder + " does not exist. Create it, or choose another --output.");
        }
        try {
            return export.writeFile(selection, exportFormat(chosen), output, InventoryExport.Progress.NONE, () -> false);
        } catch (IOException e) {
            throw new BadInputException(output, null, "cannot write the export: " + e.getMessage()
                    + ". Check that the folder is writable and has room, or choose another --output.");
        }
    }

    private void printTotal(CountResult total, IdentityFilter filter, long shown) {
        out().printf("%n%,d of %s%s identities%s%n", shown, total.exact() ? String.format("%,d", total.count()) : "more than "
                + String.format("%,d", total.count()), filter.isAll() ? "" : " matching", shown < total.count()
                ? " (--limit 0 lists all)" : "");
    }

    /** "high (2)": the worst open, not accepted, finding and how many; "-" for none. */
    static String riskText(Risk r) {
        return r == null || r.level() == RiskLevel.NONE ? "-" : r.level().id() + " (" + r.findings() + ")";
    }

    private static List<Object> tableValues(IdentityRow r) {
        return Arrays.asList(r.name(), riskText(r.risk()), r.kind(), r.source(), r.environment(), r.ownerHint(), r.enabled(),
                CliTimes.show(r.lastUsedAt(), OutputFormat.table), CliTimes.show(r.createdAt(), OutputFormat.table), r.key());
    }
}
