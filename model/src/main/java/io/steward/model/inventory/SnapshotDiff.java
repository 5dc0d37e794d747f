package io.steward.model.inventory;

import io.steward.model.db.tables.AccessGrant;
import io.steward.model.db.tables.Credential;
import io.steward.model.db.tables.Identity;
import io.steward.model.store.Store;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;

import static io.steward.model.db.Tables.ACCESS_GRANT;
import static io.steward.model.db.Tables.CREDENTIAL;
import static io.steward.model.db.Tables.IDENTITY;
import static io.steward.model.db.Tables.IDENTITY_LINK;

/**
 * What changed between two snapshots (normally of one series): identities added, removed and changed
 * (matched on their stable id), and within them credentials and grants. Counts are SQL set operations;
 * changed identities are found by their content hash and compared in detail a page at a time.
 */
public final class SnapshotDiff {
    private static final Identity A = IDENTITY.as("a");
    private static final Identity B = IDENTITY.as("b");
    private static final int BATCH = 500;

    private final Store store;

    public SnapshotDiff(Store store) {
        this.store = store;
    }

    public DiffSummary summary(long from, long to) {
        requireSnapshots(from, to);
        return store.read(ctx -> {
            Table<Record2<Long, Long>> pairs = changedPairs(ctx, from, to).asTable("p");
            var aid = pairs.field(0, Long.class);
            var bid = pairs.field(1, Long.class);
            long added = ctx.fetchCount(B, B.SNAPSHOT_ID.eq(to).and(absentIn(B, A, from)));
            long removed = ctx.fetchCount(A, A.SNAPSHOT_ID.eq(from).and(absentIn(A, B, to)));
            long changed = ctx.fetchCount(pairs);
            long total = ctx.fetchCount(B, B.SNAPSHOT_ID.eq(to));
            Credential ca = CREDENTIAL.as("ca");
            Credential cb = CREDENTIAL.as("cb");
            long credentialsAdded = childrenOf(ctx, to, from, cb, cb.IDENTITY_ID)
                    + ctx.fetchCount(ctx.select().from(pairs).join(cb).on(cb.IDENTITY_ID.eq(bid))
                    .whereNotExists(ctx.selectOne().from(ca).where(ca.IDENTITY_ID.eq(aid).and(ca.NATIVE_ID.eq(cb.NATIVE_ID)))));
            long credentialsRemoved = childrenOf(ctx, from, to, ca, ca.IDENTITY_ID)
                    + ctx.fetchCount(ctx.select().from(pairs).join(ca).on(ca.IDENTITY_ID.eq(aid))
                    .whereNotExists(ctx.selectOne().from(cb).where(cb.IDENTITY_ID.eq(bid).and(cb.NATIVE_ID.eq(ca.NATIVE_ID)))));
            long credentialsChanged = ctx.fetchCount(ctx.select().from(pairs)
                    .join(ca).on(ca.IDENTITY_ID.eq(aid)).join(cb).on(cb.IDENTITY_ID.eq(bid).and(cb.NATIVE_ID.eq(ca.NATIVE_ID)))
                    .where(ca.KIND.isDistinctFrom(cb.KIND).or(ca.MASKED_ID.isDistinctFrom(cb.MASKED_ID))
                            .or(ca.ACTIVE.isDistinctFrom(cb.ACTIVE)).or(ca.CREATED_AT.isDistinctFrom(cb.CREATED_AT))
                            .or(ca.LAST_ROTATED_AT.isDistinctFrom(cb.LAST_ROTATED_AT)).or(ca.LAST_USED_AT.isDistinctFrom(cb.LAST_USED_AT))
                            .or(ca.EXPIRES_AT.isDistinctFrom(cb.EXPIRES_AT))));
            AccessGrant ga = ACCESS_GRANT.as("ga");
            AccessGrant gb = ACCESS_GRANT.as("gb");
            long grantsAdded = childrenOf(ctx, to, from, gb, gb.IDENTITY_ID)
                    + ctx.fetchCount(ctx.select().from(pairs).join(gb).on(gb.IDENTITY_ID.eq(bid))
                    .whereNotExists(ctx.selectOne().from(ga).where(ga.IDENTITY_ID.eq(aid).and(sameGrant(ga, gb)))));
            long grantsRemoved = childrenOf(ctx, from, to, ga, ga.IDENTITY_ID)
                    + ctx.fetchCount(ctx.select().from(pairs).join(ga).on(ga.IDENTITY_ID.eq(aid))
                    .whereNotExists(ctx.selectOne().from(gb).where(gb.IDENTITY_ID.eq(bid).and(sameGrant(ga, gb)))));
            return new DiffSummary(from, to, added, removed, changed, total - added - changed, credentialsAdded, credentialsRemoved,
                    credentialsChanged, grantsAdded, grantsRemoved);
        });
    }

