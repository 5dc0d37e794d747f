package io.steward.model.inventory;

import io.steward.model.ledger.CollectedEntry;
import io.steward.model.ledger.LedgerContentCheck;
import io.steward.model.ledger.Printable;
import io.steward.model.store.Store;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * The inventory against the ledger: every snapshot has its {@code snapshot.imported} entry and every such
 * entry its snapshot; each snapshot's rows still give the digest its entry committed to (recomputed per
 * snapshot, in parallel, one streaming pass each); and the currency flags mark exactly the newest snapshot
 * of each series (source, importer and series part, as imports set them).
 */
public final class SnapshotRowCheck implements LedgerContentCheck {
    /** Identities whose flag disagrees with "newest of its series"; a series is what {@link SeriesFlags} keeps apart. */
    private static final String WRONG_CURRENT = "SELECT count(*) FROM identity i WHERE (i.current IS 1) <> (i.snapshot_id IN ("
            + "SELECT (SELECT s2.id FROM snapshot s2 WHERE s2.source = s.source AND s2.importer_id = s.importer_id"
            + " AND s2.series_part = s.series_part"
            + " ORDER BY coalesce(s2.generated_at, s2.imported_at) DESC, s2.id DESC LIMIT 1) FROM snapshot s))";

    @Override
    public Set<String> kinds() {
        return Set.of(InventoryEntries.SNAPSHOT_IMPORTED.name());
    }

    @Override
    public Outcome check(Store store, List<CollectedEntry> entries, BooleanSupplier cancelled) {
        Map<Long, CollectedEntry> bySnapshot = new HashMap<>();
        for (CollectedEntry e : entries) {
            long id = e.payload().path("snapshotId").asLong(-1);
            if (bySnapshot.putIfAbsent(id, e) != null) {
                return Outcome.failed(e.seq(), "Entry " + e.seq() + " records snapshot " + id + " a second time: it was not written by Steward.");
            }
        }
        record Row(long id, Long ledgerSeq, String fileName) {
        }
        List<Row> rows = store.jdbc(c -> {
            List<Row> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("SELECT id, ledger_seq, file_name FROM snapshot ORDER BY id")) {
                while (r.next()) {
                    long id = r.getLong(1);
                    long seq = r.getLong(2);
                    out.add(new Row(id, r.wasNull() ? null : seq, r.getString(3)));
                }
            }
            return out;
        });
        List<Row> withDigest = new ArrayList<>();
        int legacy = 0;
        for (Row row : rows) {
            CollectedEntry e = bySnapshot.remove(row.id());
            if (e == null || row.ledgerSeq() == null || row.ledgerSeq() != e.seq()) {
                return Outcome.failed(row.ledgerSeq(), "Snapshot " + row.id() + " (" + row.fileName() + ") has no ledger entry"
                        + (row.ledgerSeq() == null ? "" : " (it names entry " + row.ledgerSeq() + ", which is not its snapshot.imported entry)")
                        + ": its data was added to the file, or its entry was deleted. It cannot be trusted.");
            }
            if (e.payload().hasNonNull("rowDigest")) {
                String digest = e.payload().get("rowDigest").asText();
                if (SnapshotRowDigest.Encoding.of(digest).isEmpty()) {
                    return Outcome.failed(e.seq(), "Entry " + e.seq() + " commits to a row digest this version of Steward cannot"
                            + " recompute (" + Printable.of(digest.length() > 24 ? digest.substring(0, 24) + "…" : digest)
                            + "): verify it with the Steward that imported snapshot " + row.id() + ", or a newer one.");
                }
                withDigest.add(row);
            } else {
                legacy++;
            }
        }
        if (!bySnapshot.isEmpty()) {
            CollectedEntry e = bySnapshot.values().stream().min(java.util.Comparator.comparingLong(CollectedEntry::seq)).orElseThrow();
            return Outcome.failed(e.seq(), "Entry " + e.seq() + " records snapshot " + e.payload().path("snapshotId").asLong()
                    + " (" + e.payload().path("fileName").asText() + "), but that snapshot's rows are gone: they were deleted.");
        }
        Map<Long, CollectedEntry> byId = new HashMap<>();
        entries.forEach(e -> byId.put(e.payload().path("snapshotId").asLong(), e));
        String mismatch = digests(store, withDigest.stream().map(Row::id).toList(), byId, cancelled);
        if (mismatch != null) {
            long seq = Long.parseLong(mismatch.substring(0, mismatch.indexOf(' ')));
            return Outcome.failed(seq, mismatch.substring(mismatch.indexOf(' ') + 1));
        }
        long wrongCurrent = store.jdbc(c -> {
            try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(WRONG_CURRENT)) {
                r.next();
                return r.getLong(1);
            }
        });
        if (wrongCurrent > 0) {
            return Outcome.failed(null, wrongCurrent + " identit" + (wrongCurrent == 1 ? "y is" : "ies are") + " marked current (or not)"
                    + " against the snapshots' order: the current flags were edited, so the console would show other data than the newest snapshots.");
        }
        List<String> notes = legacy == 0 ? List.of() : List.of(legacy + " snapshot" + (legacy == 1 ? " was" : "s were")
                + " imported before row digests: their rows are checked for presence only.");
        return Outcome.ok(notes);
    }

    /** "SEQ sentence" for the first snapshot whose rows no longer give its digest, or null. */
    private static String digests(Store store, List<Long> ids, Map<Long, CollectedEntry> byId, BooleanSupplier cancelled) {
        if (ids.isEmpty()) {
            return null;
        }
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), ids.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "snapshot-digest");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<String>> results = new ArrayList<>();
            for (long id : ids) {
                results.add(pool.submit(() -> {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("verification cancelled");
                    }
                    String committed = byId.get(id).payload().get("rowDigest").asText();
                    try (Connection c = store.newConnection()) {
                        return SnapshotRowDigest.of(c, id, SnapshotRowDigest.Encoding.of(committed).orElseThrow());
                    }
                }));
            }
            for (int i = 0; i < ids.size(); i++) {
                CollectedEntry e = byId.get(ids.get(i));
                String actual;
                try {
                    actual = results.get(i).get();
                } catch (ExecutionException x) {
                    if (x.getCause() instanceof CancellationException ce) {
                        throw ce;
                    }
                    return e.seq() + " The rows of snapshot " + ids.get(i) + " (" + e.payload().path("fileName").asText() + ") cannot be read ("
                            + x.getCause().getMessage() + "): a value of a type Steward never writes was stored in them, or the file is"
                            + " damaged. They cannot be trusted.";
                }
                if (!actual.equals(e.payload().path("rowDigest").asText())) {
                    return e.seq() + " The rows of snapshot " + ids.get(i) + " (" + e.payload().path("fileName").asText()
                            + ") do not give the digest its entry " + e.seq() + " committed to: identities, credentials, grants,"
                            + " links, aliases or import issues were changed, added or deleted after the import.";
                }
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("verification interrupted");
        } finally {
            pool.shutdownNow();
        }
    }

}
