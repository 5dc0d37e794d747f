package io.steward.model.owners;

/** The ledger entry kind of accountability and its payload. Subject: the identity key. */
public final class OwnerEntries {
    /** An owner (and backup) was assigned to, or changed on, one identity. */
    public static final String ASSIGNED = "owner.assigned";

    private OwnerEntries() {
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