    /** One page of the changes of one type, in stable-id order. */
    public List<IdentityChange> page(long from, long to, IdentityChange.Type type, long offset, int limit) {
        requireSnapshots(from, to);
        return store.read(ctx -> switch (type) {
            case ADDED -> ctx.select(B.ID).from(B).where(B.SNAPSHOT_ID.eq(to).and(absentIn(B, A, from)))
                    .orderBy(B.NATIVE_ID).offset(offset).limit(limit).fetch(B.ID).stream()
                    .map(id -> whole(ctx, IdentityChange.Type.ADDED, id)).toList();
            case REMOVED -> ctx.select(A.ID).from(A).where(A.SNAPSHOT_ID.eq(from).and(absentIn(A, B, to)))
                    .orderBy(A.NATIVE_ID).offset(offset).limit(limit).fetch(A.ID).stream()
                    .map(id -> whole(ctx, IdentityChange.Type.REMOVED, id)).toList();
            case CHANGED -> changedPairs(ctx, from, to).orderBy(B.NATIVE_ID).offset(offset).limit(limit).fetch().stream()
                    .map(p -> compare(ctx, p.value1(), p.value2())).toList();
        });
    }

    /** Every change: added, then removed, then changed identities, each in stable-id order. */
    public void forEach(long from, long to, Consumer<IdentityChange> each) {
        for (IdentityChange.Type type : IdentityChange.Type.values()) {
            long offset = 0;
            List<IdentityChange> page;
            do {
                page = page(from, to, type, offset, BATCH);
                page.forEach(each);
                offset += page.size();
            } while (page.size() == BATCH);
        }
    }

    private static org.jooq.SelectConditionStep<Record2<Long, Long>> changedPairs(DSLContext ctx, long from, long to) {
        return ctx.select(A.ID.as("aid"), B.ID.as("bid")).from(B).join(A).on(A.SNAPSHOT_ID.eq(from).and(A.NATIVE_ID.eq(B.NATIVE_ID)))
                .where(B.SNAPSHOT_ID.eq(to).and(A.CONTENT_HASH.ne(B.CONTENT_HASH)));
    }

    /** No identity with the same stable id in snapshot {@code other}. */
    private static Condition absentIn(Identity self, Identity other, long otherSnapshot) {
        return DSL.notExists(DSL.selectOne().from(other).where(other.SNAPSHOT_ID.eq(otherSnapshot).and(other.NATIVE_ID.eq(self.NATIVE_ID))));
    }

    /** Children (credentials or grants) of identities of {@code snapshot} that are absent from {@code other}. */
    private static long childrenOf(DSLContext ctx, long snapshot, long other, Table<?> child, org.jooq.Field<Long> identityId) {
        Identity self = IDENTITY.as("s");
        Identity o = IDENTITY.as("o");
        return ctx.fetchCount(ctx.select().from(self).join(child).on(identityId.eq(self.ID))
                .where(self.SNAPSHOT_ID.eq(snapshot).and(DSL.notExists(DSL.selectOne().from(o)
                        .where(o.SNAPSHOT_ID.eq(other).and(o.NATIVE_ID.eq(self.NATIVE_ID)))))));
    }

    private static Condition sameGrant(AccessGrant x, AccessGrant y) {
        return x.PRIVILEGE.eq(y.PRIVILEGE).and(x.RESOURCE.isNotDistinctFrom(y.RESOURCE)).and(x.VIA.isNotDistinctFrom(y.VIA))
                .and(x.CONDITION.isNotDistinctFrom(y.CONDITION));
    }

    private void requireSnapshots(long from, long to) {
        Snapshots snapshots = new Snapshots(store);
        for (long id : new long[] {from, to}) {
            if (snapshots.get(id).isEmpty()) {
                throw new InventoryException("there is no snapshot " + id + " (see 'steward snapshots')");
            }
        }
    }

    // ---------------------------------------------------------------- detail of one change

    /** The state of one identity row, as compared field by field. */
    private record State(long id, String nativeId, Map<String, String> fields, List<CredentialRecord> credentials,
                         List<GrantRecord> grants, List<String> links) {
    }

