package io.steward.model.people;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One person of an imported people directory: who may own identities. {@code left} is true for people who
 * have left (status "left", or a left-at date); the owner-departed finding looks for owners who are absent
 * or left.
 */
public record PersonRecord(String personId, String email, String name, String team, boolean left, Instant leftAt,
                           long recordNo, long lineNo) {
    public PersonRecord {
        if (personId == null && email == null) {
            throw new IllegalArgumentException("a person needs an id or an e-mail");
        }
    }

    /** The key owners are matched on: the lower-case e-mail, else the lower-case id. */
    public String key() {
        return (email != null ? email : personId).strip().toLowerCase(Locale.ROOT);
    }

    /** The other key (the id when the key is the e-mail), or {@code null}. */
    public String alias() {
        return email != null && personId != null ? personId.strip().toLowerCase(Locale.ROOT) : null;
    }

    public String status() {
        return left ? "left" : "active";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonRecord p && p.key().equals(key()) && Objects.equals(p.name, name) && Objects.equals(p.team, team)
                && p.left == left && Objects.equals(p.leftAt, leftAt);
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }
}
