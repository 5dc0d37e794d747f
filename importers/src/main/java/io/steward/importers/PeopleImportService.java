package io.steward.importers;

import io.steward.importers.columns.ColumnMapping;
import io.steward.importers.columns.SavedColumnMappings;
import io.steward.importers.people.PeopleDirectoryImporter;
import io.steward.importers.secrets.SecretGuard;
import io.steward.model.inventory.ImportIssue;
import io.steward.model.inventory.SnapshotInfo;
import io.steward.model.inventory.SnapshotStart;
import io.steward.model.inventory.SnapshotWriter;
import io.steward.model.ledger.Ledger;
import io.steward.model.people.PeopleWriter;
import io.steward.model.people.PersonRecord;
import io.steward.model.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports a people directory as its own snapshot (importer {@code people-directory}): the snapshot row,
 * warnings, refusals and the {@code snapshot.imported} ledger entry as for any import, and the people in
 * {@code person}, which become the current directory, all in one transaction. Every cell goes through the
 * secret guard. An explicit column mapping is used and then saved for the file's source; otherwise a
 * mapping saved earlier for that source applies.
 */
public final class PeopleImportService {
    private final Store store;
    private final Ledger ledger;
    private final SavedColumnMappings mappings;
    private final Clock clock;

    public PeopleImportService(Store store, Clock clock) {
        this.store = store;
        this.ledger = new Ledger(store);
        this.mappings = new SavedColumnMappings(store, clock);
        this.clock = clock;
    }

    /** What one people import stored. */
    public record PeopleReport(SnapshotInfo snapshot, int people, long left, List<ImportIssue> issues) {
    }

    /** @param explicit a user-confirmed mapping, or {@code null} to use the saved one / header matching */
    public PeopleReport commit(Path file, ColumnMapping explicit, String actor, Cancellation cancel) {
        PeopleDirectoryImporter base = new PeopleDirectoryImporter();
        String source = base.sourceOf(file);
        ColumnMapping mapping = explicit != null ? explicit
                : mappings.find(source, base.id()).orElse(ColumnMapping.empty());
        PeopleDirectoryImporter importer = (PeopleDirectoryImporter) base.withMapping(mapping);
        PeopleReport report = store.write(tx -> {
            SnapshotStart start = start(file, importer, actor, cancel);
            List<PersonRecord> people = new ArrayList<>();
            List<ImportIssue> issues = new ArrayList<>();
            try (SnapshotWriter writer = new SnapshotWriter(tx, start)) {
                ScreeningSink sink = new ScreeningSink(file, SecretGuard.standard(), event -> {
                    if (event instanceof ScreeningSink.SourceEvent s) {
                        writer.source(s.source());
                    } else if (event instanceof ImportIssue issue) {
                        writer.issue(issue);
                        issues.add(issue);
                    }
                });
                importer.readPeople(file, sink, cancel, people::add);
                cancel.check();
                if (people.isEmpty()) {
                    throw BadInputException.wholeFile(file, "the people directory lists nobody (only a header?)");
                }
                writer.recordsRead(people.size());
                SnapshotInfo info = writer.finish(ledger, actor);
                int written = PeopleWriter.write(tx, info.id(), people);
                return new PeopleReport(info, written, people.stream().filter(PersonRecord::left).count(), List.copyOf(issues));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (explicit != null) {
            mappings.save(source, importer.id(), explicit, actor);
        }
        return report;
    }

    private SnapshotStart start(Path file, PeopleDirectoryImporter importer, String actor, Cancellation cancel) {
        try {
            return new SnapshotStart(file.getFileName().toString(), ImportService.sha256(file, cancel), Files.size(file), importer.id(),
                    importer.version(), clock.instant(), actor);
        } catch (IOException e) {
            throw BadInputException.wholeFile(file, "cannot read the file: " + e.getMessage());
        }
    }
}
