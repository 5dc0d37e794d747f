package io.steward.model.ledger;

import io.steward.model.store.Store;
import java.nio.file.Path;
import java.util.Map;

/** A separate process that appends entries to a shared ledger; used by {@link TwoProcessAppendTest}. */
public final class ConcurrentAppender {
    private ConcurrentAppender() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        String actor = args[1];
        int count = Integer.parseInt(args[2]);
        try (Store store = Store.open(file)) {
            Ledger ledger = new Ledger(store, java.time.Clock.systemUTC());
            for (int i = 0; i < count; i++) {
                ledger.append(actor, TestEntries.DECISION, actor + "-" + i, TestEntries.note(i));
                System.out.println("saved " + actor + "-" + i);
            }
        }
    }
}
