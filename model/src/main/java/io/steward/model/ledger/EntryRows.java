package io.steward.model.ledger;

import static io.steward.model.db.Tables.LEDGER_ENTRY;
import static io.steward.model.db.Tables.LEDGER_VIEW;

import io.steward.model.json.CanonicalJson;
import io.steward.model.store.Store;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record7;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;

/**
 * Ledger entries as rows, for exports and for checking an export against the ledger: a period's entries streamed
 * in pages by seq (a million-entry period is never held in memory), the entries and hashes at given seqs, and the
 * checkpoint entries up to a head.
 */
public final class EntryRows {
    private static final int PAGE = 5_000;

    private final Store store;

    public EntryRows(Store store) {
        this.store = store;
    }

    /** The id of this ledger, which its checkpoints name. */
    public String ledgerId() {
        return store.ledgerId();
    }

    /** The seq of the newest entry (0 for an empty ledger). */
    public long headSeq() {
        return store.read(ctx -> Optional.ofNullable(ctx.select(DSL.max(LEDGER_ENTRY.SEQ)).from(LEDGER_ENTRY).fetchOne(0, Long.class))
                .orElse(0L));
    }

    /** The hash (hex) of entry {@code seq}; seq 0 is the genesis hash; empty when the ledger has no such entry. */
    public Optional<String> hashAt(long seq) {
        if (seq == 0) {
            return Optional.of(Hashes.hex(Hashes.GENESIS));
        }
        return store.read(ctx -> ctx.select(LEDGER_ENTRY.HASH).from(LEDGER_ENTRY).where(LEDGER_ENTRY.SEQ.eq(seq))
                .fetchOptional(LEDGER_ENTRY.HASH).map(Hashes::hex));
    }

    /** The hashes (hex) of those of {@code seqs} the ledger has. */
    public Map<Long, String> hashesAt(Collection<Long> seqs) {
        Map<Long, String> out = new HashMap<>();
        if (!seqs.isEmpty()) {
            store.read(ctx -> ctx.select(LEDGER_ENTRY.SEQ, LEDGER_ENTRY.HASH).from(LEDGER_ENTRY).where(LEDGER_ENTRY.SEQ.in(seqs)).fetch())
                    .forEach(r -> out.put(r.value1(), Hashes.hex(r.value2())));
        }
        return out;
    }

    /** Those of {@code seqs} the ledger has, as rows. */
    public Map<Long, EntryRow> rowsAt(Collection<Long> seqs) {
        Map<Long, EntryRow> out = new HashMap<>();
        if (!seqs.isEmpty()) {
            store.read(ctx -> rows(ctx, LEDGER_VIEW.SEQ.in(seqs)).fetch(EntryRows::row))
                    .forEach(r -> out.put(r.seq(), r));
        }
        return out;
    }

    /** Every checkpoint entry up to {@code lastSeq}, in seq order. */
    public List<Checkpoint> checkpoints(long lastSeq) {
        return store.read(ctx -> ctx.select(LEDGER_VIEW.PAYLOAD).from(LEDGER_VIEW)
                .where(LEDGER_VIEW.KIND.eq(Checkpoint.ENTRY_KIND).and(LEDGER_VIEW.SEQ.le(lastSeq)))
                .orderBy(LEDGER_VIEW.SEQ).fetch(r -> Checkpoint.fromJson(CanonicalJson.parse(r.value1().getBytes(StandardCharsets.UTF_8)))));
    }

    /** The entries whose time lies in {@code [from, to]}, up to entry {@code lastSeq}. */
    public Period period(Instant from, Instant to, long lastSeq) {
        return new Period(Ledger.TIME.format(from), Ledger.TIME.format(to), lastSeq);
    }

    /**
     * The entries of a period, handed out a page at a time. Which entries belong to it, and their kinds, is read once
     * (an entry's time is the last field of its body, so finding it parses the whole body, and a campaign's decision
     * entries run to megabytes); counts come from that index, and pages are read by seq.
     */
    public final class Period {
        private final String from;
        private final String to;
        private final long lastSeq;
        private PeriodIndex index;

        private Period(String from, String to, long lastSeq) {
            this.from = from;
            this.to = to;
            this.lastSeq = lastSeq;
        }

        public long count() {
            return index().count();
        }

        /** Entries of the period per kind, most frequent first (then by kind). */
        public Map<String, Long> countsByKind() {
            return index().countsByKind();
        }

        /** Hands each entry of the period to {@code sink} in seq order; checks {@code cancelled} between pages. */
        public void forEach(Consumer<EntryRow> sink, BooleanSupplier cancelled) {
            forEach(index().seqs(null), sink, cancelled);
        }

        /** The same, for the entries of the given kinds only. */
        public void forEachOfKinds(List<String> kinds, Consumer<EntryRow> sink, BooleanSupplier cancelled) {
            forEach(index().seqs(kinds), sink, cancelled);
        }

        private void forEach(PeriodIndex.Seqs seqs, Consumer<EntryRow> sink, BooleanSupplier cancelled) {
            for (List<Long> page; !(page = seqs.next(PAGE)).isEmpty(); ) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("cancelled while reading the ledger entries of a period");
                }
                List<Long> inPage = page;
                store.read(ctx -> rows(ctx, LEDGER_VIEW.SEQ.in(inPage)).orderBy(LEDGER_VIEW.SEQ).fetch(EntryRows::row)).forEach(sink);
            }
        }

        private PeriodIndex index() {
            if (index == null) {
                // Entry times are fixed-width ISO text, so text order is time order.
                index = store.read(ctx -> PeriodIndex.read(ctx.select(LEDGER_VIEW.SEQ, LEDGER_VIEW.KIND).from(LEDGER_VIEW)
                        .where(LEDGER_VIEW.SEQ.le(lastSeq).and(LEDGER_VIEW.TIME.between(from, to))).orderBy(LEDGER_VIEW.SEQ)
                        .fetchLazy()));
            }
            return index;
        }
    }

    private static SelectConditionStep<Record7<Long, String, String, String, String, String, String>> rows(DSLContext ctx, Condition where) {
        return ctx.select(LEDGER_VIEW.SEQ, LEDGER_VIEW.TIME, LEDGER_VIEW.ACTOR, LEDGER_VIEW.KIND, LEDGER_VIEW.SUBJECT, LEDGER_VIEW.PAYLOAD,
                LEDGER_VIEW.HASH_HEX).from(LEDGER_VIEW).where(where);
    }

    private static EntryRow row(Record7<Long, String, String, String, String, String, String> r) {
        return new EntryRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7());
    }
}
