package io.steward.model.ledger;

/** The entry kinds of the ledger itself. */
public final class LedgerEntries {
    /** A signed statement of the head; see {@link Checkpoints}. */
    public static final EntryKind<CheckpointEntry> CHECKPOINT = EntryKind.of("checkpoint", CheckpointEntry.class);
    /** A public key trusted to sign this ledger's checkpoints; see {@link LedgerTrust}. */
    public static final EntryKind<LedgerTrust.KeyTrusted> KEY_TRUSTED = EntryKind.of(LedgerTrust.KEY_TRUSTED, LedgerTrust.KeyTrusted.class);
    /** A key no longer trusted: checkpoints it signed fail verification. */
    public static final EntryKind<LedgerTrust.KeyUntrusted> KEY_UNTRUSTED = EntryKind.of(LedgerTrust.KEY_UNTRUSTED,
            LedgerTrust.KeyUntrusted.class);

    private LedgerEntries() {
    }

    public static void register(EntryKinds.Builder catalogue) {
        catalogue.kind(CHECKPOINT).kind(KEY_TRUSTED).kind(KEY_UNTRUSTED);
    }
}
