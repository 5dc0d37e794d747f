package io.steward.model.ledger;

import io.steward.model.store.Store;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * A check of data outside the ledger table against the entries that commit to it (e.g. each snapshot's
 * rows against the digest in its {@code snapshot.imported} entry). Packages after the ledger plug theirs into
 * {@link LedgerVerifier}, so the verifier does not need to know their tables.
 */
public interface LedgerContentCheck {
    /** The entry kinds this check reads; the chain walk collects them. */
    Set<String> kinds();

    /** Runs after the chain verified; {@code entries} are the collected entries of {@link #kinds()}, in seq order. */
    Outcome check(Store store, List<CollectedEntry> entries, BooleanSupplier cancelled);

    /** A failure (null when the data holds; {@code failedSeq} the entry it concerns, if any) and notes. */
    record Outcome(Long failedSeq, String failure, List<String> notes) {
        public static Outcome ok(List<String> notes) {
            return new Outcome(null, null, notes);
        }

        public static Outcome failed(Long seq, String failure) {
            return new Outcome(seq, failure, List.of());
        }
    }
}
