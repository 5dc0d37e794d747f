package io.steward.importers;

import io.steward.importers.spi.BadInputException;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.FileSample;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.Importer;

import io.steward.importers.columns.ColumnMapping;
import io.steward.importers.columns.MappableImporter;
import io.steward.importers.columns.MappingRequest;
import io.steward.importers.columns.UnrecognisedHeadersException;
import io.steward.importers.spreadsheet.ColumnSamples;
import io.steward.importers.secrets.SafeFileName;
import io.steward.importers.secrets.SecretGuard;
import io.steward.importers.spi.NamedSourceImporter;
import io.steward.model.inventory.ColumnMappings;
import io.steward.model.inventory.ImportSession;
import io.steward.model.inventory.ImportTarget;
import io.steward.model.inventory.SnapshotImports;
import io.steward.model.inventory.SnapshotWriter;
import io.steward.importers.spi.TargetImporter;
import io.steward.model.inventory.PreparedIdentity;
import io.steward.model.inventory.ImportIssue;
import io.steward.model.inventory.SnapshotCounts;
import io.steward.model.inventory.SnapshotInfo;
import io.steward.model.inventory.SnapshotStart;
import io.steward.model.ledger.Hashes;
import io.steward.model.ledger.Ledger;
import io.steward.model.findings.FindingCatalogue;
import io.steward.model.findings.FindingEngine;
import io.steward.model.findings.FindingsAfterImport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports inventory files as snapshots: hashes the file, picks the importer (by content, or the one
 * asked for), parses and normalises on one thread while writing on another, screens every value for
 * secrets, de-duplicates on the stable id, and commits the snapshot and its ledger entry in one
 * transaction. A spreadsheet is read with the column mapping saved for its source (if any); a people
 * directory (an importer with a target of its own) becomes its own snapshot whose people are the current
 * directory. A preview does all of that against a scratch ledger and keeps nothing. Bad input raises {@link BadInputException}
 * and a cancel raises {@link java.util.concurrent.CancellationException}; both commit nothing.
 * <p>
 * Thread-safe; each call blocks its caller (run it off the UI thread).
 */
