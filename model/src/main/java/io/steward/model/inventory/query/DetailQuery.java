package io.steward.model.inventory.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.steward.model.inventory.InventoryException;
import io.steward.model.inventory.Timestamps;
import io.steward.model.json.CanonicalJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import static io.steward.model.db.Tables.ACCESS_GRANT;
import static io.steward.model.db.Tables.CREDENTIAL;
import static io.steward.model.db.Tables.IDENTITY;
import static io.steward.model.db.Tables.IDENTITY_ALIAS;
import static io.steward.model.db.Tables.IDENTITY_LINK;
import static io.steward.model.db.Tables.SNAPSHOT;

/** One identity row with its children, neighbours and history; every read is an index look-up. */
final class DetailQuery {
    private DetailQuery() {
    }

    /**
     * One row in full; when it is current, with the other current rows of its principal (same identity key) merged
     * in, each also in full (see {@link IdentityDetail#merged}).
     */
    static Optional<IdentityDetail> run(DSLContext ctx, long identityId, CurrentSnapshots current) {
        Optional<IdentityDetail> one = single(ctx, identityId, current);
        if (one.isEmpty() || !one.get().current()) {
            return one;
        }
        IdentityDetail d = one.get();
        List<Long> others = ctx.select(IDENTITY.ID).from(IDENTITY).where(Inventory.isCurrent())
                .and(IDENTITY.IDENTITY_KEY.eq(d.identity().key())).and(IDENTITY.ID.ne(identityId))
                .orderBy(IDENTITY.KEY_HEAD.desc().nullsLast(), IDENTITY.ID).fetch(IDENTITY.ID);
        if (others.isEmpty()) {
            return one;
        }
        List<IdentityDetail> merged = others.stream().map(id -> single(ctx, id, current).orElseThrow()).toList();
        IdentityRow row = d.identity();
        String ownerHint = row.ownerHint();
        String environment = row.environment();
        Boolean enabled = row.enabled();
        java.time.Instant created = row.createdAt();
        java.time.Instant lastUsed = row.lastUsedAt();
        Map<String, String> tags = new java.util.TreeMap<>();
        for (IdentityDetail m : merged) {
            IdentityRow o = m.identity();
            ownerHint = ownerHint != null ? ownerHint : o.ownerHint();
            environment = environment != null ? environment : o.environment();
            enabled = enabled != null ? enabled : o.enabled();
            created = created != null ? created : o.createdAt();
            lastUsed = Timestamps.max(lastUsed, o.lastUsedAt());
            tags.putAll(m.tags());
        }
        tags.putAll(d.tags());
        return Optional.of(new IdentityDetail(row.merged(ownerHint, environment, enabled, created, lastUsed), true, d.importerId(),
                d.contentHash(), d.attributes(), tags, d.credentials(), d.grants(), d.links(), d.parent(), d.children(), d.history(),
                merged));
    }

    /** The current row that represents the principal with this identity key, in full and merged; empty when none. */
    static Optional<IdentityDetail> byKey(DSLContext ctx, String key, CurrentSnapshots current) {
        Long head = ctx.select(IDENTITY.ID).from(IDENTITY).where(Inventory.isCurrent()).and(IDENTITY.IDENTITY_KEY.eq(key))
                .orderBy(IDENTITY.KEY_HEAD.desc().nullsLast(), IDENTITY.ID).limit(1).fetchOne(IDENTITY.ID);
        return head == null ? Optional.empty() : run(ctx, head, current);
    }

    private static Optional<IdentityDetail> single(DSLContext ctx, long identityId, CurrentSnapshots current) {
        Record r = ctx.select(Inventory.ROW_FIELDS).select(IDENTITY.ATTRIBUTES, IDENTITY.TAGS, IDENTITY.CONTENT_HASH, IDENTITY.CURRENT,
                        SNAPSHOT.SOURCE, SNAPSHOT.IMPORTER_ID)
                .from(IDENTITY).join(SNAPSHOT).on(SNAPSHOT.ID.eq(IDENTITY.SNAPSHOT_ID))
                .where(IDENTITY.ID.eq(identityId)).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        String source = r.get(SNAPSHOT.SOURCE);
        String importer = r.get(SNAPSHOT.IMPORTER_ID);
        IdentityRow row = Inventory.row(r, id -> source);
        Long parentId = row.parentId();
        IdentityRow parent = parentId == null ? null : rows(ctx, IDENTITY.ID.eq(parentId), source).stream().findFirst().orElse(null);
        return Optional.of(new IdentityDetail(row, r.get(IDENTITY.CURRENT) != null, importer, r.get(IDENTITY.CONTENT_HASH),
                json(r.get(IDENTITY.ATTRIBUTES), new TypeReference<Map<String, Object>>() { }),
                json(r.get(IDENTITY.TAGS), new TypeReference<Map<String, String>>() { }),
                credentials(ctx, identityId), grants(ctx, identityId), links(ctx, identityId, current),
                parent, rows(ctx, IDENTITY.PARENT_ID.eq(identityId), source),
                history(ctx, source, importer, row.nativeId()), List.of()));
    }

