package io.steward.model.inventory;

/**
 * The identity key: the platform's stable id of a principal, independent of the importer that read it and
 * of the per-snapshot row id. An AWS ARN is globally unique on its own; elsewhere the stable id is unique
 * within its source (a GCP project, an Entra tenant, a cluster), so the source qualifies it.
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
}
