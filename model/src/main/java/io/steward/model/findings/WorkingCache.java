package io.steward.model.findings;

import org.jooq.DSLContext;

/**
 * A bigger SQLite page cache, for the main and the temporary database, for the length of one bulk computation on a
 * connection, put back afterwards. With the default 2 MB every rule over a large inventory re-reads the same pages
 * from the OS, and the rules' temporary tables spill to a temporary file. Native memory, not heap.
 */
final class WorkingCache implements AutoCloseable {
    static final int KIB = 256 * 1024;
    private static final String[] SCHEMAS = {"main", "temp"};

    private final DSLContext tx;
    private final Integer[] previous = new Integer[SCHEMAS.length];

    private WorkingCache(DSLContext tx) {
        this.tx = tx;
    }

    /** Widens each cache that is smaller; closing puts back the ones it changed. */
    static WorkingCache widen(DSLContext tx) {
        WorkingCache cache = new WorkingCache(tx);
        for (int n = 0; n < SCHEMAS.length; n++) {
            int size = tx.fetchOne("PRAGMA " + SCHEMAS[n] + ".cache_size").get(0, Integer.class);
            long kib = size < 0 ? -(long) size : (long) size * 4;
            if (kib < KIB) {
                tx.execute("PRAGMA " + SCHEMAS[n] + ".cache_size = -" + KIB);
                cache.previous[n] = size;
            }
        }
        return cache;
    }

    @Override
    public void close() {
        for (int n = 0; n < SCHEMAS.length; n++) {
            if (previous[n] != null) {
                tx.execute("PRAGMA " + SCHEMAS[n] + ".cache_size = " + previous[n]);
            }
        }
    }
}
