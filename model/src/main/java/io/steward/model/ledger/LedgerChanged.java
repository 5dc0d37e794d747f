package io.steward.model.ledger;

import java.util.List;

/** Entries one committed write transaction of this process appended, oldest first (never empty). */
public record LedgerChanged(List<LedgerEntry> appended) {
    public LedgerChanged {
        appended = List.copyOf(appended);
        if (appended.isEmpty()) {
            throw new IllegalArgumentException("a ledger change appends at least one entry");
        }
    }

    public long first() {
        return appended.get(0).seq();
    }

    public long last() {
        return appended.get(appended.size() - 1).seq();
    }

    /** True when an entry of {@code kind} is among them. */
    public boolean includes(EntryKind<?> kind) {
        return appended.stream().anyMatch(kind::isKindOf);
    }
}
