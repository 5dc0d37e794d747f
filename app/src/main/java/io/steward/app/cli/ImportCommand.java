package io.steward.app.cli;

import io.steward.app.Workspace;
import io.steward.importers.AlreadyImportedException;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.ImportOptions;
import io.steward.importers.ImportReport;
import io.steward.importers.ImportService;
import io.steward.importers.ImporterRegistry;
import io.steward.importers.StandardImporters;
import io.steward.importers.columns.ColumnMapping;
import io.steward.importers.columns.MappingRequest;
import io.steward.importers.columns.UnrecognisedHeadersException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * {@code steward import FILE... [--format ID]}: one snapshot per file, all files in one transaction, so
 * bad input in any of them stores nothing; a new ledger is built privately and published only on success.
 * Refuses a ledger that does not verify, and ends with a checkpoint. Creates
 * the ledger when it does not exist yet. A CSV/XLSX whose headers are not recognised exits 3 with the
 * headers, the concepts and the {@code --map} command line that imports it.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import inventory exports: one snapshot per file, the format detected from the content.",
            "All files are imported in one transaction: if any file is bad input, nothing is stored (exit 3). Secret values"
                + " found in a file are never stored; each is reported by file, record, field and rule. Creates the ledger"
                + " if it does not exist yet."})
final class ImportCommand extends StewardCommand {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "export files (see 'steward formats')")
    List<Path> files;

    @Option(names = "--format", paramLabel = "ID", description = "read every FILE with this importer instead of detecting it")
    String format;

    @Option(names = "--map", paramLabel = "HEADER=CONCEPT",
            description = {"for CSV/XLSX inventories and people directories: the column with this header text means this concept"
                + " (an id such as id, name, owner; or ignore). Repeat for each column; wins over header matching and a saved mapping."})
    List<String> maps;

    @Option(names = "--save-mapping", description = "save the --map mapping for each FILE's source, so its next import needs no --map")
    boolean saveMapping;

    @Option(names = "--source", paramLabel = "NAME",
            description = {"for exports that do not say which system they describe (Kubernetes): the cluster, e.g. prod-eu"
                + " (source kubernetes:prod-eu). Wins over a cluster name in the file; remembered for files named like FILE,"
                + " so the next export of that cluster needs no --source."})
    String source;

    @Option(names = "--again", description = "import FILE even though the same file (same SHA-256) is already a snapshot of its"
            + " source; without it such an import stops, names the earlier snapshot and stores nothing")
    boolean again;

    @Option(names = "--dry-run", description = "read, screen and count each FILE as the import would (the console's preview), then store"
            + " nothing; a ledger that did not exist is not created")
    boolean dryRun;

    @Override
    public Integer call() {
        ImporterRegistry registry = StandardImporters.registry();
        if (format != null && registry.byId(format).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "unknown format '" + format + "'. Known formats: "
                    + String.join(", ", registry.importers().stream().map(i -> i.id()).toList()) + " (see 'steward formats')");
        }
        ColumnMapping mapping;
        try {
            mapping = ColumnMappingOptions.parse(maps);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (saveMapping && mapping == null) {
            throw new ParameterException(spec.commandLine(), "--save-mapping needs at least one --map HEADER=CONCEPT");
        }
        if (saveMapping && dryRun) {
            throw new ParameterException(spec.commandLine(), "--dry-run stores nothing, so it cannot --save-mapping");
        }
        Path file = ledgerFile();
        if (Workspace.exists(file)) {
            return importInto(file, null, registry, mapping);
        }
        // No ledger yet: work in a private new one beside it and publish it only when the import succeeded, so bad
        // input leaves no file, and a ledger another process creates meanwhile is never replaced or deleted.
        Path scratch = Workspace.createPrivate(file);
        try {
            return importInto(file, scratch, registry, mapping);
        } finally {
            Workspace.deletePrivate(scratch);
        }
    }

    private int importInto(Path file, Path scratch, ImporterRegistry registry, ColumnMapping mapping) {
        List<ImportReport> reports = null;
        MappingRequest unmapped = null;
        try (Workspace workspace = scratch == null ? openOrCreateLedger() : Workspace.openPrivate(scratch, actor(), root().paths().keysDir())) {
            if (scratch == null && !dryRun) {
                workspace.requireVerified("importing into it");
            }
            ImportService service = workspace.imports();
            ImportOptions options = new ImportOptions(format, workspace.actor(), ImportOptions.DEFAULT_MAX_ISSUES, mapping,
                    saveMapping).withSourceName(source).withAgain(again);
            try {
                ImportProgressPrinter progress = new ImportProgressPrinter(err(), files);
                reports = dryRun ? preview(service, options, progress) : service.commitAll(files, options, progress, Cancellation.NEVER);
            } catch (UnrecognisedHeadersException e) {
                err().println("steward: " + e.summary());
                unmapped = service.mappingRequest(e, format, MappingHelpPrinter.SAMPLES);
            } catch (AlreadyImportedException e) {
                err().println("steward: " + e.getMessage() + ". Use --again to add it anyway");
                return ExitCodes.BAD_INPUT;
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (unmapped != null) {
            MappingHelpPrinter.print(err(), unmapped, format);
            return ExitCodes.BAD_INPUT;
        }
        PrintWriter out = out();
        if (dryRun) {
            out.printf("Checked %d file%s: a dry run, nothing was stored%n", reports.size(), reports.size() == 1 ? "" : "s");
            reports.forEach(r -> ImportReportPrinter.print(out, r, registry));
            return ExitCodes.OK;
        }
        if (scratch != null && !Workspace.publish(scratch, file)) {
            // Another Steward created the ledger while this import ran: import into that one instead.
            return importInto(file, null, registry, mapping);
        }
        out.printf("Imported %d file%s into %s%n", reports.size(), reports.size() == 1 ? "" : "s", file);
        reports.forEach(r -> ImportReportPrinter.print(out, r, registry));
        try (Workspace workspace = openExistingLedger()) {
            CheckpointAfter.take(workspace, out, err());
        }
        return ExitCodes.OK;
    }

    /** Each file read as its import would be, in a transaction that is rolled back. */
    private List<ImportReport> preview(ImportService service, ImportOptions options, ImportProgressPrinter progress) {
        List<ImportReport> reports = new java.util.ArrayList<>();
        for (Path f : files) {
            reports.add(service.preview(f, options, progress, Cancellation.NEVER));
        }
        return reports;
    }

}
