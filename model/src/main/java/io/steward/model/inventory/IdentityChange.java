package io.steward.model.inventory;

import java.util.List;

/**
 * How one identity differs between two snapshots of a series. For an added or removed identity the
 * credentials and grants it brought or took away are listed too.
 */
public record IdentityChange(Type type, String nativeId, String name, String kind, Long fromIdentityId, Long toIdentityId,
                             List<FieldChange> fields, List<ChildChange> credentials, List<ChildChange> grants,
                             List<ChildChange> links) {
    public enum Type { ADDED, REMOVED, CHANGED }

    /** A field whose value changed; values as stored text ({@code null} = unknown/none). */
    public record FieldChange(String field, String before, String after) {
    }

    /**
     * A credential, grant or link that was added, removed or (credentials only) changed. {@code key} names
     * it (credential id; grant "privilege on resource via …"); {@code before}/{@code after} describe it.
     */
    public record ChildChange(Type type, String key, String before, String after) {
    }
}
