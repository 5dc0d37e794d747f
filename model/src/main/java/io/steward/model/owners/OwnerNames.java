package io.steward.model.owners;

import io.steward.model.people.PeopleDirectory;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Turns a typed owner name into an {@link OwnerRef} using the people directory: a person by e-mail, person id or
 * login (stored by their directory key), a team by name, or {@code team:NAME}. Unknown names and people who have
 * left are refused with the nearest names, unless unknown names are allowed. Without a loaded directory nothing
 * can be checked, so names are taken as given.
 */
public final class OwnerNames {
    private OwnerNames() {
    }

    public static OwnerRef resolve(DSLContext ctx, String text, boolean allowUnknown) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an owner name is empty");
        }
        String t = text.strip();
        boolean teamPrefix = t.regionMatches(true, 0, "team:", 0, 5);
        String name = teamPrefix ? t.substring(5).strip() : t;
        boolean loaded = PeopleDirectory.loaded(ctx);
        if (!teamPrefix) {
            Optional<PeopleDirectory.Person> person = PeopleDirectory.person(ctx, name);
            if (person.isPresent()) {
                if (person.get().left() && !allowUnknown) {
                    throw new UnknownOwnerException(t, "has left (status left in the people directory)",
                            PeopleDirectory.nearest(ctx, name, 3));
                }
                return OwnerRef.person(person.get().key());
            }
        }
        Optional<String> team = PeopleDirectory.team(ctx, name);
        if (team.isPresent()) {
            return OwnerRef.team(team.get());
        }
        if (!loaded || allowUnknown) {
            return teamPrefix ? OwnerRef.team(name) : OwnerRef.person(name.contains("@") ? PeopleDirectory.normalise(name) : name);
        }
        throw new UnknownOwnerException(t, "is not in the people directory", PeopleDirectory.nearest(ctx, name, 3));
    }
}
