package io.steward.importers;

import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.IdentityRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Expiry comes before "active": a credential whose expiry is before the time the snapshot describes (the export's
 * own time, else the import time) is not active, whatever the source's active flag says (a Vault token past its
 * {@code expire_time} still reads as a valid lookup). Applied to every importer's records in one place.
 */
final class ExpiredCredentials {
    private ExpiredCredentials() {
    }

    /** The record with expired credentials made inactive (and its children alike); the same object when none is. */
    static IdentityRecord apply(IdentityRecord r, Instant asOf) {
        List<CredentialRecord> credentials = r.credentials();
        List<CredentialRecord> fixed = null;
        for (int i = 0; i < credentials.size(); i++) {
            CredentialRecord c = credentials.get(i);
            if (c.expiresAt() != null && c.expiresAt().isBefore(asOf) && !Boolean.FALSE.equals(c.active())) {
                if (fixed == null) {
                    fixed = new ArrayList<>(credentials);
                }
                fixed.set(i, new CredentialRecord(c.nativeId(), c.maskedId(), c.kind(), Boolean.FALSE, c.createdAt(), c.lastRotatedAt(),
                        c.lastUsedAt(), c.expiresAt()));
            }
        }
        List<IdentityRecord> children = r.children();
        List<IdentityRecord> fixedChildren = null;
        for (int i = 0; i < children.size(); i++) {
            IdentityRecord child = apply(children.get(i), asOf);
            if (child != children.get(i)) {
                if (fixedChildren == null) {
                    fixedChildren = new ArrayList<>(children);
                }
                fixedChildren.set(i, child);
            }
        }
        if (fixed == null && fixedChildren == null) {
            return r;
        }
        return new IdentityRecord(r.nativeId(), r.name(), r.kind(), r.environment(), r.ownerHint(), r.enabled(), r.createdAt(),
                r.lastUsedAt(), r.attributes(), r.tags(), fixed != null ? fixed : credentials, r.grants(), r.links(), r.aliases(), r.principal(),
                fixedChildren != null ? fixedChildren : children, r.recordNo(), r.lineNo());
    }
}
