package io.steward.model.ledger;

import io.steward.model.json.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import io.steward.model.store.Store;
import org.jooq.Cursor;

import static io.steward.model.db.Tables.LEDGER_VIEW;

/** Runs the registered {@link EntryCheck}s over the entries of their kinds, in one pass in seq order. */
final class EntryChecks {
    record Failure(Long seq, String message) {
    }

    private final Store store;
    private final List<EntryCheck> checks;

    EntryChecks(Store store, List<EntryCheck> checks) {
        this.store = store;
        this.checks = checks;
    }

    /** The first check that does not hold, or null. */
    Failure run(BooleanSupplier cancelled) {
        if (checks.isEmpty()) {
            return null;
        }
        Set<String> kinds = new HashSet<>();
        checks.forEach(c -> kinds.addAll(c.kinds()));
        return store.read(ctx -> {
            try (Cursor<io.steward.model.db.tables.records.LedgerViewRecord> cursor = ctx.selectFrom(LEDGER_VIEW)
                    .where(LEDGER_VIEW.KIND.in(kinds)).orderBy(LEDGER_VIEW.SEQ).fetchLazy()) {
                int n = 0;
                for (var r : cursor) {
                    if ((++n & 1023) == 0 && cancelled.getAsBoolean()) {
                        throw new CancellationException("verification cancelled");
                    }
                    LedgerEntry entry = entry(r);
                    for (EntryCheck check : checks) {
                        if (check.kinds().contains(entry.kind())) {
                            String problem = check.check(entry);
                            if (problem != null) {
                                return new Failure(entry.seq(), "Entry " + entry.seq() + " (" + entry.kind() + "): " + problem);
                            }
                        }
                    }
                }
            }
            for (EntryCheck check : checks) {
                String problem = check.finish(ctx);
                if (problem != null) {
                    return new Failure(null, check.name() + ": " + problem);
                }
            }
            return null;
        });
    }

    private static LedgerEntry entry(io.steward.model.db.tables.records.LedgerViewRecord r) {
        return new LedgerEntry(r.getSeq(), r.getTime() == null ? null : Instant.parse(r.getTime()), r.getActor(), r.getKind(),
                r.getSubject(), CanonicalJson.parse(r.getPayload().getBytes(StandardCharsets.UTF_8)),
                r.getPrevHashHex(), r.getHashHex());
    }
}