    private static State state(DSLContext ctx, long id) {
        Record r = ctx.selectFrom(IDENTITY).where(IDENTITY.ID.eq(id)).fetchOne();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", r.get(IDENTITY.NAME));
        f.put("kind", r.get(IDENTITY.KIND));
        f.put("environment", r.get(IDENTITY.ENVIRONMENT));
        f.put("owner", r.get(IDENTITY.OWNER_HINT));
        Long enabled = r.get(IDENTITY.ENABLED);
        f.put("enabled", enabled == null ? null : enabled == 1 ? "true" : "false");
        f.put("createdAt", r.get(IDENTITY.CREATED_AT));
        f.put("lastUsedAt", r.get(IDENTITY.LAST_USED_AT));
        Long parent = r.get(IDENTITY.PARENT_ID);
        f.put("parent", parent == null ? null : ctx.select(IDENTITY.NATIVE_ID).from(IDENTITY).where(IDENTITY.ID.eq(parent))
                .fetchOne(IDENTITY.NATIVE_ID));
        InventoryQuery.parse(r.get(IDENTITY.ATTRIBUTES)).forEach((k, v) -> f.put("attributes." + k, String.valueOf(v)));
        InventoryQuery.parse(r.get(IDENTITY.TAGS)).forEach((k, v) -> f.put("tags." + k, String.valueOf(v)));
        List<String> links = ctx.selectFrom(IDENTITY_LINK).where(IDENTITY_LINK.IDENTITY_ID.eq(id)).orderBy(IDENTITY_LINK.POSITION)
                .fetch(l -> l.getKind() + " " + (l.getTargetSource() == null ? "" : l.getTargetSource() + " ") + l.getTargetNativeId());
        return new State(id, r.get(IDENTITY.NATIVE_ID), f, InventoryQuery.credentials(ctx, id), InventoryQuery.grants(ctx, id), links);
    }

    private static IdentityChange whole(DSLContext ctx, IdentityChange.Type type, long id) {
        State s = state(ctx, id);
        boolean added = type == IdentityChange.Type.ADDED;
        List<IdentityChange.ChildChange> credentials = s.credentials().stream()
                .map(c -> new IdentityChange.ChildChange(type, c.nativeId(), added ? null : describe(c), added ? describe(c) : null)).toList();
        List<IdentityChange.ChildChange> grants = s.grants().stream()
                .map(g -> new IdentityChange.ChildChange(type, describe(g), null, null)).toList();
        List<IdentityChange.ChildChange> links = s.links().stream()
                .map(l -> new IdentityChange.ChildChange(type, l, null, null)).toList();
        return new IdentityChange(type, s.nativeId(), s.fields().get("name"), s.fields().get("kind"), added ? null : id,
                added ? id : null, List.of(), credentials, grants, links);
    }

    private static IdentityChange compare(DSLContext ctx, long fromId, long toId) {
        State a = state(ctx, fromId);
        State b = state(ctx, toId);
        List<IdentityChange.FieldChange> fields = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>(a.fields().keySet());
        names.addAll(b.fields().keySet());
        for (String name : names) {
            String before = a.fields().get(name);
            String after = b.fields().get(name);
            if (!Objects.equals(before, after)) {
                fields.add(new IdentityChange.FieldChange(name, before, after));
            }
        }
        List<IdentityChange.ChildChange> credentials = new ArrayList<>();
        Map<String, CredentialRecord> before = new LinkedHashMap<>();
        a.credentials().forEach(c -> before.put(c.nativeId(), c));
        for (CredentialRecord c : b.credentials()) {
            CredentialRecord old = before.remove(c.nativeId());
            if (old == null) {
                credentials.add(new IdentityChange.ChildChange(IdentityChange.Type.ADDED, c.nativeId(), null, describe(c)));
            } else if (!old.equals(c)) {
                credentials.add(new IdentityChange.ChildChange(IdentityChange.Type.CHANGED, c.nativeId(), describe(old), describe(c)));
            }
        }
        before.values().forEach(c -> credentials.add(new IdentityChange.ChildChange(IdentityChange.Type.REMOVED, c.nativeId(),
                describe(c), null)));
        return new IdentityChange(IdentityChange.Type.CHANGED, b.nativeId(), b.fields().get("name"), b.fields().get("kind"),
                fromId, toId, fields, credentials, setChanges(a.grants().stream().map(SnapshotDiff::describe).toList(),
                        b.grants().stream().map(SnapshotDiff::describe).toList()), setChanges(a.links(), b.links()));
    }

    private static List<IdentityChange.ChildChange> setChanges(List<String> before, List<String> after) {
        List<IdentityChange.ChildChange> out = new ArrayList<>();
        Set<String> a = new LinkedHashSet<>(before);
        Set<String> b = new LinkedHashSet<>(after);
        b.stream().filter(x -> !a.contains(x)).forEach(x -> out.add(new IdentityChange.ChildChange(IdentityChange.Type.ADDED, x, null, null)));
        a.stream().filter(x -> !b.contains(x)).forEach(x -> out.add(new IdentityChange.ChildChange(IdentityChange.Type.REMOVED, x, null, null)));
        return out;
    }

    static String describe(CredentialRecord c) {
        return c.kind() + (c.maskedId() == null ? "" : " " + c.maskedId()) + " active=" + c.active()
                + " created=" + Timestamps.format(c.createdAt()) + " rotated=" + Timestamps.format(c.lastRotatedAt())
                + " lastUsed=" + Timestamps.format(c.lastUsedAt()) + " expires=" + Timestamps.format(c.expiresAt());
    }

    static String describe(GrantRecord g) {
        return g.privilege() + (g.resource() == null ? "" : " on " + g.resource()) + (g.via() == null ? "" : " via " + g.via())
                + (g.condition() == null ? "" : " if " + g.condition());
    }
}
