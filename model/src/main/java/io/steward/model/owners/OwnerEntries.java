package io.steward.model.owners;


import io.steward.model.ledger.EntryKind;
import io.steward.model.ledger.EntryKinds;

/** The ledger entry kind of accountability and its payload. Subject: the identity key. */
public final class OwnerEntries {
    /** An owner (and backup) was assigned to, or changed on, one identity. */
    public static final EntryKind<Assigned> ASSIGNED = EntryKind.of("owner.assigned", Assigned.class);

    private OwnerEntries() {
    }

    /** The kind, and the check that rebuilds the current owners from the entries and compares them with the table. */
    public static void register(EntryKinds.Builder catalogue) {
        catalogue.kind(ASSIGNED).check(OwnerProjectionEntryCheck::new);
    }

    /**
     * Payload of {@link #ASSIGNED}. {@code previous*} are {@code null} for a first assignment; {@code via} says
     * how it was made: {@code manual}, {@code suggestion} (an owner hint accepted) or {@code rules:FILE:LINE}.
     */
    public record Assigned(String owner, String ownerKind, String backup, String backupKind, String reason,
                           String previousOwner, String previousOwnerKind, String previousBackup, String previousBackupKind,
                           String via) {
    }
}
