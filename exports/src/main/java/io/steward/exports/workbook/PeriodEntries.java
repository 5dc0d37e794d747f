package io.steward.exports.workbook;

import static io.steward.model.db.Tables.LEDGER_VIEW;

import io.steward.model.db.tables.records.LedgerViewRecord;
import io.steward.model.ledger.Ledger;
import io.steward.model.store.Store;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** Reads the ledger entries of a period up to a head, in pages by seq, for the Ledger sheet and the Summary. */
final class PeriodEntries {
    private static final int PAGE = 5_000;

    private final Store store;
    private final Condition inPeriod;

    PeriodEntries(Store store, Period period, long lastSeq) {
        this.store = store;
        // Entry times are fixed-width ISO text, so text order is time order.
        this.inPeriod = LEDGER_VIEW.TIME.between(Ledger.TIME.format(period.from()), Ledger.TIME.format(period.to()))
                .and(LEDGER_VIEW.SEQ.le(lastSeq));
    }

    long count() {
        return store.read(ctx -> ctx.fetchCount(LEDGER_VIEW, inPeriod));
    }

    /** Entries of the period per kind, most frequent first. */
    Map<String, Long> countsByKind() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        store.read(ctx -> ctx.select(LEDGER_VIEW.KIND, DSL.count()).from(LEDGER_VIEW).where(inPeriod)
                .groupBy(LEDGER_VIEW.KIND).orderBy(DSL.count().desc(), LEDGER_VIEW.KIND).fetch())
                .forEach(r -> out.put(r.value1(), r.value2().longValue()));
        return out;
    }

    /** Hands each entry of the period to {@code sink} in seq order; checks {@code cancelled} between pages. */
    void forEach(Consumer<LedgerViewRecord> sink, BooleanSupplier cancelled) {
        forEach(inPeriod, sink, cancelled);
    }

    /** The same, for the entries of the given kinds only. */
    void forEachOfKinds(List<String> kinds, Consumer<LedgerViewRecord> sink, BooleanSupplier cancelled) {
        forEach(inPeriod.and(LEDGER_VIEW.KIND.in(kinds)), sink, cancelled);
    }

    private void forEach(Condition condition, Consumer<LedgerViewRecord> sink, BooleanSupplier cancelled) {
        long after = 0;
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("workbook export cancelled");
            }
            long from = after;
            List<LedgerViewRecord> page = store.read(ctx -> ctx.selectFrom(LEDGER_VIEW)
                    .where(condition.and(LEDGER_VIEW.SEQ.gt(from))).orderBy(LEDGER_VIEW.SEQ).limit(PAGE).fetch());
            page.forEach(sink);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).getSeq();
        }
    }
}
