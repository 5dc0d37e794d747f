package io.steward.model.inventory.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import static io.steward.model.db.Tables.IDENTITY;
import static io.steward.model.db.Tables.SNAPSHOT;

/** The row reads and comparisons behind {@link SnapshotDiff}. */
final class DiffRows {
    private static final Field<?>[] COMPARED = {IDENTITY.NAME, IDENTITY.KIND, IDENTITY.ENVIRONMENT, IDENTITY.OWNER_HINT, IDENTITY.ENABLED,
        IDENTITY.CREATED_AT, IDENTITY.LAST_USED_AT, IDENTITY.ATTRIBUTES, IDENTITY.TAGS};

    private DiffRows() {
    }

    /** Rows of {@code toId} that are new or whose content hash differs, in native-id order. */
    static List<Record> addedOrChanged(DSLContext ctx, long fromId, long toId, Set<ChangeType> types, String after, int limit) {
        var t = IDENTITY.as("t");
        var f = IDENTITY.as("f");
        Condition kind;
        if (types.contains(ChangeType.ADDED) && types.contains(ChangeType.CHANGED)) {
            kind = f.ID.isNull().or(f.CONTENT_HASH.ne(t.CONTENT_HASH));
        } else if (types.contains(ChangeType.ADDED)) {
            kind = f.ID.isNull();
        } else {
            kind = f.CONTENT_HASH.ne(t.CONTENT_HASH);
        }
        return ctx.select(t.ID.as("to_id"), f.ID.as("from_id"), t.NATIVE_ID.as("native_id")).from(t)
                .leftJoin(f).on(f.SNAPSHOT_ID.eq(fromId).and(f.NATIVE_ID.eq(t.NATIVE_ID)))
                .where(t.SNAPSHOT_ID.eq(toId)).and(after == null ? DSL.noCondition() : t.NATIVE_ID.gt(after)).and(kind)
                .orderBy(t.NATIVE_ID).limit(limit).fetch().stream().map(r -> (Record) r).toList();
    }

    /** Rows of {@code fromId} whose native id is absent from {@code toId}, in native-id order. */
    static List<Record> removed(DSLContext ctx, long fromId, long toId, String after, int limit) {
        var f = IDENTITY.as("f");
        var t = IDENTITY.as("t");
        return ctx.select(DSL.inline((Long) null).as("to_id"), f.ID.as("from_id"), f.NATIVE_ID.as("native_id")).from(f)
                .where(f.SNAPSHOT_ID.eq(fromId)).and(after == null ? DSL.noCondition() : f.NATIVE_ID.gt(after))
                .andNotExists(DSL.selectOne().from(t).where(t.SNAPSHOT_ID.eq(toId).and(t.NATIVE_ID.eq(f.NATIVE_ID))))
                .orderBy(f.NATIVE_ID).limit(limit).fetch().stream().map(r -> (Record) r).toList();
    }

    /** Merges the two native-id-ordered lists and describes the first {@code limit} changes. */
    static DiffPage merge(DSLContext ctx, List<Record> newer, List<Record> older, int limit) {
        List<IdentityChange> changes = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (changes.size() < limit && (i < newer.size() || j < older.size())) {
            Record next;
            if (j >= older.size() || (i < newer.size() && nativeId(newer.get(i)).compareTo(nativeId(older.get(j))) < 0)) {
                next = newer.get(i++);
            } else {
                next = older.get(j++);
            }
            Long toId = next.get("to_id", Long.class);
            Long fromId = next.get("from_id", Long.class);
            changes.add(compare(ctx, nativeId(next), fromId == null ? null : row(ctx, fromId), toId == null ? null : row(ctx, toId)));
        }
        boolean more = i < newer.size() || j < older.size() || newer.size() == limit || older.size() == limit;
        String nextAfter = more && !changes.isEmpty() ? changes.get(changes.size() - 1).nativeId() : null;
        return new DiffPage(changes, nextAfter);
    }

    private static String nativeId(Record r) {
        return r.get("native_id", String.class);
    }

    static Record byNativeId(DSLContext ctx, long snapshotId, String nativeId) {
        return select(ctx).where(IDENTITY.SNAPSHOT_ID.eq(snapshotId)).and(IDENTITY.NATIVE_ID.eq(nativeId)).fetchOne();
    }

    private static Record row(DSLContext ctx, long id) {
        return select(ctx).where(IDENTITY.ID.eq(id)).fetchOne();
    }

