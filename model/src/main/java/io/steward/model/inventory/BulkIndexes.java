package io.steward.model.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * For a big import into a small ledger: drops the identity table's secondary indexes at the start of the
 * transaction and rebuilds them, with their own definitions, at the end. Building an index by sorting
 * once is several times faster than maintaining it row by row, and DDL is transactional in SQLite, so a
 * failed or killed import leaves the indexes as they were. SQLite-specific (reads sqlite_master): this is
 * the bulk-load path; PostgreSQL would do the same with its catalog.
 */
final class BulkIndexes {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BulkIndexes.class);
    private final List<String> definitions;

    private BulkIndexes(List<String> definitions) {
        this.definitions = definitions;
    }

    /**
     * Drops the secondary indexes of {@code table}, except those named in {@code kept} (they stay live during the load),
     * and remembers how to rebuild them.
     */
    static BulkIndexes drop(DSLContext tx, String table, Set<String> kept) {
        List<String> names = new ArrayList<>();
        List<String> defs = new ArrayList<>();
        for (Record r : tx.resultQuery("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                table).fetch()) {
            if (kept.contains(r.get(0, String.class))) {
                continue;
            }
            names.add(r.get(0, String.class));
            defs.add(r.get(1, String.class));
        }
        for (String name : names) {
            tx.execute("DROP INDEX " + name);
        }
        return new BulkIndexes(defs);
    }

    void rebuild(DSLContext tx) {
        for (String definition : definitions) {
            long t0 = System.nanoTime();
            tx.execute(definition);
            LOG.debug("rebuilt in {} ms: {}", (System.nanoTime() - t0) / 1_000_000, definition);
        }
    }
}
