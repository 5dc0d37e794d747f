package io.steward.model.inventory;

import io.steward.model.ledger.Ledger;
import io.steward.model.ledger.LedgerEntry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import static io.steward.model.db.Tables.ACCESS_GRANT;
import static io.steward.model.db.Tables.CREDENTIAL;
import static io.steward.model.db.Tables.IDENTITY;
import static io.steward.model.db.Tables.IDENTITY_LINK;
import static io.steward.model.db.Tables.SNAPSHOT;

/**
 * Writes one snapshot in bulk inside the caller's write transaction ({@code store.write(tx -> ...)}):
 * raw prepared statements in batches for identities and their children, then the snapshot row, the
 * facet counts, the {@code current} flags of its series and the {@code snapshot.imported} ledger entry,
 * all in that one transaction, so an import is wholly present or wholly absent.
 * <p>
 * Duplicate stable ids are resolved in memory (a 64-bit hash of each id, verified against the row on a
 * hit): the record with the newest activity is kept, the first on a tie, and a warning names both
 * records. A big import into a small ledger drops and rebuilds the identity indexes ({@link BulkIndexes}).
 * Not thread-safe.
 */
public final class SnapshotWriter implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SnapshotWriter.class);
    static final int BATCH = 2_000;
    /** Below this size an import maintains indexes row by row; above it, it may rebuild them. */
    static final long BULK_FILE_BYTES = 8L << 20;
    /** Rough stored identities per file byte, for the bulk decision (a credential-report row makes about two). */
    static final int BYTES_PER_IDENTITY = 120;
    private static final int IMPORT_CACHE_KIB = 256 * 1024;
    /**
     * Identity indexes a bulk load keeps live. The parent index: its keys grow with the ids, so each insert appends, and a
     * late duplicate that replaces a row already written finds that row's children (and ON DELETE CASCADE finds them)
     * through it instead of scanning the table twice.
     */
    static final Set<String> LIVE_DURING_BULK = Set.of("identity_parent");


    private final DSLContext tx;
    private final Connection conn;
    private final SnapshotStart start;
    private final RowInserts inserts;
    private final long firstIdentityId;
    private final BulkIndexes bulk;
    private final LongLongMap idsByHash;
    private final Map<String, Long> hashCollisions = new HashMap<>();
    private final FacetCounter facets = new FacetCounter();
    private final List<Pending> pending = new ArrayList<>(BATCH + 16);
    private final Map<Long, Pending> pendingById = new HashMap<>();
    private final List<ImportIssue> pendingIssues = new ArrayList<>();
    private final long previousCacheSize;

    private java.util.function.Consumer<ImportIssue> issueListener = i -> { };
    private String source;
    /** Whether a row names its principal by another id, so keys must be resolved after the import ({@link KeyMerge}). */
    private boolean principals;
    private Instant generatedAt;
    private String seriesPart = "";
    private long snapshotId = -1;
    private long nextIdentityId;
    private long records;
    private long duplicates;
    private long warnings;
    private long refused;

    private static final class Pending {
        final long id;
        final long parentId;
        final PreparedIdentity prepared;
        final IdentityRecord record;
        boolean dropped;

        Pending(long id, long parentId, PreparedIdentity prepared) {
            this.id = id;
            this.parentId = parentId;
            this.prepared = prepared;
            this.record = prepared.record;
        }
    }

    /**
     * Opens a writer inside a write transaction; its bulk statements run on the transaction's own
     * connection (via {@code tx.connectionResult}), so use the writer only inside that transaction.
     */
    public SnapshotWriter(DSLContext tx, SnapshotStart start) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.start = Objects.requireNonNull(start, "start");
        this.conn = tx.connectionResult(c -> c);
        Long maxId = tx.select(DSL.max(IDENTITY.ID)).from(IDENTITY).fetchOne(0, Long.class);
        firstIdentityId = (maxId == null ? 0 : maxId) + 1;
        long expected = start.fileSize() / BYTES_PER_IDENTITY;
        idsByHash = new LongLongMap((int) Math.min(Math.max(expected, 1024), 1 << 26));
        bulk = start.fileSize() >= BULK_FILE_BYTES && firstIdentityId - 1 <= 2 * expected ? BulkIndexes.drop(tx, "identity", LIVE_DURING_BULK) : null;
        try (Statement st = conn.createStatement()) {
            var rs = st.executeQuery("PRAGMA cache_size");
            previousCacheSize = rs.next() ? rs.getLong(1) : -2000;
            rs.close();
            // A bigger page cache for the length of the import keeps the growing tables out of the WAL until commit.
            st.execute("PRAGMA cache_size = -" + IMPORT_CACHE_KIB);
            inserts = new RowInserts(conn);
        } catch (SQLException e) {
            throw new InventoryException("cannot prepare the snapshot writer: " + e.getMessage(), e);
        }
        nextIdentityId = firstIdentityId;
    }

    /** The source this file describes; must be given before the first identity and must not change. */
    public void source(String value) {
        Objects.requireNonNull(value, "source");
        if (source != null && !source.equals(value)) {
            throw new IllegalStateException("one file, one source: " + source + " then " + value);
        }
        source = value;
    }

    public String source() {
        return source;
    }

    /** The part of the source this file covers (see {@code snapshot.series_part}); '' = all of it. */
    public void seriesPart(String value) {
        seriesPart = value == null ? "" : value;
    }

    public void generatedAt(Instant value) {
        generatedAt = value;
    }

    /** How many records the importer read from the file (identities or not). */
    public void recordsRead(long count) {
        records = count;
    }

    /** Adds an identity and its children (e.g. a user's access keys). */
    public void add(IdentityRecord r) {
        add(PreparedIdentity.of(r));
    }

    /** Adds an identity prepared elsewhere (e.g. on a parsing thread) and its children. */
    public void add(PreparedIdentity p) {
        if (source == null) {
            throw new IllegalStateException("the importer must name the source before the first identity");
        }
        long id = addOne(p, 0);
        if (id > 0) {
            for (PreparedIdentity child : p.children) {
                addOne(child, id);
            }
        }
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    /** Returns the new row's id, or 0 when the record lost to an earlier duplicate. */
    private long addOne(PreparedIdentity prepared, long parentId) {
        IdentityRecord r = prepared.record;
        long hash = prepared.idHash;
        long existing = hashCollisions.isEmpty() ? idsByHash.get(hash) : hashCollisions.getOrDefault(r.nativeId(), idsByHash.get(hash));
        if (existing != LongLongMap.MISSING && !resolveDuplicate(prepared, existing)) {
            return 0;
        }
        long id = nextIdentityId++;
        if (hashCollisions.containsKey(r.nativeId())) {
            hashCollisions.put(r.nativeId(), id);
        } else {
            idsByHash.put(hash, id);
        }
        Pending p = new Pending(id, parentId, prepared);
        pending.add(p);
        pendingById.put(id, p);
        facets.add(r.kind(), r.environment(), r.ownerHint(), r.enabled(), 1);
        principals |= r.principal() != null;
        return id;
    }

    /** What is known about an earlier row with the same hash. */
    private record Earlier(String nativeId, long recordNo, String activity, String kind, String environment, String owner,
                           Boolean enabled) {
    }

    /**
     * A record whose id hash was seen before. Returns true when the new record must be written (no real
     * duplicate, or it is newer than the earlier one, which is then removed).
     */
    private boolean resolveDuplicate(PreparedIdentity prepared, long earlierId) {
        IdentityRecord r = prepared.record;
        Earlier earlier = earlier(earlierId);
        if (earlier == null) {
            return true; // the earlier row was itself removed as a duplicate (e.g. a child of a replaced parent)
        }
        if (!earlier.nativeId().equals(r.nativeId())) {
            hashCollisions.put(earlier.nativeId(), earlierId); // two ids, one 64-bit hash: track both by text from now on
            hashCollisions.put(r.nativeId(), 0L);
            return true;
        }
        duplicates++;
        String newActivity = prepared.activity;
        boolean newWins = newActivity != null && (earlier.activity() == null || newActivity.compareTo(earlier.activity()) > 0);
        long kept = newWins ? r.recordNo() : earlier.recordNo();
        long dropped = newWins ? earlier.recordNo() : r.recordNo();
        issue(ImportIssue.warning(r.recordNo(), r.lineNo(), "id", "duplicate-id",
                "records " + earlier.recordNo() + " and " + r.recordNo() + " have the same id; kept record " + kept
                        + " (newest activity), dropped record " + dropped));
        if (newWins) {
            remove(earlierId);
            facets.add(earlier.kind(), earlier.environment(), earlier.owner(), earlier.enabled(), -1);
        }
        return newWins;
    }

    private Earlier earlier(long id) {
        Pending p = pendingById.get(id);
        if (p != null) {
            if (p.dropped) {
                return null;
            }
            IdentityRecord r = p.record;
            return new Earlier(r.nativeId(), r.recordNo(), p.prepared.activity, r.kind(), r.environment(),
                    r.ownerHint(), r.enabled());
        }
        Record row = tx.select(IDENTITY.NATIVE_ID, IDENTITY.RECORD_NO, IDENTITY.LAST_USED_AT, IDENTITY.CREATED_AT, IDENTITY.KIND,
                        IDENTITY.ENVIRONMENT, IDENTITY.OWNER_HINT, IDENTITY.ENABLED,
                        DSL.select(DSL.max(DSL.greatest(DSL.coalesce(CREDENTIAL.LAST_USED_AT, ""),
                                DSL.coalesce(CREDENTIAL.LAST_ROTATED_AT, "")))).from(CREDENTIAL)
                                .where(CREDENTIAL.IDENTITY_ID.eq(IDENTITY.ID)).asField("credential_activity"))
                .from(IDENTITY).where(IDENTITY.ID.eq(id)).fetchOne();
        if (row == null) {
            return null;
        }
        String activity = max(max(row.get(IDENTITY.LAST_USED_AT), row.get(IDENTITY.CREATED_AT)),
                emptyToNull(row.get("credential_activity", String.class)));
        Long enabled = row.get(IDENTITY.ENABLED);
        return new Earlier(row.get(IDENTITY.NATIVE_ID), row.get(IDENTITY.RECORD_NO), activity, row.get(IDENTITY.KIND),
                row.get(IDENTITY.ENVIRONMENT), row.get(IDENTITY.OWNER_HINT), enabled == null ? null : enabled == 1);
    }

    private void remove(long id) {
        Pending p = pendingById.get(id);
        if (p != null) {
            p.dropped = true;
            for (Pending other : pending) {
                if (other.parentId == id && !other.dropped) {
                    other.dropped = true;
                    facets.add(other.record.kind(), other.record.environment(), other.record.ownerHint(), other.record.enabled(), -1);
                }
            }
        } else {
            // Children (parent_id) and child rows go with it (ON DELETE CASCADE); count them out of the facets first.
            tx.select(IDENTITY.KIND, IDENTITY.ENVIRONMENT, IDENTITY.OWNER_HINT, IDENTITY.ENABLED).from(IDENTITY)
                    .where(IDENTITY.PARENT_ID.eq(id)).fetch()
                    .forEach(c -> facets.add(c.value1(), c.value2(), c.value3(), c.value4() == null ? null : c.value4() == 1, -1));
            tx.deleteFrom(IDENTITY).where(IDENTITY.ID.eq(id)).execute();
        }
    }

    /** Called with every issue the snapshot records, the importer's and the writer's own (duplicates), in order. */
    public void onIssue(java.util.function.Consumer<ImportIssue> listener) {
        issueListener = Objects.requireNonNull(listener, "listener");
    }

    public void issue(ImportIssue issue) {
        issueListener.accept(issue);
        if (issue.severity() == ImportIssue.Severity.REFUSED) {
            refused++;
        } else {
            warnings++;
        }
        pendingIssues.add(issue);
        if (pendingIssues.size() >= BATCH) {
            flushIssues();
        }
    }

    public long warnings() {
        return warnings;
    }

    public long refused() {
        return refused;
    }

    public long duplicates() {
        return duplicates;
    }

    private void ensureSnapshotRow() {
        if (snapshotId > 0) {
            return;
        }
        if (source == null) {
            throw new IllegalStateException("the importer named no source");
        }
        Long max = tx.select(DSL.max(SNAPSHOT.ID)).from(SNAPSHOT).fetchOne(0, Long.class);
        snapshotId = (max == null ? 0 : max) + 1;
        tx.insertInto(SNAPSHOT)
                .set(SNAPSHOT.ID, snapshotId)
                .set(SNAPSHOT.SOURCE, source)
                .set(SNAPSHOT.IMPORTER_ID, start.importerId())
                .set(SNAPSHOT.IMPORTER_VERSION, start.importerVersion())
                .set(SNAPSHOT.FILE_NAME, start.fileName())
                .set(SNAPSHOT.FILE_SHA256, start.fileSha256())
                .set(SNAPSHOT.FILE_SIZE, start.fileSize())
                .set(SNAPSHOT.IMPORTED_AT, Timestamps.format(start.importedAt()))
                .set(SNAPSHOT.IMPORTED_BY, start.importedBy())
                .execute();
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        ensureSnapshotRow();
        try {
            int rows = 0;
            for (Pending p : pending) {
                if (!p.dropped) {
                    inserts.identity(p.id, snapshotId, source, p.parentId, p.prepared);
                    rows++;
                }
            }
            if (rows > 0) {
                inserts.executeIdentities();
            }
            for (Pending p : pending) {
                if (!p.dropped) {
                    inserts.children(p.id, p.prepared);
                }
            }
            inserts.executeChildren();
        } catch (SQLException e) {
            throw new InventoryException("cannot write identities: " + e.getMessage(), e);
        }
        pending.clear();
        pendingById.clear();
        flushIssues();
    }


    private void flushIssues() {
        if (pendingIssues.isEmpty() || source == null) {
            return; // issues before the source is known wait for the snapshot row
        }
        ensureSnapshotRow();
        try {
            for (ImportIssue i : pendingIssues) {
                inserts.issue(snapshotId, i);
            }
            inserts.executeIssues();
        } catch (SQLException e) {
            throw new InventoryException("cannot write import warnings: " + e.getMessage(), e);
        }
        pendingIssues.clear();
    }

    /** Writes everything still buffered and counts what the snapshot holds (a preview stops here). */
    public SnapshotCounts flushAndCount() {
        if (source == null) {
            throw new IllegalStateException("the importer named no source");
        }
        flush();
        ensureSnapshotRow();
        flushIssues();
        long lastId = nextIdentityId - 1;
        return new SnapshotCounts(records,
                tx.fetchCount(IDENTITY, IDENTITY.ID.between(firstIdentityId, lastId)),
                tx.fetchCount(CREDENTIAL, CREDENTIAL.IDENTITY_ID.between(firstIdentityId, lastId)),
                tx.fetchCount(ACCESS_GRANT, ACCESS_GRANT.IDENTITY_ID.between(firstIdentityId, lastId)),
                tx.fetchCount(IDENTITY_LINK, IDENTITY_LINK.IDENTITY_ID.between(firstIdentityId, lastId)),
                duplicates, warnings, refused);
    }

    /**
     * Writes what is left, the snapshot's counts, facets and series flags, rebuilds dropped indexes, and
     * appends the {@code snapshot.imported} ledger entry, all in the writer's transaction.
     */
    public SnapshotInfo finish(Ledger ledger, String actor) {
        long t0 = System.nanoTime();
        SnapshotCounts counts = flushAndCount();
        long t1 = System.nanoTime();
        String generated = Timestamps.format(generatedAt);
        tx.update(SNAPSHOT).set(SNAPSHOT.GENERATED_AT, generated).set(SNAPSHOT.SERIES_PART, seriesPart)
                .where(SNAPSHOT.ID.eq(snapshotId)).execute();
        SeriesFlags.markCurrent(tx, snapshotId);
        facets.store(tx, snapshotId);
        long t2 = System.nanoTime();
        if (bulk != null) {
            bulk.rebuild(tx);
        }
        KeyMerge.afterImport(tx, snapshotId, source, principals);
        long t3 = System.nanoTime();
        LOG.debug("snapshot {}: flush+count {} ms, flags+facets {} ms, index rebuild {} ms", snapshotId, (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);

        // Counts first, then the digest over the finished rows, then the entry that commits to it; ledger_seq seals the snapshot.
        tx.update(SNAPSHOT)
                .set(SNAPSHOT.RECORD_COUNT, counts.records())
                .set(SNAPSHOT.IDENTITY_COUNT, counts.identities())
                .set(SNAPSHOT.CREDENTIAL_COUNT, counts.credentials())
                .set(SNAPSHOT.GRANT_COUNT, counts.grants())
                .set(SNAPSHOT.LINK_COUNT, counts.links())
                .set(SNAPSHOT.DUPLICATE_COUNT, counts.duplicates())
                .set(SNAPSHOT.WARNING_COUNT, counts.warnings())
                .set(SNAPSHOT.REFUSED_COUNT, counts.refused())
                .where(SNAPSHOT.ID.eq(snapshotId)).execute();
        String rowDigest;
        try {
            rowDigest = SnapshotRowDigest.of(conn, snapshotId);
        } catch (SQLException e) {
            throw new InventoryException("cannot compute the snapshot's row digest: " + e.getMessage(), e);
        }
        long t4 = System.nanoTime();
        SnapshotImported payload = new SnapshotImported(snapshotId, source, start.fileName(), start.fileSha256(),
                start.fileSize(), start.importerId(), start.importerVersion(), generated, counts, rowDigest);
        LedgerEntry entry = ledger.append(tx, actor, InventoryEntries.SNAPSHOT_IMPORTED, "snapshot/" + snapshotId, payload);
        tx.update(SNAPSHOT).set(SNAPSHOT.LEDGER_SEQ, entry.seq()).where(SNAPSHOT.ID.eq(snapshotId)).execute();
        LOG.debug("snapshot {}: row digest {} ms, ledger entry {} ms", snapshotId, (t4 - t3) / 1_000_000,
                (System.nanoTime() - t4) / 1_000_000);
        return new SnapshotInfo(snapshotId, source, start.importerId(), start.importerVersion(), start.fileName(),
                start.fileSha256(), start.fileSize(), generatedAt, Timestamps.parse(Timestamps.format(start.importedAt())),
                start.importedBy(), counts, entry.seq(), seriesPart);
    }

    private static String max(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }


    @Override
    public void close() {
        inserts.close();
        try (Statement st = conn.createStatement()) {
            st.execute("PRAGMA cache_size = " + previousCacheSize);
        } catch (SQLException ignored) {
            // the connection is being discarded anyway
        }
    }
}
