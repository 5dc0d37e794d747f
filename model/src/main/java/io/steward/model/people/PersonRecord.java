package io.steward.model.people;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One person of an imported people directory: who may own identities. {@code left} is true for people who
 * have left (status "left", or a left-at date); the owner-departed finding looks for owners who are absent
 * or left.
 */
public record PersonRecord(String personId, String email, String name, String team, boolean left, Instant leftAt,
                           long recordNo, long lineNo, List<String> logins) {
    public PersonRecord {
        if (personId == null && email == null) {
            throw new IllegalArgumentException("a person needs an id or an e-mail");
        }
        logins = logins == null ? List.of() : logins.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).distinct().toList();
    }

    public PersonRecord(String personId, String email, String name, String team, boolean left, Instant leftAt, long recordNo, long lineNo) {
        this(personId, email, name, team, left, leftAt, recordNo, lineNo, List.of());
    }

    /**
     * Every other key the person may be named by: the id when the key is the e-mail, and each login
     * (GitHub, Vault, ... handles), lower-case, without the key itself.
     */
    public List<String> aliases() {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        if (alias() != null) {
            out.add(alias());
        }
        for (String l : logins) {
            out.add(l.toLowerCase(Locale.ROOT));
        }
        out.remove(key());
        return List.copyOf(out);
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
                && p.left == left && Objects.equals(p.leftAt, leftAt) && p.logins.equals(logins);
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }
}
