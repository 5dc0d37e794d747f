package io.steward.model.inventory;

/**
 * The identity key: the platform's stable id of a principal, independent of the importer that read it and
 * of the per-snapshot row id. An AWS ARN is globally unique on its own; elsewhere the stable id is unique
 * within its source (a GCP project, an Entra tenant, a cluster), so the source qualifies it.
 * <p>
 * A record that describes a principal by another id (a GCP policy member or key names its account by e-mail)
 * gets its key from that id; {@link KeyMerge} then resolves it through the aliases of the principal's own
 * record in the same source (the account's e-mail is an alias of its uniqueId). See docs/decisions/0007.
 */
public final class IdentityKeys {
    private IdentityKeys() {
    }

    public static String of(String source, String nativeId) {
        if (nativeId.startsWith("arn:")) {
            return nativeId;
        }
        return source + "|" + nativeId;
    }

    /** The key a record gets at import: from the principal it names, else from its own stable id. */
    public static String of(String source, IdentityRecord r) {
        return of(source, r.principal() != null ? r.principal() : r.nativeId());
    }
}
