package io.steward.model.inventory.query;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What kind of change an identity went through between two snapshots, as people ask about it: an identity or credential
 * appeared or went, a grant was gained or lost, the identity or a credential was enabled or disabled, its owner hint
 * changed, or only its last use moved. Every change but {@link #LAST_USE_MOVED} is meaningful: last use moves every
 * time a used identity is exported again, so {@code diff --only meaningful} and the console's filter hide it.
 */
public enum ChangeKind {
    IDENTITY_ADDED, IDENTITY_REMOVED, CREDENTIAL_ADDED, CREDENTIAL_REMOVED, CREDENTIAL_CHANGED, GRANT_GAINED, GRANT_LOST,
    GRANT_CHANGED, ENABLED, DISABLED, OWNER_HINT_CHANGED, LAST_USE_MOVED, OTHER_FIELD_CHANGED;

    /** The label the CLI and console print, e.g. {@code grant-gained}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean meaningful() {
        return this != LAST_USE_MOVED;
    }

    /** The kinds of one identity's change, in declaration order. */
    public static Set<ChangeKind> of(IdentityChange c) {
        Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
        if (c.type() == ChangeType.ADDED) {
            kinds.add(IDENTITY_ADDED);
        } else if (c.type() == ChangeType.REMOVED) {
            kinds.add(IDENTITY_REMOVED);
        }
        for (FieldChange f : c.fields()) {
            kinds.add(switch (f.field()) {
                case "enabled" -> "0".equals(f.after()) ? DISABLED : "1".equals(f.after()) ? ENABLED : OTHER_FIELD_CHANGED;
                case "owner_hint" -> OWNER_HINT_CHANGED;
                case "last_used_at" -> LAST_USE_MOVED;
                default -> OTHER_FIELD_CHANGED;
            });
        }
        for (CredentialChange x : c.credentials()) {
            switch (x.type()) {
                case ADDED -> kinds.add(CREDENTIAL_ADDED);
                case REMOVED -> kinds.add(CREDENTIAL_REMOVED);
                case CHANGED -> credential(x.before(), x.after(), kinds);
                default -> { }
            }
        }
        for (GrantChange g : c.grants()) {
            kinds.add(g.type() == ChangeType.ADDED ? GRANT_GAINED : g.type() == ChangeType.REMOVED ? GRANT_LOST : GRANT_CHANGED);
        }
        return kinds;
    }

    /** True when the change is more than last-use movement (what {@code --only meaningful} keeps). */
    public static boolean meaningful(IdentityChange c) {
        return of(c).stream().anyMatch(ChangeKind::meaningful);
    }

    private static void credential(CredentialView a, CredentialView b, Set<ChangeKind> kinds) {
        if (!Objects.equals(a.active(), b.active())) {
            kinds.add(Boolean.FALSE.equals(b.active()) ? DISABLED : Boolean.TRUE.equals(b.active()) ? ENABLED : CREDENTIAL_CHANGED);
        }
        if (!Objects.equals(a.lastUsedAt(), b.lastUsedAt())) {
            kinds.add(LAST_USE_MOVED);
        }
        if (!Objects.equals(a.createdAt(), b.createdAt()) || !Objects.equals(a.lastRotatedAt(), b.lastRotatedAt())
                || !Objects.equals(a.expiresAt(), b.expiresAt()) || !Objects.equals(a.maskedId(), b.maskedId())) {
            kinds.add(CREDENTIAL_CHANGED);
        }
    }
}