    private static org.jooq.SelectOnConditionStep<Record> select(DSLContext ctx) {
        return ctx.select(Inventory.ROW_FIELDS).select(IDENTITY.CONTENT_HASH, IDENTITY.ATTRIBUTES, IDENTITY.TAGS, SNAPSHOT.SOURCE)
                .from(IDENTITY).join(SNAPSHOT).on(SNAPSHOT.ID.eq(IDENTITY.SNAPSHOT_ID));
    }

    /** Describes how one stable id differs between its older row {@code a} and newer row {@code b} (either may be null). */
    static IdentityChange compare(DSLContext ctx, String nativeId, Record a, Record b) {
        IdentityRow before = a == null ? null : Inventory.row(a, id -> a.get(SNAPSHOT.SOURCE));
        IdentityRow after = b == null ? null : Inventory.row(b, id -> b.get(SNAPSHOT.SOURCE));
        if (a == null || b == null) {
            return new IdentityChange(a == null && b == null ? ChangeType.UNCHANGED : a == null ? ChangeType.ADDED : ChangeType.REMOVED,
                    nativeId, before, after, List.of(), List.of(), List.of());
        }
        if (a.get(IDENTITY.CONTENT_HASH).equals(b.get(IDENTITY.CONTENT_HASH))) {
            return new IdentityChange(ChangeType.UNCHANGED, nativeId, before, after, List.of(), List.of(), List.of());
        }
        List<FieldChange> fields = new ArrayList<>();
        for (Field<?> f : COMPARED) {
            String x = text(a.get(f));
            String y = text(b.get(f));
            if (!Objects.equals(x, y)) {
                fields.add(new FieldChange(f.getName(), x, y));
            }
        }
        return new IdentityChange(ChangeType.CHANGED, nativeId, before, after, fields,
                credentialChanges(DetailQuery.credentials(ctx, before.id()), DetailQuery.credentials(ctx, after.id())),
                grantChanges(DetailQuery.grants(ctx, before.id()), DetailQuery.grants(ctx, after.id())));
    }

    private static String text(Object v) {
        return v == null ? null : v.toString();
    }

    static List<CredentialChange> credentialChanges(List<CredentialView> before, List<CredentialView> after) {
        List<CredentialChange> out = new ArrayList<>();
        List<CredentialView> unmatched = new ArrayList<>(before);
        for (CredentialView y : after) {
            CredentialView x = unmatched.stream().filter(c -> c.sameAs(y)).findFirst().orElse(null);
            if (x == null) {
                out.add(new CredentialChange(ChangeType.ADDED, null, y));
            } else {
                unmatched.remove(x);
                if (!sameMetadata(x, y)) {
                    out.add(new CredentialChange(ChangeType.CHANGED, x, y));
                }
            }
        }
        unmatched.forEach(x -> out.add(new CredentialChange(ChangeType.REMOVED, x, null)));
        return out;
    }

    /** Equal apart from the position, which only says where the credential sat in the file. */
    private static boolean sameMetadata(CredentialView x, CredentialView y) {
        return Objects.equals(x.maskedId(), y.maskedId()) && Objects.equals(x.active(), y.active())
                && Objects.equals(x.createdAt(), y.createdAt()) && Objects.equals(x.lastRotatedAt(), y.lastRotatedAt())
                && Objects.equals(x.lastUsedAt(), y.lastUsedAt()) && Objects.equals(x.expiresAt(), y.expiresAt());
    }

    static List<GrantChange> grantChanges(List<GrantView> before, List<GrantView> after) {
        List<GrantChange> out = new ArrayList<>();
        Map<String, List<GrantView>> unmatched = new HashMap<>();
        before.forEach(g -> unmatched.computeIfAbsent(g.key(), k -> new ArrayList<>()).add(g));
        for (GrantView y : after) {
            List<GrantView> same = unmatched.get(y.key());
            if (same == null || same.isEmpty()) {
                out.add(new GrantChange(ChangeType.ADDED, null, y));
                continue;
            }
            GrantView x = same.stream().filter(y::equals).findFirst().orElse(same.get(0));
            same.remove(x);
            if (!Objects.equals(x.condition(), y.condition())) {
                out.add(new GrantChange(ChangeType.CHANGED, x, y));
            }
        }
        before.stream().filter(g -> unmatched.getOrDefault(g.key(), List.of()).contains(g))
                .forEach(x -> out.add(new GrantChange(ChangeType.REMOVED, x, null)));
        return out;
    }
}
