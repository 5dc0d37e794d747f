package io.steward.model.people;

import static io.steward.model.db.Tables.PERSON;
import static io.steward.model.db.Tables.PERSON_ALIAS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Look-ups in the current people directory: who a name given as an owner is (matched by e-mail, person id or
 * login, case-insensitively), which teams exist, and the nearest names when nothing matches.
 */
public final class PeopleDirectory {
    private PeopleDirectory() {
    }

    /** A person of the current directory. {@code key} is the lower-case e-mail, else the lower-case id. */
    public record Person(String key, String personId, String email, String name, String team, String status) {
        public boolean left() {
            return "left".equals(status);
        }
    }

    /** True when a people directory has been imported (owner matching and owner-departed depend on it). */
    public static boolean loaded(DSLContext ctx) {
        return ctx.fetchExists(ctx.selectOne().from(PERSON).where(PERSON.CURRENT.eq(1L)));
    }

    /** The person {@code text} names by e-mail, person id or login, if any. */
    public static Optional<Person> person(DSLContext ctx, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = normalise(text);
        Record r = ctx.select(PERSON.fields()).from(PERSON)
                .where(PERSON.CURRENT.eq(1L)).and(PERSON.PERSON_KEY.eq(key)).fetchOne();
        if (r == null) {
            r = ctx.select(PERSON.fields()).from(PERSON_ALIAS).join(PERSON).on(PERSON.ID.eq(PERSON_ALIAS.PERSON))
                    .where(PERSON_ALIAS.CURRENT.eq(1L)).and(PERSON_ALIAS.ALIAS_KEY.eq(key)).and(PERSON.CURRENT.eq(1L))
                    .limit(1).fetchOne();
        }
        return Optional.ofNullable(r).map(PeopleDirectory::toPerson);
    }

    /** The team spelled as {@code text} (case-insensitively) in the current directory, as the directory spells it. */
    public static Optional<String> team(DSLContext ctx, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return ctx.selectDistinct(PERSON.TEAM).from(PERSON).where(PERSON.CURRENT.eq(1L))
                .and(DSL.lower(PERSON.TEAM).eq(normalise(text))).limit(1).fetchOptional(PERSON.TEAM);
    }

    /**
     * A completion for an owner field: {@code value} is what to assign (a person's directory key, or {@code team:NAME}),
     * {@code description} says who that is (name and team, or how many people the team has).
     */
    public record Completion(String value, String description) {
    }

    /**
     * Active people whose key, e-mail, person id, login or name contains {@code text}, and teams whose name does,
     * case-insensitively; those starting with it first. Empty when {@code text} already is exactly one of the values.
     */
    public static List<Completion> complete(DSLContext ctx, String text, int limit) {
        String t = normalise(text == null ? "" : text);
        String bare = t.startsWith("team:") ? t.substring(5).strip() : t;
        String like = "%" + bare.replace("%", "").replace("_", "") + "%";
        String prefix = bare.replace("%", "").replace("_", "") + "%";
        var starts = DSL.when(PERSON.PERSON_KEY.like(prefix).or(DSL.lower(PERSON.NAME).like(prefix)), 0).otherwise(1);
        var aliasMatch = DSL.exists(DSL.selectOne().from(PERSON_ALIAS).where(PERSON_ALIAS.PERSON.eq(PERSON.ID))
                .and(PERSON_ALIAS.CURRENT.eq(1L)).and(PERSON_ALIAS.ALIAS_KEY.like(like)));
        List<Completion> out = new ArrayList<>();
        if (!t.startsWith("team:")) {
            ctx.select(PERSON.PERSON_KEY, PERSON.NAME, PERSON.TEAM).from(PERSON).where(PERSON.CURRENT.eq(1L))
                    .and(PERSON.STATUS.eq("active"))
                    .and(PERSON.PERSON_KEY.like(like).or(DSL.lower(PERSON.NAME).like(like)).or(aliasMatch))
                    .orderBy(starts, PERSON.PERSON_KEY).limit(limit)
                    .forEach(r -> out.add(new Completion(r.value1(), describe(r.value2(), r.value3()))));
        }
        ctx.select(PERSON.TEAM, DSL.count()).from(PERSON).where(PERSON.CURRENT.eq(1L)).and(PERSON.STATUS.eq("active"))
                .and(PERSON.TEAM.isNotNull()).and(DSL.lower(PERSON.TEAM).like(like)).groupBy(PERSON.TEAM).orderBy(PERSON.TEAM)
                .limit(limit).forEach(r -> out.add(new Completion("team:" + r.value1(), "team, " + r.value2()
                        + (r.value2() == 1 ? " person" : " people"))));
        if (out.stream().anyMatch(c -> c.value().equalsIgnoreCase(t))) {
            return List.of();
        }
        return out.stream().limit(limit).toList();
    }

    private static String describe(String name, String team) {
        return name == null ? (team == null ? "" : team) : team == null ? name : name + ", " + team;
    }

    /** Up to {@code n} entries of active people (keys, logins) and teams closest to {@code text} by edit distance. */
    public static List<String> nearest(DSLContext ctx, String text, int n) {
        String t = normalise(text);
        Set<String> candidates = new LinkedHashSet<>();
        // people who left are never offered: assigning them is refused too
        candidates.addAll(ctx.select(PERSON.PERSON_KEY).from(PERSON).where(PERSON.CURRENT.eq(1L)).and(PERSON.STATUS.eq("active"))
                .fetch(PERSON.PERSON_KEY));
        candidates.addAll(ctx.select(PERSON_ALIAS.ALIAS_KEY).from(PERSON_ALIAS).join(PERSON).on(PERSON.ID.eq(PERSON_ALIAS.PERSON))
                .where(PERSON_ALIAS.CURRENT.eq(1L)).and(PERSON.STATUS.eq("active")).fetch(PERSON_ALIAS.ALIAS_KEY));
        candidates.addAll(ctx.selectDistinct(PERSON.TEAM).from(PERSON).where(PERSON.CURRENT.eq(1L)).and(PERSON.TEAM.isNotNull())
                .fetch(PERSON.TEAM));
        return candidates.stream()
                .sorted(Comparator.comparingInt((String c) -> distance(t, c.toLowerCase(Locale.ROOT))).thenComparing(c -> c))
                .limit(n).toList();
    }

    public static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static Person toPerson(Record r) {
        return new Person(r.get(PERSON.PERSON_KEY), r.get(PERSON.PERSON_ID), r.get(PERSON.EMAIL), r.get(PERSON.NAME),
                r.get(PERSON.TEAM), r.get(PERSON.STATUS));
    }

    /** Levenshtein distance, with the local part of an e-mail counting as a near match for a bare name. */
    static int distance(String a, String b) {
        int at = b.indexOf('@');
        int local = at > 0 ? levenshtein(a, b.substring(0, at)) : Integer.MAX_VALUE;
        return Math.min(levenshtein(a, b), local);
    }

    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
