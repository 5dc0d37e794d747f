package io.steward.model.ledger;

/** The entry kinds of the ledger itself. */
public final class LedgerEntries {
    /** A signed statement of the head; see {@link Checkpoints}. */
    public static final EntryKind<CheckpointEntry> CHECKPOINT = EntryKind.of("checkpoint", CheckpointEntry.class);

    private LedgerEntries() {
    }

    public static void register(EntryKinds.Builder catalogue) {
        catalogue.kind(CHECKPOINT);
    }
}
