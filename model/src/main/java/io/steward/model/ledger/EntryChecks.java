package io.steward.model.ledger;

import io.steward.model.json.JsonTrees;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import io.steward.model.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

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
        return store.jdbc(c -> {
            try (PreparedStatement st = c.prepareStatement(entriesOf(kinds.size()))) {
                int i = 0;
                for (String kind : kinds) {
                    st.setString(++i, kind);
                }
                try (ResultSet rs = st.executeQuery()) {
                    int n = 0;
                    while (rs.next()) {
                        if ((++n & 1023) == 0 && cancelled.getAsBoolean()) {
                            throw new CancellationException("verification cancelled");
                        }
                        LedgerEntry entry = entry(rs);
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
            }
            for (EntryCheck check : checks) {
                String problem = check.finish(c);
                if (problem != null) {
                    return new Failure(null, check.name() + ": " + problem);
                }
            }
            return null;
        });
    }

    /** The entries of {@code kinds} kinds (one placeholder each), in seq order, as the ledger view shows them. */
    private static String entriesOf(int kinds) {
        return "SELECT seq, time, actor, kind, subject, payload, prev_hash_hex, hash_hex FROM ledger_view WHERE kind IN ("
                + String.join(", ", java.util.Collections.nCopies(kinds, "?")) + ") ORDER BY seq";
    }

    private static LedgerEntry entry(ResultSet r) throws SQLException {
        String time = r.getString(2);
        return new LedgerEntry(r.getLong(1), time == null ? null : Instant.parse(time), r.getString(3), r.getString(4),
                r.getString(5), JsonTrees.parse(r.getString(6).getBytes(StandardCharsets.UTF_8)), r.getString(7), r.getString(8));
    }
}
