package io.steward.app.cli;

import io.steward.exports.inventory.InventoryJson;
import io.steward.exports.rows.RowWriter;
import io.steward.app.Workspace;
import io.steward.model.BadInputException;
import io.steward.model.inventory.SnapshotInfo;
import io.steward.model.inventory.query.ChangeKind;
import io.steward.model.inventory.query.ChangeType;
import io.steward.model.inventory.query.DiffPage;
import io.steward.model.inventory.query.DiffSummary;
import io.steward.model.inventory.query.IdentityChange;
import io.steward.model.inventory.query.SnapshotCatalog;
import io.steward.model.inventory.query.SnapshotDiff;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * {@code steward diff [A B] [--source S] [--importer I] [--only meaningful]}: identities added, removed and changed from
 * snapshot A (older) to B, with the credentials and grants that changed and the kinds of change; by default the latest
 * two snapshots of one series (source, importer and part).
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

    @Option(names = "--importer", paramLabel = "I", description = "compare the latest two snapshots of this importer (format id),"
            + " e.g. with --source when one source is read by several importers")
    String importer;

    /** Which changes to list. */
    enum Only { meaningful }

    @Option(names = "--only", paramLabel = "WHICH", description = "meaningful: leave out identities whose only change is that their"
            + " last use moved (added/removed credentials, grants gained or lost, enabled/disabled, owner hint and other fields stay)")
    Only only;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (summary, then each change with its details), csv or json (one JSON array of changes); default: ${DEFAULT-VALUE}")
    OutputFormat format;

    @Override
    public Integer call() {
        if (snapshots != null && snapshots.size() == 1) {
            throw new ParameterException(spec.commandLine(), "give two snapshot ids (older first), or none for the latest two");
        }
        if (snapshots != null && snapshots.size() == 2 && (source != null || importer != null)) {
            throw new ParameterException(spec.commandLine(), "give either two snapshot ids or --source/--importer, not both");
        }
        try (Workspace workspace = openReadOnlyLedger()) {
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
            long[] hidden = {0};
            java.util.function.Predicate<IdentityChange> shown = c -> {
                boolean keep = only == null || ChangeKind.meaningful(c);
                hidden[0] += keep ? 0 : 1;
                return keep;
            };
            if (format == OutputFormat.table) {
                eachChange(diff, pair, c -> {
                    if (shown.test(c)) {
                        DiffRows.print(out(), c);
                    }
                });
                if (only != null) {
                    out().printf("%n%,d changed identit%s left out: only their last use moved (--only meaningful)%n", hidden[0],
                            hidden[0] == 1 ? "y" : "ies");
                }
            } else {
                try (RowWriter rows = format.open(out(), format == OutputFormat.json ? DiffRows.JSON_COLUMNS : DiffRows.TEXT_COLUMNS)) {
                    eachChange(diff, pair, c -> {
                        if (shown.test(c)) {
                            rows.row(format == OutputFormat.json ? DiffRows.json(c) : DiffRows.text(c));
                        }
                    });
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

    /** The two snapshot ids to compare, older first: given, or the latest two of the series of --source/--importer. */
    private long[] pair(SnapshotCatalog catalog) {
        if (snapshots != null && snapshots.size() == 2) {
            return new long[] {snapshots.get(0), snapshots.get(1)};
        }
        SnapshotInfo newest = catalog.newest(source, importer).orElseThrow(() -> new BadInputException(null, null,
                source == null && importer == null ? "The ledger has no snapshots yet. Import two exports of a source first"
                        + " (steward import FILE)." : "No snapshot matches" + (source == null ? "" : " --source " + source)
                        + (importer == null ? "" : " --importer " + importer) + " (sources: " + String.join(", ", catalog.sources())
                        + "; see 'steward snapshots')."));
        return catalog.latestPair(source, importer).map(p -> new long[] {p[0].id(), p[1].id()})
                .orElseThrow(() -> new BadInputException(null, null, "Series " + newest.seriesName() + " has only one snapshot (#"
                        + newest.id() + ", " + newest.fileName() + "); there is nothing to compare. Import a newer export of it, or"
                        + " choose another series with --source S and --importer I (sources: " + String.join(", ", catalog.sources())
                        + ")."));
    }

    private static void printSummary(PrintWriter out, DiffSummary s) {
        out.printf("From snapshot %d (%s, %s)%n", s.from().id(), s.from().fileName(), InventoryJson.iso(s.from().asOf()));
        out.printf("  to snapshot %d (%s, %s), series %s%n", s.to().id(), s.to().fileName(), InventoryJson.iso(s.to().asOf()),
                s.to().seriesName());
        out.printf("%,d added, %,d removed, %,d changed, %,d unchanged%n%n", s.added(), s.removed(), s.changed(), s.unchanged());
    }
}