public final class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final SnapshotImports imports;
    private final ImporterRegistry registry;
    private final SecretGuard guard;
    private final Clock clock;
    private FindingEngine findings = new FindingEngine(FindingCatalogue.standard());

    public ImportService(Ledger ledger, ImporterRegistry registry, SecretGuard guard, Clock clock) {
        this.imports = new SnapshotImports(ledger, clock);
        this.registry = registry;
        this.guard = guard;
        this.clock = clock;
    }

    public ImporterRegistry registry() {
        return registry;
    }

    /**
     * Which rules compute findings after each committed import, in its transaction ({@code null}: none, for
     * measuring the import alone). A people directory recomputes every identity's findings (owners may have left).
     */
    public ImportService findings(FindingEngine engine) {
        this.findings = engine;
        return this;
    }

    /**
     * The importer that would read this file: the one named by {@code formatId}, else the one detection
     * picks. An unknown id is an {@link IllegalArgumentException} (usage error); an unreadable or
     * unrecognised file is a {@link FormatNotRecognisedException}.
     */
    public Importer importerFor(Path file, String formatId) {
        requireReadable(file);
        FileSample sample;
        try {
            sample = FileSample.of(file);
        } catch (IOException e) {
            throw BadInputException.wholeFile(file, "cannot read the file: " + e.getMessage());
        }
        if (formatId == null) {
            return registry.detect(sample);
        }
        Importer importer = registry.require(formatId);
        String problem = sample.problem();
        if (problem != null) {
            throw new FormatNotRecognisedException(file, problem);
        }
        if (sample.isXlsxWorkbook() && !importer.readsWorkbooks()) {
            throw new FormatNotRecognisedException(file, "this is an Excel workbook, but format '" + formatId
                    + "' reads text exports. Import the CSV or JSON export, or choose a workbook format (see 'steward formats')");
        }
        return importer;
    }

    /**
     * Reads the whole file as an import would, reports what it found, and stores nothing: it runs against a
     * scratch ledger, so it never holds the ledger's write lock and decisions go on meanwhile.
     */
    public ImportReport preview(Path file, ImportOptions options, ImportProgress progress, Cancellation cancel) {
        return imports.preview(session -> run(session, file, options, progress, cancel));
    }

    /** Imports one file as one snapshot, wholly or not at all. */
    public ImportReport commit(Path file, ImportOptions options, ImportProgress progress, Cancellation cancel) {
        long t0 = System.nanoTime();
        ImportReport report = imports.commit(session -> run(session, file, options, progress, cancel));
        LOG.debug("{}: committed in {} ms after the work", SafeFileName.of(file).name(), (System.nanoTime() - t0) / 1_000_000
                - report.elapsed().toMillis());
        return report;
    }

    /**
     * Imports a spreadsheet (or people directory) with a column mapping the user confirmed, e.g. after an
     * {@link io.steward.importers.columns.UnrecognisedHeadersException}. The mapping is saved for the file's
     * source in the same transaction, so later imports of that source read alike, and a failed import
     * forgets it. A format with fixed columns is a usage error ({@link IllegalArgumentException}).
     */
    public ImportReport commit(Path file, ImportOptions options, ColumnMapping confirmed, ImportProgress progress,
                               Cancellation cancel) {
        return commit(file, options.withMapping(confirmed, true), progress, cancel);
    }

    /**
     * What the user needs to map the columns of a spreadsheet that was refused for its headers: the importer
     * and source the mapping is for, and the first {@code sampleRows} rows (secret-looking values hidden).
     */
    public MappingRequest mappingRequest(UnrecognisedHeadersException refused, String formatId, int sampleRows) {
        Path file = refused.file();
        Importer importer = importerFor(file, formatId);
        if (!(importer instanceof MappableImporter mappable)) {
            throw new IllegalArgumentException("format '" + importer.id() + "' has fixed columns");
        }
        return new MappingRequest(file, mappable.id(), mappable.sourceOf(file), refused.headers(), refused.matched(), refused.known(),
                refused.requiredAnyOf(), ColumnSamples.read(file, refused.headerLine(), refused.headers(), sampleRows, guard));
    }

    /**
     * The mapping saved for the source and importer of a preview or import, if any: what it read the columns with
     * (a spreadsheet importer names its source after the file, the key a mapping is saved under).
     */
    public Optional<ColumnMappings.Saved> savedMapping(ImportReport report) {
        return imports.mappings().find(report.source(), report.importerId());
    }

    /** Forgets the mappings saved for {@code source} (a ledger entry): its next file is matched by its headers again, or asks. */
    public void forgetMapping(String source, String actor) {
        imports.mappings().forget(source, actor);
    }

    /**
     * Imports several files, one snapshot each, in ONE transaction: if any file is bad input or the import
     * is cancelled, none of them is stored.
     */
    public List<ImportReport> commitAll(List<Path> files, ImportOptions options, ImportProgress progress, Cancellation cancel) {
        return commitAll(files, java.util.Collections.nCopies(files.size(), options), progress, cancel);
    }

    /** As {@link #commitAll(List, ImportOptions, ImportProgress, Cancellation)}, each file with its own options (e.g. a mapping). */
    public List<ImportReport> commitAll(List<Path> files, List<ImportOptions> options, ImportProgress progress, Cancellation cancel) {
        if (options.size() != files.size()) {
            throw new IllegalArgumentException(files.size() + " files but " + options.size() + " options");
        }
        return imports.commit(session -> {
            List<ImportReport> reports = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                reports.add(run(session, files.get(i), options.get(i), progress, cancel));
            }
            return reports;
        });
    }

    private ImportReport run(ImportSession session, Path file, ImportOptions options, ImportProgress progress, Cancellation cancel) {
        boolean commit = !session.isPreview();
        long started = System.nanoTime();
        SafeFileName name = SafeFileName.of(file);
        Importer importer = mapped(session, file, options);
        long size;
        String sha256;
        try {
            size = Files.size(file);
            long h0 = System.nanoTime();
            sha256 = sha256(file, cancel);
            LOG.debug("{}: SHA-256 in {} ms", name.name(), (System.nanoTime() - h0) / 1_000_000);
        } catch (IOException e) {
            throw BadInputException.wholeFile(file, "cannot read the file: " + e.getMessage());
        } catch (UncheckedIOException e) {
            // the exception names the real path; the message names the file as it may be shown
            throw BadInputException.wholeFile(file, "the file went away while it was read. Check it is there and import it again");
        }
        Instant now = clock.instant();
        SnapshotStart start = new SnapshotStart(name.name(), sha256, size, importer.id(), importer.version(),
                now, options.actor());
        List<ImportIssue> kept = new ArrayList<>();
        String[] source = new String[1];
        Instant[] generated = new Instant[1];
        SnapshotInfo[] sameFile = new SnapshotInfo[1];
        try (SnapshotWriter writer = session.snapshot(start)) {
            writer.onIssue(issue -> {
                if (kept.size() < options.maxIssuesInReport()) {
                    kept.add(issue);
                }
            });
            Consumer<Object> events = event -> {
                if (event instanceof PreparedIdentity p) {
                    writer.add(p);
                } else if (event instanceof ImportIssue issue) {
                    writer.issue(issue);
                } else if (event instanceof ScreeningSink.SourceEvent s) {
                    writer.source(s.source());
                    source[0] = s.source();
                    sameFile[0] = sameFile(session, file, sha256, s.source(), commit && !options.again());
                } else if (event instanceof ScreeningSink.SeriesPartEvent part) {
                    writer.seriesPart(part.part());
                } else if (event instanceof ScreeningSink.GeneratedAtEvent g) {
                    writer.generatedAt(g.generatedAt());
                    generated[0] = g.generatedAt();
                }
            };
            ImportTarget target = null;
            long records;
            if (importer instanceof TargetImporter targeted) {
                TargetImporter.Targeted read = readTarget(targeted, name, events, cancel);
                target = read.target();
                records = read.records();
            } else {
                RecordPump pump = new RecordPump(importer, name, guard, now, progress, cancel);
                pump.run(events);
                records = pump.records();
            }
            cancel.check();
            LOG.debug("{}: parsed and written in {} ms", name.name(), (System.nanoTime() - started) / 1_000_000);
            if (source[0] == null) {
                throw BadInputException.wholeFile(file, "the file holds no records that " + importer.id()
                        + " can import (only a header, or an empty list). Check that the export is complete");
            }
            writer.recordsRead(records);
            SnapshotInfo info = commit ? session.finish(writer, options.actor(), target,
                    findings == null ? null : new FindingsAfterImport(findings, clock, progress::findings)) : null;
            SnapshotCounts counts = info != null ? info.counts() : writer.flushAndCount();
            ImportReport report = new ImportReport(file, sha256, size, importer.id(), importer.version(), source[0], generated[0],
                    counts, List.copyOf(kept), info, Duration.ofNanos(System.nanoTime() - started), sameFile[0]);
            if (commit) {
                LOG.info("Imported {} with {} as snapshot {}: {} identities, {} warnings, {} refused secret values",
                        name.name(), importer.id(), info.id(), counts.identities(), counts.warnings(), counts.refused());
            }
            return report;
        }
    }

    /**
     * The earlier snapshot of {@code source} made from the same file, if any; as soon as the file names its source (before
     * its records are written), so a refused re-import costs little. {@code refuse}: raise {@link AlreadyImportedException}.
     */
    private static SnapshotInfo sameFile(ImportSession session, Path file, String sha256, String source, boolean refuse) {
        SnapshotInfo earlier = session.sameFile(sha256, source).orElse(null);
        if (earlier != null && refuse) {
            throw new AlreadyImportedException(file, earlier);
        }
        return earlier;
    }

    /**
     * The importer for a file, reading with the mapping given in {@code options} over the one saved for the
     * file's source (the result saved for the source when committing and asked to), or else the saved one.
     */
    private Importer mapped(ImportSession session, Path file, ImportOptions options) {
        Importer importer = named(session, importerFor(file, options.formatId()), file, options);
        if (options.mapping() == null) {
            if (importer instanceof MappableImporter m) {
                return session.savedMapping(m.sourceOf(file), m.id())
                        .<Importer>map(saved -> m.withMapping(ColumnMapping.fromIds(saved.columns()))).orElse(importer);
            }
            return importer;
        }
        if (!(importer instanceof MappableImporter mappable)) {
            throw new IllegalArgumentException("format '" + importer.id()
                    + "' has fixed columns; a column mapping applies only to spreadsheet formats (generic-csv, generic-xlsx,"
                    + " people-directory)");
        }
        String source = mappable.sourceOf(file);
        ColumnMapping mapping = options.mapping().orElse(session.savedMapping(source, mappable.id())
                .map(saved -> ColumnMapping.fromIds(saved.columns())).orElse(ColumnMapping.empty()));
        if (options.rememberMapping()) {
            session.saveMapping(source, mappable.id(), mapping.toIds(), options.actor());
        }
        return mappable.withMapping(mapping);
    }

    /**
     * An importer whose files may not name their source, told the name the user gave (remembered for the file-name pattern
     * when committing) or the one remembered; a name for any other format is a usage error.
     */
    private Importer named(ImportSession session, Importer importer, Path file, ImportOptions options) {
        if (!(importer instanceof NamedSourceImporter named)) {
            if (options.sourceName() != null) {
                throw new IllegalArgumentException("format '" + importer.id() + "' reads the source from the file itself; --source"
                        + " names the cluster of a Kubernetes export");
            }
            return importer;
        }
        if (options.sourceName() == null) {
            return session.rememberedSource(named.id(), NamedSourceImporter.filePattern(file))
                    .<Importer>map(n -> named.withSourceName(n, false)).orElse(importer);
        }
        String source = named.normaliseSource(options.sourceName());
        session.rememberSource(named.id(), NamedSourceImporter.filePattern(file), source, options.actor(), clock.instant());
        return named.withSourceName(source, true);
    }

    /** Records that go to a target of their own (e.g. people): every value screened like any other file's. */
    private TargetImporter.Targeted readTarget(TargetImporter importer, SafeFileName file, Consumer<Object> events, Cancellation cancel) {
        try {
            ScreeningSink sink = new ScreeningSink(file, guard, clock.instant(), events);
            TargetImporter.Targeted read = importer.readTarget(file.path(), sink, cancel);
            sink.finish();
            return read;
        } catch (IOException e) {
            throw BadInputException.wholeFile(file.path(), "cannot read the file: " + e.getMessage());
        }
    }

    private static void requireReadable(Path file) {
        if (!Files.exists(file)) {
            throw BadInputException.wholeFile(file, "no such file. Check the path");
        }
        if (Files.isDirectory(file)) {
            throw BadInputException.wholeFile(file, "this is a folder; name the export file inside it");
        }
        if (!Files.isReadable(file)) {
            throw BadInputException.wholeFile(file, "the file is not readable by you. Check its permissions");
        }
    }

    /** SHA-256 of the file's bytes, hex. */
    static String sha256(Path file, Cancellation cancel) throws IOException {
        MessageDigest digest = Hashes.sha256();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            int chunks = 0;
            while ((n = in.read(buf)) > 0) {
                digest.update(buf, 0, n);
                if ((++chunks & 255) == 0) {
                    cancel.check();
                }
            }
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(e);
        }
        return Hashes.hex(digest.digest());
    }
}
