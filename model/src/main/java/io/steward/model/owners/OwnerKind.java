package io.steward.model.owners;

import java.util.Locale;

/** Who answers for an identity: one person, or a team. */
public enum OwnerKind {
    PERSON, TEAM;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OwnerKind of(String id) {
        return id == null ? null : valueOf(id.toUpperCase(Locale.ROOT));
    }
}
