package io.steward.model.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One normalised identity as an importer emits it: everything the store keeps about an NHI in one
 * snapshot. Timestamps are UTC instants ({@code null} = unknown or never); {@code enabled} is
 * {@code null} when the source does not say. Attributes hold importer-derived facts (e.g. human-use
 * signals), tags hold the source's own key/value labels. {@code aliases} are other ids the source knows it by
 * (a GCP service account's e-mail, an Entra application's client id), so links from other platforms that name
 * it that way resolve. {@code children} are identities that exist only
 * as part of this one (an IAM user's access keys): they are stored right after it with a parent link.
 * {@code principal}, when set, names the principal this record describes by another id than its own stable id
 * (a policy binding's member e-mail, a key's account e-mail): the record's identity key is then derived from it
 * and resolves through the aliases of the principal's own record (see {@link IdentityKeys}).
 * Never holds secret values.
 *
 * @param recordNo the 1-based record number in the file (for messages), {@code lineNo} its first line (0 if not line-based)
 */
public record IdentityRecord(String nativeId, String name, String kind, String environment, String ownerHint,
                             Boolean enabled, Instant createdAt, Instant lastUsedAt,
                             Map<String, Object> attributes, Map<String, String> tags,
                             List<CredentialRecord> credentials, List<GrantRecord> grants, List<LinkRecord> links,
                             List<String> aliases, String principal, List<IdentityRecord> children, long recordNo,
                             long lineNo) {
    public IdentityRecord {
        Objects.requireNonNull(nativeId, "nativeId");
        Objects.requireNonNull(kind, "kind");
        attributes = attributes == null ? Map.of() : attributes;
        tags = tags == null ? Map.of() : tags;
        credentials = credentials == null ? List.of() : credentials;
        grants = grants == null ? List.of() : grants;
        links = links == null ? List.of() : links;
        aliases = aliases == null || aliases.isEmpty() ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(aliases));
        children = children == null ? List.of() : children;
        principal = principal == null || principal.isBlank() || principal.equals(nativeId) ? null : principal;
    }

    /** The display name, falling back to the native id when the source gives none. */
    public String displayName() {
        return name == null || name.isBlank() ? nativeId : name;
    }

    /**
     * The newest moment this identity or one of its credentials was seen in use or created, used to keep
     * the newest of duplicate rows; {@code null} when nothing is known.
     */
    public Instant activity() {
        Instant newest = Timestamps.max(lastUsedAt, createdAt);
        for (CredentialRecord c : credentials) {
            newest = Timestamps.max(newest, Timestamps.max(c.lastUsedAt(), c.lastRotatedAt()));
        }
        return newest;
    }

    public static Builder builder(String nativeId, String kind) {
        return new Builder(nativeId, kind);
    }

    /** Mutable builder for importers; {@link #build()} copies nothing big, so reuse is not allowed. */
    public static final class Builder {
        private final String nativeId;
        private final String kind;
        private String name;
        private String environment;
        private String ownerHint;
        private Boolean enabled;
        private Instant createdAt;
        private Instant lastUsedAt;
        private Map<String, Object> attributes;
        private Map<String, String> tags;
        private List<CredentialRecord> credentials;
        private List<GrantRecord> grants;
        private List<LinkRecord> links;
        private List<String> aliases;
        private String principal;
        private List<IdentityRecord> children;
        private long recordNo;
        private long lineNo;

        private Builder(String nativeId, String kind) {
            this.nativeId = nativeId;
            this.kind = kind;
        }

        public Builder name(String v) { name = v; return this; }
        public Builder environment(String v) { environment = v; return this; }
        public Builder ownerHint(String v) { ownerHint = v; return this; }
        public Builder enabled(Boolean v) { enabled = v; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder lastUsedAt(Instant v) { lastUsedAt = v; return this; }
        public Builder attributes(Map<String, Object> v) { attributes = v; return this; }
        public Builder tags(Map<String, String> v) { tags = v; return this; }
        public Builder credentials(List<CredentialRecord> v) { credentials = v; return this; }
        public Builder grants(List<GrantRecord> v) { grants = v; return this; }
        public Builder links(List<LinkRecord> v) { links = v; return this; }
        /** Other ids the source knows this identity by; blanks, nulls, repeats and the stable id itself are left out. */
        public Builder aliases(String... v) {
            aliases = java.util.Arrays.stream(v).filter(a -> a != null && !a.isBlank() && !a.equals(nativeId)).distinct().toList();
            return this;
        }
        /** The principal this record describes, when that is not the record itself (see the class comment). */
        public Builder principal(String v) { principal = v; return this; }
        public Builder children(List<IdentityRecord> v) { children = v; return this; }
        public Builder at(long record, long line) { recordNo = record; lineNo = line; return this; }

        public IdentityRecord build() {
            return new IdentityRecord(nativeId, name, kind, environment, ownerHint, enabled, createdAt, lastUsedAt,
                    attributes, tags, credentials, grants, links, aliases, principal, children, recordNo, lineNo);
        }
    }
}
