package io.steward.model.inventory;

import com.fasterxml.jackson.core.type.TypeReference;
import io.steward.model.json.CanonicalJson;
import io.steward.model.store.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

import static io.steward.model.db.Tables.ACCESS_GRANT;
import static io.steward.model.db.Tables.CREDENTIAL;
import static io.steward.model.db.Tables.IDENTITY;
import static io.steward.model.db.Tables.IDENTITY_LINK;
import static io.steward.model.db.Tables.SNAPSHOT;
import static io.steward.model.db.Tables.SNAPSHOT_FACET;

/**
 * Reads the inventory for the console and the CLI: pages (keyset or offset) sorted and filtered in SQL,
 * counts, facet counts, and the detail of one identity. Every call is one short read; nothing is sorted
 * or filtered in memory, so it stays fast with millions of identities. Thread-safe.
 */
public final class InventoryQuery {
    public static final int MAX_PAGE = 5_000;
    private static final Field<String> SOURCE = DSL.select(SNAPSHOT.SOURCE).from(SNAPSHOT)
            .where(SNAPSHOT.ID.eq(IDENTITY.SNAPSHOT_ID)).asField("source");
    private static final Field<Integer> CREDENTIALS = DSL.selectCount().from(CREDENTIAL)
            .where(CREDENTIAL.IDENTITY_ID.eq(IDENTITY.ID)).asField("credential_count");
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final Store store;

    public InventoryQuery(Store store) {
        this.store = store;
    }

    // ---------------------------------------------------------------- pages

    /**
     * The page after {@code after} ({@code null} = the first page) of at most {@code limit} rows. Keyset
     * paging: cost does not grow with the position. The cursor must come from the same sort.
     */
    public IdentityPage page(InventoryFilter filter, InventorySort sort, PageCursor after, int limit) {
        int n = checkLimit(limit);
        if (after != null && !after.sort().equals(sort)) {
            throw new IllegalArgumentException("the cursor belongs to another sort order");
        }
        return store.read(ctx -> {
            Field<Object> key = sortKey(sort.column());
            Condition base = where(filter);
            boolean desc = sort.descending();
            List<Record> rows = new ArrayList<>(n + 1);
            if (after == null) {
                rows.addAll(firstPage(ctx, filter, sort, n + 1).fetch());
            } else if (!desc && after.sortValue() == null) {
                rows.addAll(fetch(ctx, key, base.and(key.isNull()).and(IDENTITY.ID.gt(after.id())), n + 1, List.of(IDENTITY.ID.asc())));
                rows.addAll(fetch(ctx, key, base.and(key.isNotNull()), n + 1 - rows.size(), ordered(key, false)));
            } else if (!desc) {
                // key >= v is the range an index seeks to; the rest skips the ties already shown
                Field<Object> v = DSL.val(after.sortValue(), key);
                rows.addAll(fetch(ctx, key, base.and(key.ge(v)).and(key.gt(v).or(IDENTITY.ID.gt(after.id()))), n + 1, ordered(key, false)));
            } else if (after.sortValue() == null) {
                rows.addAll(fetch(ctx, key, base.and(key.isNull()).and(IDENTITY.ID.lt(after.id())), n + 1, List.of(IDENTITY.ID.desc())));
            } else {
                Field<Object> v = DSL.val(after.sortValue(), key);
                rows.addAll(fetch(ctx, key, base.and(key.le(v)).and(key.lt(v).or(IDENTITY.ID.lt(after.id()))), n + 1, ordered(key, true)));
                if (rows.size() <= n) {
                    rows.addAll(fetch(ctx, key, base.and(key.isNull()), n + 1 - rows.size(), List.of(IDENTITY.ID.desc())));
                }
            }
            PageCursor next = null;
            if (rows.size() > n) {
                rows = rows.subList(0, n);
                Record last = rows.get(n - 1);
                Object value = last.get("sort_key");
                next = new PageCursor(sort, value == null ? null : value.toString(), last.get(IDENTITY.ID));
            }
            return new IdentityPage(rows.stream().map(InventoryQuery::row).toList(), next);
        });
    }

    /** Offset paging, for jumping to a position (cost grows with the offset; prefer {@link #page} for scrolling). */
    public List<IdentityRow> pageAt(InventoryFilter filter, InventorySort sort, long offset, int limit) {
        int n = checkLimit(limit);
        return store.read(ctx -> ctx.select(columns(sortKey(sort.column()))).from(IDENTITY).where(where(filter))
                .orderBy(ordered(sortKey(sort.column()), sort.descending())).offset(offset).limit(n)
                .fetch(InventoryQuery::row));
    }