    /** The children of every current row of these keys, each with its origin, per key. */
    static <T> Map<String, List<Sourced<T>>> byKey(DSLContext ctx, Collection<String> keys, CurrentSnapshots current,
                                                   java.util.function.BiFunction<DSLContext, Collection<Long>, Map<Long, List<T>>> children) {
        Map<String, List<Sourced<T>>> out = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        Map<Long, FactOrigin> origins = new LinkedHashMap<>();
        Map<Long, String> keyOf = new LinkedHashMap<>();
        for (Record r : ctx.select(IDENTITY.ID, IDENTITY.IDENTITY_KEY, IDENTITY.SNAPSHOT_ID, SNAPSHOT.IMPORTER_ID).from(IDENTITY)
                .join(SNAPSHOT).on(SNAPSHOT.ID.eq(IDENTITY.SNAPSHOT_ID))
                .where(Inventory.isCurrent()).and(IDENTITY.IDENTITY_KEY.in(keys)).fetch().sortAsc(IDENTITY.ID)) {
            long id = r.get(IDENTITY.ID);
            long snapshot = r.get(IDENTITY.SNAPSHOT_ID);
            origins.put(id, new FactOrigin(id, snapshot, current.sourceOf(snapshot), r.get(SNAPSHOT.IMPORTER_ID)));
            keyOf.put(id, r.get(IDENTITY.IDENTITY_KEY));
        }
        Map<Long, List<T>> all = children.apply(ctx, origins.keySet());
        origins.forEach((id, origin) -> {
            for (T t : all.getOrDefault(id, List.of())) {
                out.computeIfAbsent(keyOf.get(id), k -> new ArrayList<>()).add(new Sourced<>(t, origin));
            }
        });
        return out;
    }

    /**
     * The credentials and grants of the principals of a page's rows, each principal's from every current row of it in
     * row id then stored order (what {@link #byKey(DSLContext, Collection, CurrentSnapshots, java.util.function.BiFunction)}
     * gives, without the origins). The page's rows are their principals' representatives, so only the merged rows
     * need looking up, and only when the ledger has any; then two queries by row id, one per table.
     */
    static PrincipalChildren ofRows(DSLContext ctx, List<IdentityRow> rows, CurrentSnapshots current) {
        Map<Long, String> keyOf = principalRows(ctx, rows, current);
        return new PrincipalChildren(perKey(keyOf, credentialsOf(ctx, keyOf.keySet())), perKey(keyOf, grantsOf(ctx, keyOf.keySet())));
    }

    /** As {@link #ofRows}, but only how many credentials and grants each principal has: one grouped count per table. */
    static PrincipalChildren countsOfRows(DSLContext ctx, List<IdentityRow> rows, CurrentSnapshots current) {
        Map<Long, String> keyOf = principalRows(ctx, rows, current);
        return new PrincipalChildren(Map.of(), Map.of(), countPerKey(ctx, keyOf, CREDENTIAL.IDENTITY_ID), countPerKey(ctx, keyOf,
                ACCESS_GRANT.IDENTITY_ID));
    }

    /** Every current row of the page rows' principals (the rows themselves and, if the ledger has any, merged ones) to its key. */
    private static Map<Long, String> principalRows(DSLContext ctx, List<IdentityRow> rows, CurrentSnapshots current) {
        Map<Long, String> keyOf = new java.util.TreeMap<>();
        rows.forEach(r -> keyOf.put(r.id(), r.key()));
        if (current.hasMerged() && !rows.isEmpty()) {
            // coalesce(key_head, 0) = 0 as in PrincipalFacts: the key index, not the merged-rows one
            ctx.select(IDENTITY.ID, IDENTITY.IDENTITY_KEY).from(IDENTITY).where(Inventory.isCurrent())
                    .and(IDENTITY.IDENTITY_KEY.in(new java.util.LinkedHashSet<>(keyOf.values())))
                    .and(DSL.coalesce(IDENTITY.KEY_HEAD, DSL.inline(0L)).eq(DSL.inline(0L)))
                    .forEach(r -> keyOf.put(r.value1(), r.value2()));
        }
        return keyOf;
    }

