package io.steward.app.cli;

import io.steward.importers.ImportReport;
import io.steward.importers.spi.Importer;
import io.steward.importers.ImporterRegistry;
import io.steward.model.inventory.ImportIssue;
import io.steward.model.inventory.SnapshotCounts;
import java.io.PrintWriter;
import java.util.List;

/** What {@code steward import} says about one file: format, source, snapshot, counts, warnings, refused secrets. */
final class ImportReportPrinter {
    /** Warnings listed one per line; the rest are counted (all are stored with the snapshot). */
    static final int WARNINGS_SHOWN = 20;

    private ImportReportPrinter() {
    }

    static void print(PrintWriter out, ImportReport r, ImporterRegistry registry) {
        SnapshotCounts c = r.counts();
        String description = registry.byId(r.importerId()).map(Importer::description).orElse("");
        out.println();
        out.println(r.safeFile().shown());
        out.printf("  format      %s %s  (%s)%n", r.importerId(), r.importerVersion(), description);
        out.printf("  source      %s%n", r.source());
        if (r.snapshot() != null) {
            out.printf("  snapshot    %d  (ledger entry %d, sha256 %s)%n", r.snapshot().id(), r.snapshot().ledgerSeq(), r.fileSha256());
        }
        if (r.sameFileAs() != null) {
            out.printf("  same file   as snapshot %d, imported %s UTC by %s%s%n", r.sameFileAs().id(),
                    CliTimes.show(r.sameFileAs().importedAt(), OutputFormat.table), r.sameFileAs().importedBy(),
                    r.committed() ? " (imported again with --again)" : " (the import stops here without --again)");
        }
        out.printf("  counts      %,d records, %,d identities, %,d credentials, %,d grants, %,d links, %,d duplicates dropped%n",
                c.records(), c.identities(), c.credentials(), c.grants(), c.links(), c.duplicates());
        out.printf("  warnings    %,d%n", c.warnings());
        List<ImportIssue> warnings = r.warnings();
        warnings.stream().limit(WARNINGS_SHOWN).forEach(w -> out.printf("    %s: %s (%s)%n", w.where(), w.message(), w.rule()));
        if (c.warnings() > Math.min(WARNINGS_SHOWN, warnings.size())) {
            out.printf("    ... %,d more stored with the snapshot%n", c.warnings() - Math.min(WARNINGS_SHOWN, warnings.size()));
        }
        out.printf("  refused     %,d secret value%s, not stored%n", c.refused(), c.refused() == 1 ? "" : "s");
        List<ImportIssue> refusals = r.refusals();
        String name = r.safeFile().name();
        refusals.forEach(i -> out.printf("    %s, %s: %s (rule %s)%n", name, i.where(), i.message(), i.rule()));
        if (c.refused() > refusals.size()) {
            out.printf("    ... %,d more stored with the snapshot%n", c.refused() - refusals.size());
        }
    }
}