    /** Every row of the filter in sort order, a page at a time (for exports). */
    public void forEach(InventoryFilter filter, InventorySort sort, Consumer<IdentityRow> each) {
        PageCursor cursor = null;
        do {
            IdentityPage page = page(filter, sort, cursor, 1_000);
            page.rows().forEach(each);
            cursor = page.next();
        } while (cursor != null);
    }

    /**
     * Every row of the filter in sort order with its credentials and grants, a page of 1,000 at a time
     * (three queries a page, not one per identity): for {@code inventory --format json} over millions.
     */
    public void forEachWithChildren(InventoryFilter filter, InventorySort sort, Consumer<IdentityWithChildren> each) {
        PageCursor cursor = null;
        do {
            IdentityPage page = page(filter, sort, cursor, 1_000);
            List<Long> ids = page.rows().stream().map(IdentityRow::id).toList();
            Map<Long, List<CredentialRecord>> credentials = new HashMap<>();
            Map<Long, List<GrantRecord>> grants = new HashMap<>();
            store.read(ctx -> {
                ctx.selectFrom(CREDENTIAL).where(CREDENTIAL.IDENTITY_ID.in(ids)).orderBy(CREDENTIAL.IDENTITY_ID, CREDENTIAL.POSITION)
                        .forEach(c -> credentials.computeIfAbsent(c.getIdentityId(), k -> new ArrayList<>()).add(credential(c)));
                ctx.selectFrom(ACCESS_GRANT).where(ACCESS_GRANT.IDENTITY_ID.in(ids)).orderBy(ACCESS_GRANT.IDENTITY_ID, ACCESS_GRANT.POSITION)
                        .forEach(g -> grants.computeIfAbsent(g.getIdentityId(), k -> new ArrayList<>()).add(grant(g)));
                return null;
            });
            for (IdentityRow row : page.rows()) {
                each.accept(new IdentityWithChildren(row, credentials.getOrDefault(row.id(), List.of()),
                        grants.getOrDefault(row.id(), List.of())));
            }
            cursor = page.next();
        } while (cursor != null);
    }

    public long count(InventoryFilter filter) {
        if (filter.unfiltered() && filter.snapshotId() == null) {
            return new Snapshots(store).latest().stream().mapToLong(s -> s.counts().identities()).sum();
        }
        return store.read(ctx -> (long) ctx.fetchCount(IDENTITY, where(filter, false)));
    }

    /** The query of a first page; package-visible so a test can check that SQLite serves it from an index. */
    static org.jooq.ResultQuery<Record> firstPage(DSLContext ctx, InventoryFilter filter, InventorySort sort, int limit) {
        Field<Object> key = sortKey(sort.column());
        return ctx.select(columns(key)).from(IDENTITY).where(where(filter)).orderBy(ordered(key, sort.descending())).limit(limit);
    }

    /** The sort key is selected as "sort_key" so the last row of a page can become the cursor. */
    private static List<Record> fetch(DSLContext ctx, Field<Object> key, Condition where, int limit, List<? extends OrderField<?>> order) {
        if (limit <= 0) {
            return List.of();
        }
        return ctx.select(columns(key)).from(IDENTITY).where(where).orderBy(order).limit(limit).fetch();
    }

    private static List<SelectField<?>> columns(Field<?> sortKey) {
        List<SelectField<?>> c = new ArrayList<>(List.of(IDENTITY.ID, IDENTITY.SNAPSHOT_ID, SOURCE, IDENTITY.NATIVE_ID, IDENTITY.NAME,
                IDENTITY.KIND, IDENTITY.ENVIRONMENT, IDENTITY.OWNER_HINT, IDENTITY.ENABLED, IDENTITY.CREATED_AT, IDENTITY.LAST_USED_AT,
                IDENTITY.PARENT_ID, CREDENTIALS));
        c.add(sortKey.as("sort_key"));
        return c;
    }

    private static List<OrderField<?>> ordered(Field<Object> key, boolean desc) {
        return desc ? List.of(key.desc().nullsLast(), IDENTITY.ID.desc()) : List.of(key.asc().nullsFirst(), IDENTITY.ID.asc());
    }

    @SuppressWarnings("unchecked")
    static Field<Object> sortKey(InventorySort.Column column) {
        Field<?> f = switch (column) {
            case NAME -> IDENTITY.NAME_KEY;
            case LAST_USED -> IDENTITY.LAST_USED_AT;
            case CREATED -> IDENTITY.CREATED_AT;
            case KIND -> IDENTITY.KIND;
            case SOURCE -> SOURCE;
            case ENVIRONMENT -> IDENTITY.ENVIRONMENT;
            case OWNER -> IDENTITY.OWNER_HINT;
            case ENABLED -> IDENTITY.ENABLED;
        };
        return (Field<Object>) f;
    }

