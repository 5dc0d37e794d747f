package io.steward.exports.workbook;

import io.steward.model.campaigns.CampaignItem;
import io.steward.model.campaigns.CampaignService;
import io.steward.model.campaigns.FrozenFinding;
import java.util.function.BooleanSupplier;

/**
 * Reads a campaign's items in item order, each with the hash of the ledger entry that made its decision.
 * Public so that the workbook benchmark's reference writer reads the same rows by the same query.
 */
public final class CampaignRowsReader {
    /** An item and the hash of its decision entry (null while undecided). */
    public record ItemRow(CampaignItem item, String decisionHash) {
    }

    @FunctionalInterface
    public interface Sink<T> {
        void accept(T row);
    }

    private final CampaignService campaigns;
    private final String campaign;

    public CampaignRowsReader(CampaignService campaigns, String campaign) {
        this.campaigns = campaigns;
        this.campaign = campaign;
    }

    public void items(Sink<ItemRow> sink, BooleanSupplier cancelled) {
        campaigns.items().forEachWithDecisionHash(campaign, false, (item, hash) -> sink.accept(new ItemRow(item, hash)), cancelled);
    }

    /** The revoked and reduced items, each with its decision entry's hash. */
    void remediation(Sink<ItemRow> sink, BooleanSupplier cancelled) {
        campaigns.items().forEachWithDecisionHash(campaign, true, (item, hash) -> sink.accept(new ItemRow(item, hash)), cancelled);
    }

    /** Every finding of every item as frozen when the campaign opened, in item order. */
    void findings(Sink<FrozenFinding> sink, BooleanSupplier cancelled) {
        campaigns.items().forEachFrozenFinding(campaign, sink::accept, cancelled);
    }
}
