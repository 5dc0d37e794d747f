package io.steward.app.cli;

import io.steward.exports.inventory.InventoryJson;
import io.steward.exports.rows.RowWriter;
import io.steward.app.Workspace;
import io.steward.model.BadInputException;
import io.steward.model.inventory.query.CatalogEntry;
import io.steward.model.inventory.query.ChangeType;
import io.steward.model.inventory.query.DiffPage;
import io.steward.model.inventory.query.DiffSummary;
import io.steward.model.inventory.query.IdentityChange;
import io.steward.model.inventory.query.SnapshotCatalog;
import io.steward.model.inventory.query.SnapshotDiff;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * {@code steward diff [A B] [--source S]}: identities added, removed and changed from snapshot A (older) to
 * B, with the credentials and grants that changed; by default the latest two snapshots of a source.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show what changed between two snapshots of one source.",
            "Identities added, removed and changed (matched on their stable id), and for changed ones the fields, credentials"
                + " and grants that differ. Without A and B: the latest two snapshots of the source of the newest import, or of"
                + " --source S."})
final class DiffCommand extends StewardCommand {
    static final int PAGE = 500;

    @Parameters(paramLabel = "A B", arity = "0..2", description = "snapshot ids, older first (see 'steward snapshots')")
    List<Long> snapshots;

    @Option(names = "--source", paramLabel = "S", description = "compare the latest two snapshots of this source")
    String source;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (summary, then each change with its details), csv or json (one JSON array of changes); default: ${DEFAULT-VALUE}")
    OutputFormat format;

    @Override
    public Integer call() {
        if (snapshots != null && snapshots.size() == 1) {
            throw new ParameterException(spec.commandLine(), "give two snapshot ids (older first), or none for the latest two");
        }
        if (snapshots != null && snapshots.size() == 2 && source != null) {
            throw new ParameterException(spec.commandLine(), "give either two snapshot ids or --source, not both");
        }
        try (Workspace workspace = openExistingLedger()) {
            long[] pair = pair(workspace.snapshots());
            SnapshotDiff diff = workspace.diff();
            DiffSummary summary;
            try {
                summary = diff.summary(pair[0], pair[1]);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(null, null, e.getMessage() + ".");
            }
            if (format == OutputFormat.table) {
                printSummary(out(), summary);
            }
            if (format == OutputFormat.table) {
                eachChange(diff, pair, c -> DiffRows.print(out(), c));
            } else {
                try (RowWriter rows = format.open(out(), format == OutputFormat.json ? DiffRows.JSON_COLUMNS : DiffRows.TEXT_COLUMNS)) {
                    eachChange(diff, pair, c -> rows.row(format == OutputFormat.json ? DiffRows.json(c) : DiffRows.text(c)));
                }
            }
        }
        return ExitCodes.OK;
    }

    /** Every change in stable-id order, a page at a time. */
    private static void eachChange(SnapshotDiff diff, long[] pair, java.util.function.Consumer<IdentityChange> each) {
        String after = null;
        do {
            DiffPage page = diff.changes(pair[0], pair[1], EnumSet.of(ChangeType.ADDED, ChangeType.REMOVED, ChangeType.CHANGED), after, PAGE);
            page.changes().forEach(each);
            after = page.nextAfter();
        } while (after != null);
    }

    /** The two snapshot ids to compare, older first. */
    private long[] pair(SnapshotCatalog catalog) {
        if (snapshots != null && snapshots.size() == 2) {
            return new long[] {snapshots.get(0), snapshots.get(1)};
        }
        String s = source;
        if (s == null) {
            s = catalog.list().stream().max(Comparator.comparing((CatalogEntry e) -> e.info().importedAt())
                            .thenComparingLong(CatalogEntry::id))
                    .map(e -> e.info().source())
                    .orElseThrow(() -> new BadInputException(null, null, "The ledger has no snapshots yet. Import two exports of a"
                            + " source first (steward import FILE)."));
        }
        List<CatalogEntry> two = catalog.latestTwo(s);
        if (two.size() < 2) {
            throw new BadInputException(null, null, "Source " + s + " has " + (two.isEmpty() ? "no snapshots" : "only one snapshot")
                    + "; there is nothing to compare. Import a newer export of it, or choose another with --source"
                    + " (sources: " + String.join(", ", catalog.sources()) + ").");
        }
        return new long[] {two.get(1).id(), two.get(0).id()};
    }

    private static void printSummary(PrintWriter out, DiffSummary s) {
        out.printf("From snapshot %d (%s, %s)%n", s.from().id(), s.from().fileName(), InventoryJson.iso(s.from().asOf()));
        out.printf("  to snapshot %d (%s, %s), source %s%n", s.to().id(), s.to().fileName(), InventoryJson.iso(s.to().asOf()), s.to().source());
        out.printf("%,d added, %,d removed, %,d changed, %,d unchanged%n%n", s.added(), s.removed(), s.changed(), s.unchanged());
    }
}