    private static int checkLimit(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("page size must be 1.." + MAX_PAGE);
        }
        return limit;
    }

    /** The filter as SQL for sorted pages: the literal {@code current = 1} lets SQLite use the partial indexes. */
    static Condition where(InventoryFilter f) {
        return where(f, true);
    }

    /**
     * The filter as SQL. For counts and facets ({@code sortedByIndex} false) the equivalent
     * {@code current IS NOT NULL} keeps SQLite from walking a partial index and looking up every row,
     * which is several times slower than reading the table straight through.
     */
    static Condition where(InventoryFilter f, boolean sortedByIndex) {
        Condition scope = sortedByIndex ? IDENTITY.CURRENT.eq(DSL.inline(1L)) : IDENTITY.CURRENT.isNotNull();
        Condition c = f.snapshotId() == null ? scope : IDENTITY.SNAPSHOT_ID.eq(f.snapshotId());
        if (f.text() != null) {
            String q = f.text().toLowerCase(Locale.ROOT);
            c = c.and(IDENTITY.NAME_KEY.contains(q).or(IDENTITY.NATIVE_ID.containsIgnoreCase(q))
                    .or(IDENTITY.OWNER_HINT.containsIgnoreCase(q)));
        }
        if (!f.sources().isEmpty()) {
            c = c.and(IDENTITY.SNAPSHOT_ID.in(DSL.select(SNAPSHOT.ID).from(SNAPSHOT).where(SNAPSHOT.SOURCE.in(f.sources()))));
        }
        c = c.and(inOrNull(IDENTITY.KIND, f.kinds()));
        c = c.and(inOrNull(IDENTITY.ENVIRONMENT, f.environments()));
        c = c.and(inOrNull(IDENTITY.OWNER_HINT, f.owners()));
        if (!f.enabled().isEmpty()) {
            Set<Long> values = new java.util.HashSet<>();
            f.enabled().forEach(b -> values.add(b == null ? null : b ? 1L : 0L));
            c = c.and(inOrNull(IDENTITY.ENABLED, values));
        }
        return c;
    }

    private static <T> Condition inOrNull(Field<T> field, Set<T> values) {
        if (values.isEmpty()) {
            return DSL.noCondition();
        }
        List<T> present = values.stream().filter(java.util.Objects::nonNull).toList();
        Condition c = present.isEmpty() ? DSL.falseCondition() : field.in(present);
        return values.contains(null) ? c.or(field.isNull()) : c;
    }

    static IdentityRow row(Record r) {
        Long enabled = r.get(IDENTITY.ENABLED);
        Integer creds = r.get(CREDENTIALS);
        return new IdentityRow(r.get(IDENTITY.ID), r.get(IDENTITY.SNAPSHOT_ID), r.get(SOURCE), r.get(IDENTITY.NATIVE_ID),
                r.get(IDENTITY.NAME), r.get(IDENTITY.KIND), r.get(IDENTITY.ENVIRONMENT), r.get(IDENTITY.OWNER_HINT),
                enabled == null ? null : enabled == 1, Timestamps.parse(r.get(IDENTITY.CREATED_AT)),
                Timestamps.parse(r.get(IDENTITY.LAST_USED_AT)), r.get(IDENTITY.PARENT_ID), creds == null ? 0 : creds);
    }

    // ---------------------------------------------------------------- facets

    /**
     * Counts per source, kind, environment, owner and enabled state of the identities the filter selects,
     * at most {@code maxValues} per facet (most frequent first). Without a filter they come from the counts
     * stored with each snapshot; with one, from one grouped scan.
     */
    public Facets facets(InventoryFilter filter, int maxValues) {
        if (filter.unfiltered() && filter.snapshotId() == null) {
            return storedFacets(maxValues);
        }
        return store.read(ctx -> {
            Map<String, Map<String, Long>> counts = new HashMap<>();
            Field<Integer> n = DSL.count();
            ctx.select(SOURCE, IDENTITY.KIND, IDENTITY.ENVIRONMENT, IDENTITY.OWNER_HINT, IDENTITY.ENABLED, n).from(IDENTITY)
                    .where(where(filter, false)).groupBy(IDENTITY.SNAPSHOT_ID, IDENTITY.KIND, IDENTITY.ENVIRONMENT, IDENTITY.OWNER_HINT,
                            IDENTITY.ENABLED)
                    .fetch().forEach(r -> {
                        long c = r.get(n);
                        add(counts, "source", r.get(SOURCE), c);
                        add(counts, FacetCounter.KIND, r.get(IDENTITY.KIND), c);
                        add(counts, FacetCounter.ENVIRONMENT, r.get(IDENTITY.ENVIRONMENT), c);
                        add(counts, FacetCounter.OWNER, r.get(IDENTITY.OWNER_HINT), c);
                        Long e = r.get(IDENTITY.ENABLED);
                        add(counts, FacetCounter.ENABLED, e == null ? null : e == 1 ? "true" : "false", c);
                    });
            return facets(counts, maxValues);
        });
    }

    private Facets storedFacets(int maxValues) {
        List<SnapshotInfo> latest = new Snapshots(store).latest();
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (SnapshotInfo s : latest) {
            add(counts, "source", s.source(), s.counts().identities());
        }
        List<Long> ids = latest.stream().map(SnapshotInfo::id).toList();
        store.read(ctx -> ctx.select(SNAPSHOT_FACET.FACET, SNAPSHOT_FACET.VALUE, SNAPSHOT_FACET.COUNT).from(SNAPSHOT_FACET)
                .where(SNAPSHOT_FACET.SNAPSHOT_ID.in(ids)).fetch())
                .forEach(r -> add(counts, r.value1(), r.value2(), r.value3()));
        return facets(counts, maxValues);
    }

    private static void add(Map<String, Map<String, Long>> counts, String facet, String value, long n) {
        counts.computeIfAbsent(facet, f -> new HashMap<>()).merge(value == null ? "\u0000" : value, n, Long::sum);
    }

    private static Facets facets(Map<String, Map<String, Long>> counts, int max) {
        return new Facets(top(counts.get("source"), max), top(counts.get(FacetCounter.KIND), max),
                top(counts.get(FacetCounter.ENVIRONMENT), max), top(counts.get(FacetCounter.OWNER), max),
                top(counts.get(FacetCounter.ENABLED), max));
    }

    private static List<FacetValue> top(Map<String, Long> values, int max) {
        if (values == null) {
            return List.of();
        }
        return values.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry::getKey))
                .limit(max).map(e -> new FacetValue("\u0000".equals(e.getKey()) ? null : e.getKey(), e.getValue())).toList();
    }

    // ---------------------------------------------------------------- detail

    public Optional<IdentityRow> row(long id) {
        return store.read(ctx -> ctx.select(columns(IDENTITY.ID)).from(IDENTITY).where(IDENTITY.ID.eq(id))
                .fetchOptional(InventoryQuery::row));
    }

    /** The identity with everything attached, or empty when there is no such id. */
    public Optional<IdentityDetail> detail(long id) {
        return store.read(ctx -> {
            Record r = ctx.select(columns(IDENTITY.ID)).select(IDENTITY.ATTRIBUTES, IDENTITY.TAGS).from(IDENTITY)
                    .where(IDENTITY.ID.eq(id)).fetchOne();
            if (r == null) {
                return Optional.empty();
            }
            IdentityRow row = row(r);
            SnapshotInfo snapshot = ctx.selectFrom(SNAPSHOT).where(SNAPSHOT.ID.eq(row.snapshotId())).fetchOne(Snapshots::info);
            IdentityRow parent = row.parentId() == null ? null : ctx.select(columns(IDENTITY.ID)).from(IDENTITY)
                    .where(IDENTITY.ID.eq(row.parentId())).fetchOne(InventoryQuery::row);
            List<IdentityRow> children = ctx.select(columns(IDENTITY.ID)).from(IDENTITY).where(IDENTITY.PARENT_ID.eq(id))
                    .orderBy(IDENTITY.ID).fetch(InventoryQuery::row);
            Map<String, String> tags = new LinkedHashMap<>();
            parse(r.get(IDENTITY.TAGS)).forEach((k, v) -> tags.put(k, String.valueOf(v)));
            return Optional.of(new IdentityDetail(row, snapshot, parse(r.get(IDENTITY.ATTRIBUTES)), tags, credentials(ctx, id),
                    grants(ctx, id), links(ctx, id), parent, children, history(ctx, row, snapshot)));
        });
    }

    static List<CredentialRecord> credentials(DSLContext ctx, long identityId) {
        return ctx.selectFrom(CREDENTIAL).where(CREDENTIAL.IDENTITY_ID.eq(identityId)).orderBy(CREDENTIAL.POSITION)
                .fetch(InventoryQuery::credential);
    }

    static List<GrantRecord> grants(DSLContext ctx, long identityId) {
        return ctx.selectFrom(ACCESS_GRANT).where(ACCESS_GRANT.IDENTITY_ID.eq(identityId)).orderBy(ACCESS_GRANT.POSITION)
                .fetch(InventoryQuery::grant);
    }

    private static CredentialRecord credential(io.steward.model.db.tables.records.CredentialRecord c) {
        return new CredentialRecord(c.getNativeId(), c.getMaskedId(), c.getKind(), c.getActive() == null ? null : c.getActive() == 1,
                Timestamps.parse(c.getCreatedAt()), Timestamps.parse(c.getLastRotatedAt()), Timestamps.parse(c.getLastUsedAt()),
                Timestamps.parse(c.getExpiresAt()));
    }

    private static GrantRecord grant(io.steward.model.db.tables.records.AccessGrantRecord g) {
        return new GrantRecord(g.getPrivilege(), g.getResource(), g.getVia(), g.getCondition());
    }

    private static List<IdentityDetail.Link> links(DSLContext ctx, long identityId) {
        List<IdentityDetail.Link> out = new ArrayList<>();
        for (var l : ctx.selectFrom(IDENTITY_LINK).where(IDENTITY_LINK.IDENTITY_ID.eq(identityId)).orderBy(IDENTITY_LINK.POSITION)) {
            Condition target = IDENTITY.NATIVE_ID.eq(l.getTargetNativeId()).and(IDENTITY.CURRENT.eq(DSL.inline(1L)));
            if (l.getTargetSource() != null) {
                target = target.and(IDENTITY.SNAPSHOT_ID.in(DSL.select(SNAPSHOT.ID).from(SNAPSHOT)
                        .where(SNAPSHOT.SOURCE.eq(l.getTargetSource()))));
            }
            Record t = ctx.select(IDENTITY.ID, IDENTITY.NAME).from(IDENTITY).where(target).orderBy(IDENTITY.ID.desc()).limit(1).fetchOne();
            out.add(new IdentityDetail.Link(l.getKind(), l.getTargetSource(), l.getTargetNativeId(),
                    t == null ? null : t.get(IDENTITY.ID), t == null ? null : t.get(IDENTITY.NAME)));
        }
        return out;
    }

    /** The same native id in every snapshot of the series, oldest first. */
    private static List<IdentityDetail.HistoryEntry> history(DSLContext ctx, IdentityRow row, SnapshotInfo snapshot) {
        var i = IDENTITY.as("h");
        List<IdentityDetail.HistoryEntry> out = new ArrayList<>();
        Long previousHash = null;
        for (Record r : ctx.select(SNAPSHOT.ID, SNAPSHOT.GENERATED_AT, SNAPSHOT.IMPORTED_AT, SNAPSHOT.FILE_NAME, i.ID, i.ENABLED,
                        i.LAST_USED_AT, i.CONTENT_HASH)
                .from(SNAPSHOT).leftJoin(i).on(i.SNAPSHOT_ID.eq(SNAPSHOT.ID).and(i.NATIVE_ID.eq(row.nativeId())))
                .where(SNAPSHOT.SOURCE.eq(snapshot.source()).and(SNAPSHOT.IMPORTER_ID.eq(snapshot.importerId()))
                        .and(Snapshots.complete()))
                .orderBy(SeriesFlags.asOf(), SNAPSHOT.ID).fetch()) {
            Long hash = r.get(i.CONTENT_HASH);
            Long enabled = r.get(i.ENABLED);
            boolean changed = hash != null && previousHash != null && !hash.equals(previousHash);
            out.add(new IdentityDetail.HistoryEntry(r.get(SNAPSHOT.ID),
                    Timestamps.parse(r.get(SNAPSHOT.GENERATED_AT) != null ? r.get(SNAPSHOT.GENERATED_AT) : r.get(SNAPSHOT.IMPORTED_AT)),
                    r.get(SNAPSHOT.FILE_NAME), r.get(i.ID), enabled == null ? null : enabled == 1,
                    Timestamps.parse(r.get(i.LAST_USED_AT)), changed));
            if (hash != null) {
                previousHash = hash;
            }
        }
        return out;
    }

    static Map<String, Object> parse(String json) {
        if (json == null || json.isEmpty()) {
            return Map.of();
        }
        try {
            return CanonicalJson.MAPPER.readValue(json, MAP);
        } catch (IOException e) {
            throw new InventoryException("stored attributes are not valid JSON: " + e.getMessage(), e);
        }
    }
}