    /** How many child rows (a credential or grant table's, by its identity id column) each principal's rows have. */
    private static Map<String, Integer> countPerKey(DSLContext ctx, Map<Long, String> keyOf, org.jooq.TableField<?, Long> identityId) {
        Map<String, Integer> out = new java.util.HashMap<>();
        try (ResultSet rs = ctx.select(identityId, DSL.count()).from(identityId.getTable()).where(Inventory.in(identityId, keyOf.keySet()))
                .groupBy(identityId).fetchResultSet()) {
            while (rs.next()) {
                out.merge(keyOf.get(rs.getLong(1)), rs.getInt(2), Integer::sum);
            }
        } catch (SQLException e) {
            throw new DataAccessException("counting children: " + e.getMessage(), e);
        }
        return out;
    }

    private static <T> Map<String, List<T>> perKey(Map<Long, String> keyOf, Map<Long, List<T>> byRow) {
        Map<String, List<T>> out = new java.util.HashMap<>();
        keyOf.forEach((id, key) -> {
            List<T> children = byRow.get(id);
            if (children != null) {
                out.computeIfAbsent(key, k -> new ArrayList<>()).addAll(children);
            }
        });
        return out;
    }

    static List<CredentialView> credentials(DSLContext ctx, long identityId) {
        return credentialsOf(ctx, List.of(identityId)).getOrDefault(identityId, List.of());
    }

    static List<GrantView> grants(DSLContext ctx, long identityId) {
        return grantsOf(ctx, List.of(identityId)).getOrDefault(identityId, List.of());
    }

