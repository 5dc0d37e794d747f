package io.steward.model.stepup;

import static io.steward.model.db.Tables.IDENTITY;
import static io.steward.model.db.Tables.PERSON;
import static io.steward.model.db.Tables.PERSON_ALIAS;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Accountability from the ledger: the owner and backup of an identity, and the people directory to tell who
 * an actor is. A delegate is an active member (directory column team) of a team that is the owner or the
 * backup. Where no owner is assigned, the export's owner hint stands in (marked not assigned).
 */
public class DirectoryAccountability implements Accountability {

    @Override
    public Accountable of(DSLContext ctx, String identityKey) {
        Accountable assigned = assigned(ctx, identityKey);
        if (assigned != null) {
            return assigned;
        }
        String hint = ctx.select(IDENTITY.OWNER_HINT).from(IDENTITY)
                .where(IDENTITY.CURRENT.eq(1L)).and(IDENTITY.IDENTITY_KEY.eq(identityKey)).and(IDENTITY.OWNER_HINT.isNotNull())
                .orderBy(IDENTITY.ID.desc()).limit(1).fetchOne(IDENTITY.OWNER_HINT);
        return hint == null || hint.isBlank() ? Accountable.NONE : new Accountable(hint.strip(), null, false);
    }

    /** The assigned owner, or null when there is none (subclasses read the owner projection). */
    protected Accountable assigned(DSLContext ctx, String identityKey) {
        return null;
    }

    @Override
    public ApproverRole roleOf(DSLContext ctx, String identityKey, String actor) {
        Accountable who = of(ctx, identityKey);
        if (who.owner() == null && who.backup() == null) {
            return ApproverRole.NONE;
        }
        Set<String> names = new HashSet<>();
        Set<String> teams = new HashSet<>();
        String me = norm(actor);
        names.add(me);
        var matching = DSL.lower(PERSON.PERSON_KEY).eq(me).or(DSL.lower(PERSON.EMAIL).eq(me)).or(DSL.lower(PERSON.PERSON_ID).eq(me))
                .or(PERSON.ID.in(DSL.select(PERSON_ALIAS.PERSON).from(PERSON_ALIAS)
                        .where(PERSON_ALIAS.ALIAS_KEY.eq(me)).and(PERSON_ALIAS.CURRENT.eq(1L))));
        for (Record r : ctx.select(PERSON.PERSON_KEY, PERSON.EMAIL, PERSON.TEAM).from(PERSON)
                .where(PERSON.CURRENT.eq(1L)).and(PERSON.STATUS.eq("active")).and(matching).fetch()) {
            names.add(norm(r.get(PERSON.PERSON_KEY)));
            if (r.get(PERSON.EMAIL) != null) {
                names.add(norm(r.get(PERSON.EMAIL)));
            }
            if (r.get(PERSON.TEAM) != null) {
                teams.add(norm(r.get(PERSON.TEAM)));
            }
        }
        if (who.owner() != null && names.contains(norm(who.owner()))) {
            return ApproverRole.OWNER;
        }
        if (who.backup() != null && names.contains(norm(who.backup()))) {
            return ApproverRole.BACKUP;
        }
        if ((who.owner() != null && teams.contains(teamName(who.owner()))) || (who.backup() != null && teams.contains(teamName(who.backup())))) {
            return ApproverRole.DELEGATE;
        }
        return ApproverRole.NONE;
    }

    private static String teamName(String ref) {
        String n = norm(ref);
        return n.startsWith("team:") ? n.substring(5).strip() : n;
    }

    static String norm(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
