package io.steward.model.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An identity encoded for storage: timestamps as stored text, attribute and tag JSON, the content hash
 * and the id hash. Preparing is pure CPU work with no database access, so an import does it on its
 * parsing thread and leaves only binding and writing to the thread that holds the transaction.
 */
public final class PreparedIdentity {
    final IdentityRecord record;
    final String name;
    final String nameKey;
    final String createdAt;
    final String lastUsedAt;
    final String attributes;
    final String tags;
    final long contentHash;
    final long idHash;
    final String activity;
    /** Per credential: created, last rotated, last used, expires (stored text). */
    final String[][] credentialTimes;
    final List<PreparedIdentity> children;

    private PreparedIdentity(IdentityRecord r) {
        this.record = r;
        this.name = r.displayName();
        String lower = name.toLowerCase(Locale.ROOT);
        this.nameKey = lower;
        this.createdAt = Timestamps.format(r.createdAt());
        this.lastUsedAt = Timestamps.format(r.lastUsedAt());
        this.attributes = RecordEncoding.json(r.attributes());
        this.tags = RecordEncoding.json(r.tags());
        this.contentHash = RecordEncoding.contentHash(r, attributes, tags);
        this.idHash = LongLongMap.hash(r.nativeId());
        this.activity = Timestamps.format(r.activity());
        this.credentialTimes = new String[r.credentials().size()][];
        for (int i = 0; i < credentialTimes.length; i++) {
            CredentialRecord c = r.credentials().get(i);
            credentialTimes[i] = new String[] {Timestamps.format(c.createdAt()), Timestamps.format(c.lastRotatedAt()),
                Timestamps.format(c.lastUsedAt()), Timestamps.format(c.expiresAt())};
        }
        if (r.children().isEmpty()) {
            this.children = List.of();
        } else {
            List<PreparedIdentity> kids = new ArrayList<>(r.children().size());
            for (IdentityRecord child : r.children()) {
                kids.add(new PreparedIdentity(child));
            }
            this.children = kids;
        }
    }

    public static PreparedIdentity of(IdentityRecord record) {
        return new PreparedIdentity(record);
    }

    public IdentityRecord record() {
        return record;
    }
}