    /*
     * The two child reads below run once per page of a listing with children (a million-row export runs a thousand of
     * each), so their rows are read from the JDBC result set by column position rather than as jOOQ records, which
     * cost about as much again as SQLite's own work; the ids go in as one bound JSON array (Inventory.in), so the SQL
     * text is the same for every page and short to render and prepare.
     */
    static Map<Long, List<CredentialView>> credentialsOf(DSLContext ctx, Collection<Long> identityIds) {
        Map<Long, List<CredentialView>> out = new LinkedHashMap<>();
        try (ResultSet rs = ctx.select(CREDENTIAL.IDENTITY_ID, CREDENTIAL.POSITION, CREDENTIAL.NATIVE_ID, CREDENTIAL.MASKED_ID,
                        CREDENTIAL.KIND, CREDENTIAL.ACTIVE, CREDENTIAL.CREATED_AT, CREDENTIAL.LAST_ROTATED_AT, CREDENTIAL.LAST_USED_AT,
                        CREDENTIAL.EXPIRES_AT)
                .from(CREDENTIAL).where(Inventory.in(CREDENTIAL.IDENTITY_ID, identityIds)).orderBy(CREDENTIAL.IDENTITY_ID, CREDENTIAL.POSITION)
                .fetchResultSet()) {
            while (rs.next()) {
                long active = rs.getLong(6);
                Boolean isActive = rs.wasNull() ? null : active == 1L;
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new CredentialView(rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), isActive, Timestamps.parse(rs.getString(7)), Timestamps.parse(rs.getString(8)),
                        Timestamps.parse(rs.getString(9)), Timestamps.parse(rs.getString(10))));
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading credentials: " + e.getMessage(), e);
        }
        return out;
    }

    static Map<Long, List<GrantView>> grantsOf(DSLContext ctx, Collection<Long> identityIds) {
        Map<Long, List<GrantView>> out = new LinkedHashMap<>();
        try (ResultSet rs = ctx.select(ACCESS_GRANT.IDENTITY_ID, ACCESS_GRANT.PRIVILEGE, ACCESS_GRANT.RESOURCE, ACCESS_GRANT.VIA,
                        ACCESS_GRANT.CONDITION)
                .from(ACCESS_GRANT).where(Inventory.in(ACCESS_GRANT.IDENTITY_ID, identityIds)).orderBy(ACCESS_GRANT.IDENTITY_ID, ACCESS_GRANT.POSITION)
                .fetchResultSet()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new GrantView(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading grants: " + e.getMessage(), e);
        }
        return out;
    }

    private static List<LinkView> links(DSLContext ctx, long identityId, CurrentSnapshots current) {
        List<LinkView> links = new ArrayList<>();
        ctx.selectFrom(IDENTITY_LINK).where(IDENTITY_LINK.IDENTITY_ID.eq(identityId)).orderBy(IDENTITY_LINK.POSITION).forEach(l -> {
            List<IdentityRow> targets = currentByNativeId(ctx, l.getTargetSource(), l.getTargetNativeId(), current);
            if (targets.isEmpty()) {
                // an alias may be the identity's own (an Entra service principal links to its registration by appId)
                targets = currentByAlias(ctx, l.getTargetSource(), l.getTargetNativeId(), current).stream()
                        .filter(t -> t.id() != identityId).toList();
            }
            links.add(new LinkView(l.getKind(), l.getTargetSource(), l.getTargetNativeId(), targets.isEmpty() ? null : targets.get(0)));
        });
        return links;
    }

    /** Current identities with this stable id, in one source or (null) any; one index probe per current snapshot. */
    static List<IdentityRow> currentByNativeId(DSLContext ctx, String source, String nativeId, CurrentSnapshots current) {
        List<Long> ids = current.ids(source);
        if (ids.isEmpty()) {
            return List.of();
        }
        return ctx.select(Inventory.ROW_FIELDS).from(IDENTITY)
                .where(IDENTITY.SNAPSHOT_ID.in(ids)).and(IDENTITY.NATIVE_ID.eq(nativeId))
                .orderBy(IDENTITY.SNAPSHOT_ID).fetch(r -> Inventory.row(r, current::sourceOf));
    }

    /** Current identities the source also knows by {@code alias} (a GCP service account's e-mail, an Entra client id). */
    static List<IdentityRow> currentByAlias(DSLContext ctx, String source, String alias, CurrentSnapshots current) {
        List<Long> ids = current.ids(source);
        if (ids.isEmpty()) {
            return List.of();
        }
        return ctx.select(Inventory.ROW_FIELDS).from(IDENTITY_ALIAS).join(IDENTITY).on(IDENTITY.ID.eq(IDENTITY_ALIAS.IDENTITY_ID))
                .where(IDENTITY_ALIAS.ALIAS.eq(alias)).and(IDENTITY.SNAPSHOT_ID.in(ids))
                .orderBy(IDENTITY.SNAPSHOT_ID).fetch(r -> Inventory.row(r, current::sourceOf));
    }

    private static List<IdentityRow> rows(DSLContext ctx, org.jooq.Condition where, String source) {
        return ctx.select(Inventory.ROW_FIELDS).from(IDENTITY).where(where).orderBy(IDENTITY.ID).fetch(r -> Inventory.row(r, id -> source));
    }

    /** The stable id in every snapshot of the series, oldest first, each compared with the one before. */
    static List<HistoryEntry> history(DSLContext ctx, String source, String importer, String nativeId) {
        List<HistoryEntry> out = new ArrayList<>();
        Long previousHash = null;
        boolean previousPresent = false;
        for (Record r : ctx.select(SNAPSHOT.ID, SNAPSHOT.FILE_NAME, SNAPSHOT.GENERATED_AT, SNAPSHOT.IMPORTED_AT, IDENTITY.ID,
                        IDENTITY.CONTENT_HASH)
                .from(SNAPSHOT).leftJoin(IDENTITY).on(IDENTITY.SNAPSHOT_ID.eq(SNAPSHOT.ID).and(IDENTITY.NATIVE_ID.eq(nativeId)))
                .where(SNAPSHOT.SOURCE.eq(source)).and(SNAPSHOT.IMPORTER_ID.eq(importer)).and(SNAPSHOT.LEDGER_SEQ.isNotNull())
                .orderBy(DSL.coalesce(SNAPSHOT.GENERATED_AT, SNAPSHOT.IMPORTED_AT).asc(), SNAPSHOT.ID.asc()).fetch()) {
            Long identity = r.get(IDENTITY.ID);
            Long hash = r.get(IDENTITY.CONTENT_HASH);
            ChangeType change;
            if (identity == null) {
                change = previousPresent ? ChangeType.REMOVED : null;
            } else if (!previousPresent) {
                change = ChangeType.ADDED;
            } else {
                change = hash.equals(previousHash) ? ChangeType.UNCHANGED : ChangeType.CHANGED;
            }
            if (change != null || identity != null) {
                out.add(new HistoryEntry(r.get(SNAPSHOT.ID), r.get(SNAPSHOT.FILE_NAME), Timestamps.parse(r.get(SNAPSHOT.GENERATED_AT)),
                        Timestamps.parse(r.get(SNAPSHOT.IMPORTED_AT)), identity, change));
            }
            previousPresent = identity != null;
            previousHash = hash;
        }
        return out;
    }

    private static <T> T json(String text, TypeReference<T> type) {
        if (text == null) {
            try {
                return CanonicalJson.MAPPER.readValue("{}", type);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return CanonicalJson.MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new InventoryException("identity attributes are not a JSON object: " + e.getOriginalMessage(), e);
        }
    }
}
