package io.steward.model.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steward.model.json.CanonicalJson;
import io.steward.model.store.Store;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Optional;
import org.jooq.DSLContext;

import static io.steward.model.db.Tables.LEDGER_ENTRY;
import static io.steward.model.db.Tables.LEDGER_VIEW;

/**
 * Appends to and reads the hash-chained ledger. Appends read the head inside the caller's
 * IMMEDIATE write transaction, so concurrent writers (threads or processes) form one straight chain.
 */
public final class Ledger {
    private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);
    /** Fixed-width UTC timestamps so the canonical body never varies with the fraction. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Store store;
    private final Clock clock;
    private final List<Consumer<LedgerChanged>> listeners = new CopyOnWriteArrayList<>();

    public Ledger(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Store store() {
        return store;
    }

    /** Appends one entry in its own transaction. */
    public <P extends Record> LedgerEntry append(String actor, EntryKind<P> kind, String subject, P payload) {
        return store.write(tx -> append(tx, actor, kind, subject, payload));
    }

    /**
     * Appends one entry inside the caller's write transaction (see {@link Store#write}), so the entry and
     * the projection it updates commit or roll back together: one state change, one append.
     */
    public <P extends Record> LedgerEntry append(DSLContext tx, String actor, EntryKind<P> kind, String subject, P payload) {
        if (payload == null) {
            throw new IllegalArgumentException("a " + kind.name() + " entry needs its payload");
        }
        LedgerEntry entry = write(tx, actor, kind.name(), subject, payload);
        // The transaction's own context carries its batch, so a rolled-back one leaves nothing behind.
        @SuppressWarnings("unchecked")
        List<LedgerEntry> pending = (List<LedgerEntry>) tx.data(this);
        if (pending == null) {
            List<LedgerEntry> batch = new ArrayList<>();
            tx.data(this, batch);
            store.afterCommit(() -> announce(new LedgerChanged(batch)));
            pending = batch;
        }
        pending.add(entry);
        return entry;
    }

    /**
     * Calls {@code listener} after every committed write transaction of this process that appended
     * entries through this ledger, on the thread that committed. Returns what removes it again.
     */
    public Runnable onChanged(Consumer<LedgerChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void announce(LedgerChanged change) {
        for (Consumer<LedgerChanged> l : listeners) {
            try {
                l.accept(change);
            } catch (RuntimeException e) {
                LOG.warn("A ledger listener failed after entries {}..{}: {}", change.first(), change.last(), e.toString(), e);
            }
        }
    }

    private LedgerEntry write(DSLContext tx, String actor, String kind, String subject, Object payload) {
        requireText(actor, "actor");
        requireText(kind, "kind");
        org.jooq.Record head = tx.select(LEDGER_ENTRY.SEQ, LEDGER_ENTRY.HASH).from(LEDGER_ENTRY)
                .orderBy(LEDGER_ENTRY.SEQ.desc()).limit(1).fetchOne();
        long seq = head == null ? 1 : head.get(LEDGER_ENTRY.SEQ) + 1;
        byte[] prev = head == null ? Hashes.GENESIS : head.get(LEDGER_ENTRY.HASH);
        Instant time = clock.instant();
        JsonNode payloadNode = CanonicalJson.tree(payload);
        ObjectNode body = CanonicalJson.MAPPER.createObjectNode();
        body.put("seq", seq);
        body.put("time", TIME.format(time));
        body.put("actor", actor);
        body.put("kind", kind);
        body.put("subject", subject == null ? "" : subject);
        body.set("payload", payloadNode);
        byte[] bodyBytes = CanonicalJson.bytes(body);
        MessageDigest digest = Hashes.sha256();
        byte[] hash = Hashes.entryHash(digest, prev, bodyBytes);
        tx.insertInto(LEDGER_ENTRY, LEDGER_ENTRY.SEQ, LEDGER_ENTRY.BODY, LEDGER_ENTRY.PREV_HASH, LEDGER_ENTRY.HASH)
                .values(seq, new String(bodyBytes, StandardCharsets.UTF_8), prev, hash)
                .execute();
        return new LedgerEntry(seq, Instant.parse(TIME.format(time)), actor, kind, body.get("subject").textValue(),
                payloadNode, Hashes.hex(prev), Hashes.hex(hash));
    }

    /** The newest entry, if any. */
    public Optional<LedgerEntry> head() {
        return store.read(ctx -> ctx.selectFrom(LEDGER_VIEW).orderBy(LEDGER_VIEW.SEQ.desc()).limit(1)
                .fetchOptional().map(Ledger::toEntry));
    }

    public long size() {
        return store.read(ctx -> {
            Long max = ctx.select(org.jooq.impl.DSL.max(LEDGER_ENTRY.SEQ)).from(LEDGER_ENTRY).fetchOne(0, Long.class);
            return max == null ? 0L : max;
        });
    }

    public Optional<LedgerEntry> entry(long seq) {
        return store.read(ctx -> ctx.selectFrom(LEDGER_VIEW).where(LEDGER_VIEW.SEQ.eq(seq)).fetchOptional().map(Ledger::toEntry));
    }

    /**
     * Keyset paging: up to {@code limit} entries after (ascending) or before (descending) {@code fromSeq};
     * pass 0 (ascending) or {@code Long.MAX_VALUE} (descending) for the first page.
     */
    public List<LedgerEntry> page(long fromSeq, int limit, boolean descending, String kindFilter) {
        return store.read(ctx -> {
            var condition = descending ? LEDGER_VIEW.SEQ.lt(fromSeq) : LEDGER_VIEW.SEQ.gt(fromSeq);
            if (kindFilter != null && !kindFilter.isBlank()) {
                condition = condition.and(LEDGER_VIEW.KIND.eq(kindFilter));
            }
            return ctx.selectFrom(LEDGER_VIEW).where(condition)
                    .orderBy(descending ? LEDGER_VIEW.SEQ.desc() : LEDGER_VIEW.SEQ.asc())
                    .limit(limit).fetch(Ledger::toEntry);
        });
    }

    private static LedgerEntry toEntry(io.steward.model.db.tables.records.LedgerViewRecord r) {
        JsonNode payload = r.getPayload() == null ? CanonicalJson.MAPPER.nullNode()
                : CanonicalJson.parse(r.getPayload().getBytes(StandardCharsets.UTF_8));
        return new LedgerEntry(r.getSeq(), r.getTime() == null ? null : Instant.parse(r.getTime()), r.getActor(), r.getKind(),
                r.getSubject(), payload, r.getPrevHashHex(), r.getHashHex());
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a ledger entry needs a non-empty " + what);
        }
    }
}
