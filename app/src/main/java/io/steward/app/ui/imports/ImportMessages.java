package io.steward.app.ui.imports;

import io.steward.app.ui.common.BannerText;
import io.steward.app.ui.common.Tone;
import io.steward.app.ui.common.Words;
import io.steward.importers.ImportReport;
import java.util.List;
import java.util.stream.Collectors;

/** The words of the import sheet's banner and progress line. */
final class ImportMessages {
    static final BannerText EMPTY = new BannerText(Tone.INFO, "Add inventory files to import",
            "Drop files here or choose Add files. Each file is read and previewed first; nothing is stored until you import.");
    static final String ONE_TRANSACTION_NOT_SAVED = "Nothing was saved: the files are imported in one transaction, which was rolled back.";

    private ImportMessages() {
    }

    static BannerText summary(List<ImportFile> files) {
        long waiting = files.stream().filter(f -> f.status() == ImportFileStatus.QUEUED || f.status() == ImportFileStatus.PREVIEWING).count();
        List<ImportFile> bad = files.stream().filter(f -> f.status() == ImportFileStatus.FAILED
                || f.status() == ImportFileStatus.NEEDS_FORMAT).toList();
        if (waiting > 0) {
            return new BannerText(Tone.RUNNING, "Previewing " + Words.count(files.size(), "file", "files") + "…",
                    "Each file is read as an import would read it; nothing is stored until you import.");
        }
        List<ImportFile> unmapped = files.stream().filter(f -> f.status() == ImportFileStatus.NEEDS_MAPPING).toList();
        if (bad.isEmpty() && !unmapped.isEmpty()) {
            String names = unmapped.stream().map(ImportFile::fileName).collect(Collectors.joining(", "));
            return new BannerText(Tone.WARNING, Words.count(unmapped.size(), "file needs", "files need") + " a column mapping: " + names,
                    "Steward does not recognise the column headers. Select the file, say what each column means, then"
                            + " choose Preview with this mapping.");
        }
        if (!bad.isEmpty()) {
            String names = bad.stream().map(ImportFile::fileName).collect(Collectors.joining(", "));
            return new BannerText(Tone.DANGER, Words.count(bad.size(), "file cannot", "files cannot") + " be imported: " + names,
                    "Select it to see why. Choose another format for it, or remove it to import the others.");
        }
        long identities = 0;
        long refused = 0;
        long warnings = 0;
        for (ImportFile f : files) {
            ImportReport r = f.reportProperty().get();
            identities += r.counts().identities();
            refused += r.counts().refused();
            warnings += r.counts().warnings();
        }
        String detail = Words.count(identities, "identity", "identities") + ", " + Words.count(warnings, "warning", "warnings")
                + ", " + Words.count(refused, "secret value", "secret values") + " refused (never stored)."
                + " Import stores one snapshot per file.";
        List<ImportFile> repeats = files.stream().filter(f -> f.reportProperty().get().sameFileAs() != null).toList();
        if (!repeats.isEmpty()) {
            detail += " " + repeats.stream().map(f -> f.fileName() + " is already " + earlier(f)).collect(Collectors.joining("; "))
                    + ": Import asks before adding it again.";
        }
        return new BannerText(refused > 0 ? Tone.WARNING : Tone.SUCCESS,
                "Ready to import " + Words.count(files.size(), "file", "files"), detail);
    }

    /** The problem line of a file whose headers were not recognised: the importer's reason, then what to do. */
    static String needsMapping(io.steward.importers.columns.UnrecognisedHeadersException e) {
        return "Steward does not recognise the columns of this file (" + (e.unrecognised().isEmpty() ? "no headers"
                : Words.count(e.unrecognised().size(), "header", "headers") + " not recognised") + "). Say below what each column"
                + " means, then choose Preview with this mapping.";
    }

    static final String AGAIN_TITLE = "Import again?";
    static final String AGAIN = "Import again";
    private static final java.time.format.DateTimeFormatter MINUTE =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    /** The confirmation asked before adding files that are already snapshots of their source. */
    static String importAgain(List<ImportFile> repeats) {
        String each = repeats.stream().map(f -> f.fileName() + " is already imported as " + earlier(f) + ".")
                .collect(Collectors.joining("\n"));
        return each + "\n\nImporting " + (repeats.size() == 1 ? "it" : "them") + " again adds a second snapshot of the same file. "
                + (repeats.size() == 1 ? "Import it again?" : "Import them again?");
    }

    /** "snapshot #3 on 2026-12-05 07:40 UTC by alice": the earlier snapshot of the same file. */
    static String earlier(ImportFile f) {
        io.steward.model.inventory.SnapshotInfo s = f.reportProperty().get().sameFileAs();
        return "snapshot #" + s.id() + " on " + MINUTE.format(s.importedAt()) + " by " + s.importedBy();
    }

    static BannerText notImportedAgain(List<ImportFile> repeats) {
        return new BannerText(Tone.INFO, "Nothing imported", repeats.stream().map(f -> f.fileName() + " is already " + earlier(f))
                .collect(Collectors.joining("; ")) + ". Nothing was saved; remove " + (repeats.size() == 1 ? "it" : "them")
                + " to import the other files, or choose Import and confirm to add a second snapshot.");
    }

    static BannerText importing(int files) {
        return new BannerText(Tone.RUNNING, "Importing " + Words.count(files, "file", "files") + "…",
                "Cancel stops the import; a cancelled import stores nothing of the file it was reading.");
    }

    static String progress(String fileName, int index, int files, long records) {
        return (files > 1 ? "File " + (index + 1) + " of " + files + ": " : "") + fileName + " · "
                + Words.count(records, "record", "records") + " read";
    }

    static BannerText imported(List<ImportReport> reports) {
        long identities = reports.stream().mapToLong(r -> r.counts().identities()).sum();
        long refused = reports.stream().mapToLong(r -> r.counts().refused()).sum();
        String snapshots = reports.stream().map(r -> "#" + r.snapshot().id()).collect(Collectors.joining(", "));
        return new BannerText(Tone.SUCCESS, "Imported " + Words.count(reports.size(), "file", "files") + ": "
                + Words.count(identities, "identity", "identities"),
                "Snapshot" + (reports.size() == 1 ? " " : "s ") + snapshots + ". " + Words.count(refused, "secret value", "secret values")
                        + " refused and not stored. The Ledger page shows the snapshot.imported "
                        + (reports.size() == 1 ? "entry." : "entries."));
    }

    static BannerText cancelled(String whatWasSaved) {
        return new BannerText(Tone.WARNING, "Import cancelled", whatWasSaved);
    }

    static BannerText failed(String why, String whatWasSaved) {
        return new BannerText(Tone.DANGER, "Import failed", why + " " + whatWasSaved);
    }

    /** For file-by-file imports: which files were stored before it stopped. */
    static String partlySaved(List<String> fileNames, int committed) {
        if (committed == 0) {
            return "Nothing was saved.";
        }
        return String.join(", ", fileNames.subList(0, committed)) + (committed == 1 ? " was" : " were")
                + " imported before it stopped; nothing of " + fileNames.get(committed) + " or later files was saved.";
    }
}
