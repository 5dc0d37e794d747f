package io.steward.model.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steward.model.json.CanonicalJson;
import io.steward.model.store.Store;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;
import java.util.Optional;
import org.jooq.DSLContext;

import static io.steward.model.db.Tables.LEDGER_ENTRY;

/**
 * Appends to and reads the hash-chained ledger. Appends read the head inside the caller's
 * IMMEDIATE write transaction, so concurrent writers (threads or processes) form one straight chain.
 */
public final class Ledger {
    /** The kind shown for an entry whose stored body is not JSON (verification names it). */
    public static final String UNREADABLE_KIND = "(unreadable body)";
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
        pending(tx).add(entry);
        return entry;
    }

    /** The entries this transaction appended so far; the transaction's own context carries them, so a rollback drops them. */
    private List<LedgerEntry> pending(DSLContext tx) {
        @SuppressWarnings("unchecked")
        List<LedgerEntry> pending = (List<LedgerEntry>) tx.data(this);
        if (pending == null) {
            List<LedgerEntry> batch = new ArrayList<>();
            tx.data(this, batch);
            store.afterCommit(() -> announce(new LedgerChanged(batch)));
            pending = batch;
        }
        return pending;
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
                // the logger is asked for here, not held in a static field: starting the logging costs every command
                LoggerFactory.getLogger(Ledger.class).warn("A ledger listener failed after entries {}..{}: {}", change.first(), change.last(), e.toString(), e);
            }
        }
    }

    private LedgerEntry write(DSLContext tx, String actor, String kind, String subject, Object payload) {
        org.jooq.Record head = tx.select(LEDGER_ENTRY.SEQ, LEDGER_ENTRY.HASH).from(LEDGER_ENTRY)
                .orderBy(LEDGER_ENTRY.SEQ.desc()).limit(1).fetchOne();
        long seq = head == null ? 1 : head.get(LEDGER_ENTRY.SEQ) + 1;
        byte[] prev = head == null ? Hashes.GENESIS : head.get(LEDGER_ENTRY.HASH);
        Sealed sealed = seal(seq, prev, actor, kind, subject, payload, Hashes.sha256());
        tx.insertInto(LEDGER_ENTRY, LEDGER_ENTRY.SEQ, LEDGER_ENTRY.BODY, LEDGER_ENTRY.PREV_HASH, LEDGER_ENTRY.HASH)
                .values(seq, sealed.body(), prev, sealed.hash())
                .execute();
        return sealed.entry();
    }

    /** One entry ready to store: its canonical body, its hash over the previous hash and the body, and what it says. */
    private record Sealed(String body, byte[] hash, LedgerEntry entry) {
    }

    /** Builds the canonical body of entry {@code seq} and chains it to {@code prev}: the one place entries are hashed. */
    private Sealed seal(long seq, byte[] prev, String actor, String kind, String subject, Object payload, MessageDigest digest) {
        requireText(kind, "kind");
        String who = ActorNames.normalise(actor);
        Instant time = clock.instant();
        String stamp = TIME.format(time);
        JsonNode payloadNode = CanonicalJson.tree(payload);
        ObjectNode body = CanonicalJson.MAPPER.createObjectNode();
        body.put("seq", seq);
        body.put("time", stamp);
        body.put("actor", who);
        body.put("kind", kind);
        body.put("subject", subject == null ? "" : subject);
        body.set("payload", payloadNode);
        byte[] bodyBytes = CanonicalJson.bytes(body);
        byte[] hash = Hashes.entryHash(digest, prev, bodyBytes);
        return new Sealed(new String(bodyBytes, StandardCharsets.UTF_8), hash, new LedgerEntry(seq, Instant.parse(stamp), who, kind,
                body.get("subject").textValue(), payloadNode, Hashes.hex(prev), Hashes.hex(hash)));
    }

    /**
     * A run of appends inside the caller's write transaction (e.g. one entry per identity of a bulk assignment): the head
     * is read once and one prepared statement is reused, so each entry costs its canonical JSON, its hash and one insert.
     * The entries are exactly those {@link #append(DSLContext, String, EntryKind, String, Record)} would write. Close it
     * before appending to this ledger in another way within the same transaction.
     */
    public Appender appender(DSLContext tx) {
        return new Appender(tx);
    }

    /** See {@link #appender}. */
    public final class Appender implements AutoCloseable {
        private final DSLContext tx;
        private final PreparedStatement insert;
        private final MessageDigest digest = Hashes.sha256();
        private long seq;
        private byte[] prev;

        private Appender(DSLContext tx) {
            this.tx = tx;
            org.jooq.Record head = tx.select(LEDGER_ENTRY.SEQ, LEDGER_ENTRY.HASH).from(LEDGER_ENTRY)
                    .orderBy(LEDGER_ENTRY.SEQ.desc()).limit(1).fetchOne();
            this.seq = head == null ? 0 : head.get(LEDGER_ENTRY.SEQ);
            this.prev = head == null ? Hashes.GENESIS : head.get(LEDGER_ENTRY.HASH);
            try {
                this.insert = tx.configuration().connectionProvider().acquire()
                        .prepareStatement("INSERT INTO ledger_entry (seq, body, prev_hash, hash) VALUES (?, ?, ?, ?)");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot prepare the ledger append: " + e.getMessage(), e);
            }
        }

        public <P extends Record> LedgerEntry append(String actor, EntryKind<P> kind, String subject, P payload) {
            if (payload == null) {
                throw new IllegalArgumentException("a " + kind.name() + " entry needs its payload");
            }
            Sealed sealed = seal(seq + 1, prev, actor, kind.name(), subject, payload, digest);
            try {
                insert.setLong(1, seq + 1);
                insert.setString(2, sealed.body());
                insert.setBytes(3, prev);
                insert.setBytes(4, sealed.hash());
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new org.jooq.exception.DataAccessException("ledger append failed: " + e.getMessage(), e);
            }
            seq++;
            prev = sealed.hash();
            pending(tx).add(sealed.entry());
            return sealed.entry();
        }

        @Override
        public void close() {
            try {
                insert.close();
            } catch (SQLException ignored) {
                // closing a statement of a live connection: nothing left to release
            }
        }
    }

    /** The newest entry, if any. */
    public Optional<LedgerEntry> head() {
        return store.read(ctx -> ctx.select(LEDGER_ENTRY.SEQ, LEDGER_ENTRY.BODY, LEDGER_ENTRY.PREV_HASH, LEDGER_ENTRY.HASH)
                .from(LEDGER_ENTRY).orderBy(LEDGER_ENTRY.SEQ.desc()).limit(1).fetchOptional().map(Ledger::toEntry));
    }

    public long size() {
        return store.read(ctx -> {
            Long max = ctx.select(org.jooq.impl.DSL.max(LEDGER_ENTRY.SEQ)).from(LEDGER_ENTRY).fetchOne(0, Long.class);
            return max == null ? 0L : max;
        });
    }

    public Optional<LedgerEntry> entry(long seq) {
        return store.read(ctx -> ctx.select(LEDGER_ENTRY.SEQ, LEDGER_ENTRY.BODY, LEDGER_ENTRY.PREV_HASH, LEDGER_ENTRY.HASH)
                .from(LEDGER_ENTRY).where(LEDGER_ENTRY.SEQ.eq(seq)).fetchOptional().map(Ledger::toEntry));
    }

    /**
     * Keyset paging: up to {@code limit} entries after (ascending) or before (descending) {@code fromSeq};
     * pass 0 (ascending) or {@code Long.MAX_VALUE} (descending) for the first page. Reads the table itself, never
     * {@code ledger_view}: a redefined view must not change what is shown (the kind filter is applied to the
     * parsed body, after the fact, so the SQL filter is only a pre-selection).
     */
    public List<LedgerEntry> page(long fromSeq, int limit, boolean descending, String kindFilter) {
        return store.read(ctx -> {
            var condition = descending ? LEDGER_ENTRY.SEQ.lt(fromSeq) : LEDGER_ENTRY.SEQ.gt(fromSeq);
            boolean filtered = kindFilter != null && !kindFilter.isBlank();
            if (filtered) {
                condition = condition.and(LEDGER_ENTRY.BODY.contains("\"kind\":" + CanonicalJson.string(
                        CanonicalJson.MAPPER.getNodeFactory().textNode(kindFilter))));
            }
            List<LedgerEntry> out = new java.util.ArrayList<>();
            long cursor = fromSeq;
            while (out.size() < limit) {
                var cond = descending ? LEDGER_ENTRY.SEQ.lt(cursor) : LEDGER_ENTRY.SEQ.gt(cursor);
                if (filtered) {
                    cond = cond.and(condition);
                }
                List<LedgerEntry> batch = ctx.select(LEDGER_ENTRY.SEQ, LEDGER_ENTRY.BODY, LEDGER_ENTRY.PREV_HASH, LEDGER_ENTRY.HASH)
                        .from(LEDGER_ENTRY).where(cond)
                        .orderBy(descending ? LEDGER_ENTRY.SEQ.desc() : LEDGER_ENTRY.SEQ.asc())
                        .limit(limit).fetch(Ledger::toEntry);
                if (batch.isEmpty()) {
                    break;
                }
                for (LedgerEntry e : batch) {
                    if ((!filtered || kindFilter.equals(e.kind())) && out.size() < limit) {
                        out.add(e);
                    }
                }
                cursor = batch.get(batch.size() - 1).seq();
            }
            return out;
        });
    }

    /** One stored row as an entry, every field read out of the hashed body; an unreadable body shows as such. */
    private static LedgerEntry toEntry(org.jooq.Record r) {
        long seq = r.get(LEDGER_ENTRY.SEQ);
        String prev = Hashes.hex(r.get(LEDGER_ENTRY.PREV_HASH));
        String hash = Hashes.hex(r.get(LEDGER_ENTRY.HASH));
        JsonNode body;
        try {
            body = CanonicalJson.parse(r.get(LEDGER_ENTRY.BODY).getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            return new LedgerEntry(seq, null, "", UNREADABLE_KIND, "", CanonicalJson.MAPPER.nullNode(), prev, hash);
        }
        Instant time;
        try {
            time = body.hasNonNull("time") ? Instant.parse(body.get("time").asText()) : null;
        } catch (java.time.format.DateTimeParseException e) {
            time = null;
        }
        JsonNode payload = body.has("payload") ? body.get("payload") : CanonicalJson.MAPPER.nullNode();
        return new LedgerEntry(seq, time, text(body, "actor"), text(body, "kind"), text(body, "subject"), payload, prev, hash);
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? "" : n.asText();
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a ledger entry needs a non-empty " + what);
        }
    }
}
