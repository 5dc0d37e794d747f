package io.steward.exports.workbook;

import static io.steward.model.db.Tables.LEDGER_VIEW;

import io.steward.model.json.CanonicalJson;
import io.steward.model.ledger.Checkpoint;
import io.steward.model.store.Store;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads what the Evidence sheet shows from the ledger: every checkpoint entry up to a head. */
final class Evidence {
    private Evidence() {
    }

    static List<Checkpoint> checkpoints(Store store, long lastSeq) {
        return store.read(ctx -> ctx.select(LEDGER_VIEW.PAYLOAD).from(LEDGER_VIEW)
                .where(LEDGER_VIEW.KIND.eq(Checkpoint.ENTRY_KIND).and(LEDGER_VIEW.SEQ.le(lastSeq)))
                .orderBy(LEDGER_VIEW.SEQ).fetch(r -> Checkpoint.fromJson(CanonicalJson.parse(r.value1().getBytes(StandardCharsets.UTF_8)))));
    }
}
