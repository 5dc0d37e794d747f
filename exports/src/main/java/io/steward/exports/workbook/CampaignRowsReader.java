package io.steward.exports.workbook;

import static io.steward.model.db.Tables.LEDGER_ENTRY;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.campaigns.CampaignItem;
import io.steward.model.campaigns.CampaignService;
import io.steward.model.campaigns.ItemFilter;
import io.steward.model.json.CanonicalJson;
import io.steward.model.ledger.Hashes;
import io.steward.model.store.Store;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** Reads a campaign's items page by page, each with the hash of the ledger entry that made its decision. */
final class CampaignRowsReader {
    private static final int PAGE = 2_000;

    /** An item and the hash of its decision entry (null while undecided). */
    record ItemRow(CampaignItem item, String decisionHash) {
    }

    /** One finding an item had when frozen. */
    record FrozenFinding(long itemNo, String identity, String name, String owner, String decision, String rule, String severity) {
    }

    @FunctionalInterface
    interface Sink<T> {
        void accept(T row);
    }

    private final Store store;
    private final CampaignService campaigns;
    private final String campaign;

    CampaignRowsReader(Store store, CampaignService campaigns, String campaign) {
        this.store = store;
        this.campaigns = campaigns;
        this.campaign = campaign;
    }

    void items(Sink<ItemRow> sink, BooleanSupplier cancelled) {
        long after = 0;
        while (true) {
            check(cancelled);
            List<CampaignItem> page = campaigns.items().page(campaign, ItemFilter.ALL, after, PAGE);
            Map<Long, String> hashes = hashes(page.stream().map(CampaignItem::decisionSeq).filter(Objects::nonNull).distinct().toList());
            for (CampaignItem i : page) {
                sink.accept(new ItemRow(i, i.decisionSeq() == null ? null : hashes.get(i.decisionSeq())));
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).itemNo();
        }
    }

    void remediation(Sink<ItemRow> sink) {
        List<CampaignItem> items = campaigns.items().remediation(campaign);
        for (int from = 0; from < items.size(); from += PAGE) {
            List<CampaignItem> page = items.subList(from, Math.min(items.size(), from + PAGE));
            Map<Long, String> hashes = hashes(page.stream().map(CampaignItem::decisionSeq).filter(Objects::nonNull).distinct().toList());
            page.forEach(i -> sink.accept(new ItemRow(i, hashes.get(i.decisionSeq()))));
        }
    }

    /** Every finding of every item as frozen when the campaign opened, in item order. */
    void findings(Sink<FrozenFinding> sink, BooleanSupplier cancelled) {
        long id = campaigns.campaign(campaign).id();
        long after = 0;
        while (true) {
            check(cancelled);
            long from = after;
            var page = store.read(ctx -> ctx.fetch("SELECT item_no, identity_key, name, owner, decision, frozen FROM campaign_item"
                    + " WHERE campaign_id = ? AND finding_rules IS NOT NULL AND item_no > ? ORDER BY item_no LIMIT ?", id, from, PAGE));
            for (var r : page) {
                JsonNode frozen = CanonicalJson.parse(r.get(5, String.class).getBytes(StandardCharsets.UTF_8));
                for (JsonNode f : frozen.path("findings")) {
                    sink.accept(new FrozenFinding(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class), r.get(3, String.class),
                            r.get(4, String.class), f.path("rule").asText(), f.path("severity").asText()));
                }
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).get(0, Long.class);
        }
    }

    private Map<Long, String> hashes(List<Long> seqs) {
        Map<Long, String> out = new HashMap<>();
        if (!seqs.isEmpty()) {
            store.read(ctx -> ctx.select(LEDGER_ENTRY.SEQ, LEDGER_ENTRY.HASH).from(LEDGER_ENTRY).where(LEDGER_ENTRY.SEQ.in(seqs)).fetch())
                    .forEach(r -> out.put(r.value1(), Hashes.hex(r.value2())));
        }
        return out;
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("workbook export cancelled");
        }
    }
}
