package io.steward.model.campaigns;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads campaign and item rows; an unknown name or item is bad input (exit 3). */
final class CampaignRows {
    static final String ITEM_COLUMNS = "ci.id, ci.item_no, ci.identity_key, ci.name, ci.source, ci.kind, ci.owner, ci.reviewer,"
            + " ci.max_severity, ci.finding_rules, ci.recommendation, ci.recommendation_reason, ci.previous_decision,"
            + " ci.frozen_hash, ci.decision, ci.decision_seq, a.comment, a.remove, a.actor, a.at";
    static final String ITEM_FROM = " FROM campaign_item ci LEFT JOIN campaign_action a"
            + " ON a.item_id = ci.id AND a.seq = ci.decision_seq AND a.action = ci.decision";
    private static final String CAMPAIGN_SELECT = "SELECT c.*, (SELECT count(*) FROM campaign_item i WHERE i.campaign_id = c.id"
            + " AND i.decision IS NOT NULL) AS decided FROM campaign c";

    private CampaignRows() {
    }

    static Record campaign(DSLContext ctx, String name) {
        Record r = ctx.fetchOne(CAMPAIGN_SELECT + " WHERE c.name = ?", name == null ? "" : name.strip());
        if (r == null) {
            throw unknown(name);
        }
        return r;
    }

    /** The campaign's row id alone: unlike {@link #campaign}, it does not count the decided items (a scan of them all). */
    static long id(DSLContext ctx, String name) {
        Long id = ctx.fetchOptional("SELECT id FROM campaign WHERE name = ?", name == null ? "" : name.strip())
                .map(r -> r.get(0, Long.class)).orElse(null);
        if (id == null) {
            throw unknown(name);
        }
        return id;
    }

    private static UnknownCampaignException unknown(String name) {
        return new UnknownCampaignException("campaign " + name, "no campaign has this name; `steward campaign list` shows them");
    }

    static List<Campaign> all(DSLContext ctx) {
        return ctx.fetch(CAMPAIGN_SELECT + " ORDER BY c.id DESC").map(CampaignRows::toCampaign);
    }

    static Campaign toCampaign(Record r) {
        return new Campaign(r.get("id", Long.class), r.get("name", String.class), r.get("period", String.class),
                LocalDate.parse(r.get("due_date", String.class)), r.get("owner", String.class), r.get("scope", String.class),
                r.get("state", String.class), r.get("created_at", String.class), r.get("opened_at", String.class),
                r.get("closed_at", String.class), r.get("item_count", Long.class), r.get("decided", Long.class),
                r.get("items_hash", String.class));
    }

    static CampaignItem item(DSLContext ctx, String campaign, long itemNo) {
        long id = id(ctx, campaign);
        Record r = ctx.fetchOne("SELECT " + ITEM_COLUMNS + ITEM_FROM + " WHERE ci.campaign_id = ? AND ci.item_no = ?", id, itemNo);
        if (r == null) {
            throw new UnknownCampaignException("campaign " + campaign + ", item " + itemNo,
                    "no such item; `steward campaign items " + campaign + "` lists them");
        }
        return toItem(r);
    }

    static CampaignItem toItem(Record r) {
        return new CampaignItem(r.get(0, Long.class), r.get(1, Long.class), r.get(2, String.class), r.get(3, String.class),
                r.get(4, String.class), r.get(5, String.class), r.get(6, String.class), r.get(7, String.class),
                r.get(8, String.class), r.get(9, String.class), r.get(10, String.class), r.get(11, String.class),
                r.get(12, String.class), r.get(13, String.class), r.get(14, String.class), r.get(15, Long.class),
                r.get(16, String.class), r.get(17, String.class), r.get(18, String.class), r.get(19, String.class));
    }
}
