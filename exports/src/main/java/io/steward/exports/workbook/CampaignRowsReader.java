package io.steward.exports.workbook;

import io.steward.model.campaigns.CampaignItem;
import io.steward.model.campaigns.CampaignService;
import io.steward.model.campaigns.FrozenFinding;
import io.steward.model.campaigns.ItemFilter;
import io.steward.model.ledger.EntryRows;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;

/**
 * Reads a campaign's items page by page, each with the hash of the ledger entry that made its decision.
 * Public so that the workbook benchmark's reference writer reads the same rows by the same query.
 */
public final class CampaignRowsReader {
    private static final int PAGE = 2_000;

    /** An item and the hash of its decision entry (null while undecided). */
    public record ItemRow(CampaignItem item, String decisionHash) {
    }

    @FunctionalInterface
    public interface Sink<T> {
        void accept(T row);
    }

    private final EntryRows ledgerRows;
    private final CampaignService campaigns;
    private final String campaign;

    public CampaignRowsReader(EntryRows ledgerRows, CampaignService campaigns, String campaign) {
        this.ledgerRows = ledgerRows;
        this.campaigns = campaigns;
        this.campaign = campaign;
    }

    public void items(Sink<ItemRow> sink, BooleanSupplier cancelled) {
        pages(after -> campaigns.items().page(campaign, ItemFilter.ALL, after, PAGE), sink, cancelled);
    }

    /** The revoked and reduced items, page by page, each with its decision entry's hash. */
    void remediation(Sink<ItemRow> sink, BooleanSupplier cancelled) {
        pages(after -> campaigns.items().remediationPage(campaign, after, PAGE), sink, cancelled);
    }

    /** Keyset pages of items after the last item number seen, with their decision hashes read a page at a time. */
    private void pages(LongFunction<List<CampaignItem>> fetch, Sink<ItemRow> sink, BooleanSupplier cancelled) {
        long after = 0;
        while (true) {
            check(cancelled);
            List<CampaignItem> page = fetch.apply(after);
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

    /** Every finding of every item as frozen when the campaign opened, in item order. */
    void findings(Sink<FrozenFinding> sink, BooleanSupplier cancelled) {
        campaigns.items().forEachFrozenFinding(campaign, PAGE, sink::accept, cancelled);
    }

    private Map<Long, String> hashes(List<Long> seqs) {
        return ledgerRows.hashesAt(seqs);
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("workbook export cancelled");
        }
    }
}
