package io.steward.model.owners;

import java.util.Objects;

/** A person (by directory key, usually the lower-case e-mail) or a team (by name) named as owner or backup. */
public record OwnerRef(String name, OwnerKind kind) {
    public OwnerRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    public static OwnerRef person(String name) {
        return new OwnerRef(name, OwnerKind.PERSON);
    }

    public static OwnerRef team(String name) {
        return new OwnerRef(name, OwnerKind.TEAM);
    }

    @Override
    public String toString() {
        return kind == OwnerKind.TEAM ? "team:" + name : name;
    }
}
