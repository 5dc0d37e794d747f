package io.steward.importers.secrets;

import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.LinkRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last check before a normalised record is stored, whatever importer produced it: every text it
 * holds goes through the guard's content rules. A secret in an optional field is dropped (a URL with a password is kept
 * with the password redacted); a secret in a stable id drops the whole child (or the identity), since an id cannot be
 * stored without it.
 */
public final class RecordScreen {
    private final SecretGuard guard;

    public RecordScreen(SecretGuard guard) {
        this.guard = guard;
    }

    /** Returns the record (the same instance when clean), a cleaned copy, or {@code null} to drop it. */
    public IdentityRecord clean(IdentityRecord r, SecretGuard.Refusals refusals) {
        if (isClean(r)) {
            return r;
        }
        List<IdentityRecord> children = new ArrayList<>();
        for (IdentityRecord child : r.children()) {
            IdentityRecord c = clean(child, refusals);
            if (c != null) {
                children.add(c);
            }
        }
        SecretRule idRule = guard.byContent(r.nativeId());
        if (idRule != null) {
            refusals.refused("id", idRule);
            return null;
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        r.attributes().forEach((k, v) -> {
            SecretRule rule = ruleOf(v);
            Object kept = rule == null ? v : v instanceof String text ? guard.storable(text, rule) : null;
            if (rule != null) {
                refusals.refused("attributes." + k, rule);
            }
            if (kept != null) {
                attributes.put(k, kept);
            }
        });
        Map<String, String> tags = new LinkedHashMap<>();
        r.tags().forEach((k, v) -> {
            SecretRule rule = guard.check(k, v);
            if (rule == null) {
                rule = guard.byContent(k);
            }
            String kept = rule == null ? v : guard.byContent(k) == null ? guard.storable(v, rule) : null;
            if (rule != null) {
                refusals.refused("tags", rule);
            }
            if (kept != null) {
                tags.put(k, kept);
            }
        });
        List<CredentialRecord> credentials = new ArrayList<>();
        for (CredentialRecord c : r.credentials()) {
            if (guard.byContent(c.nativeId()) != null) {
                refusals.refused("credentials.id", guard.byContent(c.nativeId()));
                continue;
            }
            String masked = keep(c.maskedId(), "credentials.maskedId", refusals);
            credentials.add(new CredentialRecord(c.nativeId(), masked, keep(c.kind(), "credentials.kind", refusals, "unknown"),
                    c.active(), c.createdAt(), c.lastRotatedAt(), c.lastUsedAt(), c.expiresAt()));
        }
        List<GrantRecord> grants = new ArrayList<>();
        for (GrantRecord g : r.grants()) {
            if (guard.byContent(g.privilege()) != null) {
                refusals.refused("grants.privilege", guard.byContent(g.privilege()));
                continue;
            }
            grants.add(new GrantRecord(g.privilege(), keep(g.resource(), "grants.resource", refusals),
                    keep(g.via(), "grants.via", refusals), keep(g.condition(), "grants.condition", refusals)));
        }
        List<LinkRecord> links = new ArrayList<>();
        for (LinkRecord l : r.links()) {
            if (guard.byContent(l.targetNativeId()) != null || guard.byContent(l.kind()) != null) {
                refusals.refused("links.target", firstNonNull(guard.byContent(l.targetNativeId()), guard.byContent(l.kind())));
                continue;
            }
            links.add(new LinkRecord(l.kind(), keep(l.targetSource(), "links.source", refusals), l.targetNativeId()));
        }
        return new IdentityRecord(r.nativeId(), keep(r.name(), "name", refusals), keep(r.kind(), "kind", refusals, "unknown"),
                keep(r.environment(), "environment", refusals), keep(r.ownerHint(), "owner", refusals), r.enabled(),
                r.createdAt(), r.lastUsedAt(), attributes, tags, credentials, grants, links, aliases(r, refusals),
                keep(r.principal(), "principal", refusals), children, r.recordNo(),
                r.lineNo());
    }

    private boolean isClean(IdentityRecord r) {
        if (any(r.nativeId(), r.name(), r.kind(), r.environment(), r.ownerHint(), r.principal())) {
            return false;
        }
        for (Object v : r.attributes().values()) {
            if (secret(v)) {
                return false;
            }
        }
        for (Map.Entry<String, String> e : r.tags().entrySet()) {
            if (guard.check(e.getKey(), e.getValue()) != null || guard.byContent(e.getKey()) != null) {
                return false;
            }
        }
        for (CredentialRecord c : r.credentials()) {
            if (any(c.nativeId(), c.maskedId(), c.kind())) {
                return false;
            }
        }
        for (GrantRecord g : r.grants()) {
            if (any(g.privilege(), g.resource(), g.via(), g.condition())) {
                return false;
            }
        }
        for (LinkRecord l : r.links()) {
            if (any(l.kind(), l.targetSource(), l.targetNativeId())) {
                return false;
            }
        }
        if (any(r.aliases().toArray(String[]::new))) {
            return false;
        }
        for (IdentityRecord child : r.children()) {
            if (!isClean(child)) {
                return false;
            }
        }
        return true;
    }

    private List<String> aliases(IdentityRecord r, SecretGuard.Refusals refusals) {
        List<String> kept = new ArrayList<>();
        for (String a : r.aliases()) {
            String value = keep(a, "aliases", refusals);
            if (value != null) {
                kept.add(value);
            }
        }
        return kept;
    }

    private boolean any(String... values) {
        for (String v : values) {
            if (guard.byContent(v) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean secret(Object v) {
        return ruleOf(v) != null;
    }

    private SecretRule ruleOf(Object v) {
        if (v instanceof String s) {
            return guard.byContent(s);
        }
        if (v instanceof Collection<?> list) {
            for (Object item : list) {
                SecretRule rule = ruleOf(item);
                if (rule != null) {
                    return rule;
                }
            }
        }
        if (v instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                SecretRule rule = guard.check(String.valueOf(e.getKey()), e.getValue() instanceof String s ? s : null);
                if (rule == null) {
                    rule = ruleOf(e.getValue());
                }
                if (rule != null) {
                    return rule;
                }
            }
        }
        return null;
    }

    private String keep(String value, String field, SecretGuard.Refusals refusals) {
        return keep(value, field, refusals, null);
    }

    private String keep(String value, String field, SecretGuard.Refusals refusals, String replacement) {
        SecretRule rule = guard.byContent(value);
        if (rule == null) {
            return value;
        }
        refusals.refused(field, rule);
        String kept = guard.storable(value, rule);
        return kept != null ? kept : replacement;
    }

    private static SecretRule firstNonNull(SecretRule a, SecretRule b) {
        return a != null ? a : b;
    }
}
