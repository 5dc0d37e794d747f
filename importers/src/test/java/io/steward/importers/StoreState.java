package io.steward.importers;

import io.steward.model.ledger.Ledger;
import io.steward.model.store.Store;

import static io.steward.model.db.Tables.ACCESS_GRANT;
import static io.steward.model.db.Tables.CREDENTIAL;
import static io.steward.model.db.Tables.IDENTITY;
import static io.steward.model.db.Tables.SNAPSHOT;
import static io.steward.model.db.Tables.SNAPSHOT_ISSUE;

/** Row counts of everything an import writes, to check that a failed import changed nothing. */
record StoreState(long snapshots, long identities, long credentials, long grants, long issues, long ledgerEntries) {
    static StoreState of(Store store) {
        return store.read(ctx -> new StoreState(ctx.fetchCount(SNAPSHOT), ctx.fetchCount(IDENTITY), ctx.fetchCount(CREDENTIAL),
                ctx.fetchCount(ACCESS_GRANT), ctx.fetchCount(SNAPSHOT_ISSUE), new Ledger(store, java.time.Clock.systemUTC()).size()));
    }
}
