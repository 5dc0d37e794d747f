package io.steward.app.cli;

import io.steward.exports.rows.RowWriter;
import io.steward.app.Workspace;
import io.steward.model.inventory.SnapshotCounts;
import io.steward.model.inventory.SnapshotInfo;
import io.steward.model.inventory.query.CatalogEntry;
import io.steward.model.inventory.query.SnapshotCatalog;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code steward snapshots}: every imported file, oldest first, with its hash and counts. */
@Command(name = "snapshots", mixinStandardHelpOptions = true,
        description = {"List the imported snapshots, oldest first.",
            "Each with its source, importer, file and SHA-256, the export's own time (generated_at), when and by whom it was"
                + " imported, and its counts. 'current' marks the newest of each series (source + importer): the inventory"
                + " shows those."})
final class SnapshotsCommand extends StewardCommand {
    private static final int SHORT_HASH = 12;
    static final List<String> COLUMNS = List.of("id", "source", "importer", "version", "file", "sha256", "generated_at", "imported_at",
            "imported_by", "records", "identities", "credentials", "grants", "duplicates", "warnings", "refused", "current");

    @Mixin
    RowFormatOption output;

    @Override
    public Integer call() {
        try (Workspace workspace = openExistingLedger(); RowWriter rows = output.format.open(out(), COLUMNS)) {
            for (CatalogEntry e : workspace.snapshots().list()) {
                rows.row(values(e));
            }
        }
        return ExitCodes.OK;
    }

    private List<Object> values(CatalogEntry e) {
        SnapshotInfo s = e.info();
        SnapshotCounts c = s.counts();
        String sha = output.format == OutputFormat.table ? s.fileSha256().substring(0, SHORT_HASH) : s.fileSha256();
        return Arrays.asList(s.id(), s.source(), s.importerId(), s.importerVersion(), s.fileName(), sha,
                CliTimes.show(s.generatedAt(), output.format), CliTimes.show(s.importedAt(), output.format), s.importedBy(),
                c.records(),
                c.identities(), c.credentials(), c.grants(), c.duplicates(), c.warnings(), c.refused(), e.current());
    }
}
