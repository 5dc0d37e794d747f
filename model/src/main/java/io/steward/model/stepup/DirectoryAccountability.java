package io.steward.model.stepup;

import static io.steward.model.db.Tables.IDENTITY;

import io.steward.model.owners.CurrentOwner;
import io.steward.model.owners.OwnerKind;
import io.steward.model.owners.OwnerRef;
import io.steward.model.owners.Owners;
import io.steward.model.people.PeopleDirectory;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Accountability from the ledger: the assigned owner and backup of an identity (owner.assigned entries), and the
 * people directory to tell who an actor is (e-mail, person id or login). A delegate is an active member of a team
 * that is the owner or the backup. Where no owner is assigned yet, the export's owner hint stands in, marked as
 * not assigned, so a fresh inventory can still be worked.
 */
public final class DirectoryAccountability implements Accountability {

    @Override
    public Accountable of(DSLContext ctx, String identityKey) {
        Optional<CurrentOwner> current = Owners.current(ctx, identityKey);
        if (current.isPresent()) {
            return new Accountable(current.get().owner().toString(),
                    current.get().backup() == null ? null : current.get().backup().toString(), true);
        }
        String hint = ctx.select(IDENTITY.OWNER_HINT).from(IDENTITY)
                .where(IDENTITY.CURRENT.eq(1L)).and(IDENTITY.IDENTITY_KEY.eq(identityKey)).and(IDENTITY.OWNER_HINT.isNotNull())
                .orderBy(IDENTITY.ID.desc()).limit(1).fetchOne(IDENTITY.OWNER_HINT);
        return hint == null || hint.isBlank() ? Accountable.NONE : new Accountable(hint.strip(), null, false);
    }

    @Override
    public ApproverRole roleOf(DSLContext ctx, String identityKey, String actor) {
        Optional<CurrentOwner> current = Owners.current(ctx, identityKey);
        OwnerRef owner;
        OwnerRef backup = null;
        if (current.isPresent()) {
            owner = current.get().owner();
            backup = current.get().backup();
        } else {
            Accountable hint = of(ctx, identityKey);
            if (hint.owner() == null) {
                return ApproverRole.NONE;
            }
            owner = PeopleDirectory.team(ctx, hint.owner()).map(OwnerRef::team).orElse(OwnerRef.person(hint.owner()));
        }
        Set<String> names = new HashSet<>();
        names.add(norm(actor));
        names.add(PeopleDirectory.normalise(actor));
        String team = null;
        Optional<PeopleDirectory.Person> me = PeopleDirectory.person(ctx, actor);
        if (me.isPresent() && !me.get().left()) {
            names.add(norm(me.get().key()));
            if (me.get().email() != null) {
                names.add(norm(me.get().email()));
            }
            team = me.get().team() == null ? null : norm(me.get().team());
        }
        if (owner.kind() == OwnerKind.PERSON && names.contains(norm(owner.name()))) {
            return ApproverRole.OWNER;
        }
        if (backup != null && backup.kind() == OwnerKind.PERSON && names.contains(norm(backup.name()))) {
            return ApproverRole.BACKUP;
        }
        if (team != null && ((owner.kind() == OwnerKind.TEAM && team.equals(norm(owner.name())))
                || (backup != null && backup.kind() == OwnerKind.TEAM && team.equals(norm(backup.name()))))) {
            return ApproverRole.DELEGATE;
        }
        return ApproverRole.NONE;
    }

    @Override
    public String person(DSLContext ctx, String name) {
        return PeopleDirectory.person(ctx, name).map(PeopleDirectory.Person::key).orElse(norm(name));
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
