package io.steward.model.campaigns;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.BadInputException;
import io.steward.model.campaigns.CampaignEntries.Decided;
import io.steward.model.campaigns.CampaignEntries.DecidedItem;
import io.steward.model.campaigns.CampaignEntries.Delegated;
import io.steward.model.campaigns.CampaignEntries.DelegatedItem;
import io.steward.model.json.CanonicalJson;
import io.steward.model.ledger.Ledger;
import io.steward.model.ledger.LedgerEntry;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Decisions and delegations. One call is one transaction and one ledger entry, however many items it covers
 * (a bulk certify of 5,000 items included). Deciding an item that already has a decision is a correction:
 * the new entry names the one it supersedes, and the history keeps both.
 */
public final class CampaignDecisions {
    private static final int BATCH = 1000;
    private final Ledger ledger;
    private final ReviewFacts facts;
    CampaignDecisions(Ledger ledger, ReviewFacts facts) {
        this.ledger = ledger;
        this.facts = facts;
    }

    public LedgerEntry decide(String actor, String campaign, List<Long> itemNos, Decision d) {
        if (!Decision.ACTIONS.contains(d.action())) {
            throw new BadInputException(null, "decision " + d.action(), "a decision is certify, revoke, reduce or delegate");
        }
        return ledger.store().write(tx -> {
            Record c = openCampaign(tx, campaign);
            List<CampaignItem> items = items(tx, campaign, itemNos);
            notSignedOff(tx, c, items);
            Guardrails.reviewerOnly(items, actor);
            Guardrails.separationOfDuties(items, actor, facts.stepUpGrants().active(tx));
            Guardrails.decision(items, d, Decision.REDUCE.equals(d.action()) ? frozen(tx, items) : Map.of());
            List<DecidedItem> payload = new ArrayList<>(items.size());
            for (CampaignItem i : items) {
                payload.add(new DecidedItem(i.itemNo(), i.identity(), i.frozenHash(), i.decisionSeq()));
            }
            LedgerEntry entry = ledger.append(tx, actor, CampaignEntries.DECIDED, c.get("name", String.class),
                    new Decided(c.get("name", String.class), d.action(), d.comment(), d.remove(), payload));
            String remove = d.remove().isEmpty() ? null : CanonicalJson.string(CanonicalJson.tree(d.remove()));
            record(tx, items, entry, d.action(), d.comment(), remove, null);
            return entry;
        });
    }

    /**
     * Hands items to another person, who then sees and decides them. The reviewer delegates their own items;
     * the campaign owner may reassign anyone's. A reason is required: the trail says who, to whom, when and why.
     */
    public LedgerEntry delegate(String actor, String campaign, List<Long> itemNos, String to, String reason) {
        if (to == null || to.isBlank()) {
            throw new BadInputException(null, "delegate", "name the person to delegate to (--to PERSON)");
        }
        String target = to.strip();
        return ledger.store().write(tx -> {
            Record c = openCampaign(tx, campaign);
            List<CampaignItem> items = items(tx, campaign, itemNos);
            notSignedOff(tx, c, items);
            boolean campaignOwner = actor.equals(c.get("owner", String.class));
            if (!campaignOwner) {
                Guardrails.reviewerOnly(items, actor);
            }
            Guardrails.separationOfDuties(items, actor, facts.stepUpGrants().active(tx));
            Guardrails.refuseIf(items, CampaignItem::decided, "delegate-decided",
                    "a decided item is corrected by its reviewer, not delegated");
            Guardrails.refuseIf(items, i -> i.reviewer().equals(target), "delegate-to-reviewer", target + " already reviews it");
            if (reason == null || reason.isBlank()) {
                Guardrails.refuseIf(items, i -> true, Guardrails.COMMENT_REQUIRED, "a delegation needs a reason (--comment)");
            }
            List<DelegatedItem> payload = items.stream().map(i -> new DelegatedItem(i.itemNo(), i.identity(), i.reviewer())).toList();
            LedgerEntry entry = ledger.append(tx, actor, CampaignEntries.DELEGATED, c.get("name", String.class),
                    new Delegated(c.get("name", String.class), target, reason.strip(), payload));
            record(tx, items, entry, "delegate", reason.strip(), null, target);
            return entry;
        });
    }

    /** Item numbers for CLI arguments: a number, or an identity key of an item in the campaign. */
    public List<Long> resolve(String campaign, List<String> refs) {
        return ledger.store().read(ctx -> {
            long id = CampaignRows.id(ctx, campaign);
            List<Long> out = new ArrayList<>();
            for (String ref : refs) {
                Long no = ref.matches("\\d{1,18}") ? Long.valueOf(ref) : ctx.fetchOptional(
                        "SELECT item_no FROM campaign_item WHERE campaign_id = ? AND identity_key = ?", id, ref)
                        .map(r -> r.get(0, Long.class)).orElse(null);
                if (no == null) {
                    throw new UnknownCampaignException("campaign " + campaign + ", item " + ref,
                            "no item has this number or identity key; `steward campaign items " + campaign + "` lists them");
                }
                out.add(no);
            }
            return out;
        });
    }

    private Record openCampaign(DSLContext tx, String campaign) {
        Record c = CampaignRows.campaign(tx, campaign);
        if (!Campaign.OPEN.equals(c.get("state", String.class))) {
            throw new CampaignRefused("campaign-not-open", List.of(), "campaign " + campaign + " is " + c.get("state", String.class)
                    + "; decisions are taken while it is open");
        }
        return c;
    }

    private static List<CampaignItem> items(DSLContext tx, String campaign, List<Long> itemNos) {
        if (itemNos.isEmpty()) {
            throw new BadInputException(null, "campaign " + campaign, "name at least one item");
        }
        long id = CampaignRows.id(tx, campaign);
        Map<Long, CampaignItem> found = new HashMap<>();
        List<Long> wanted = new ArrayList<>(new LinkedHashSet<>(itemNos));
        for (int from = 0; from < wanted.size(); from += 500) {
            List<Long> chunk = wanted.subList(from, Math.min(wanted.size(), from + 500));
            tx.fetch("SELECT " + CampaignRows.ITEM_COLUMNS + CampaignRows.ITEM_FROM + " WHERE ci.campaign_id = ? AND ci.item_no IN ("
                    + "?,".repeat(chunk.size() - 1) + "?)", concat(id, chunk)).map(CampaignRows::toItem)
                    .forEach(i -> found.put(i.itemNo(), i));
        }
        List<CampaignItem> items = new ArrayList<>(wanted.size());
        for (Long no : wanted) {
            CampaignItem i = found.get(no);
            if (i == null) {
                throw new UnknownCampaignException("campaign " + campaign + ", item " + no,
                        "no such item; `steward campaign items " + campaign + "` lists them");
            }
            items.add(i);
        }
        return items;
    }

    private static Object[] concat(long id, List<Long> chunk) {
        Object[] binds = new Object[chunk.size() + 1];
        binds[0] = id;
        for (int i = 0; i < chunk.size(); i++) {
            binds[i + 1] = chunk.get(i);
        }
        return binds;
    }

    private static void notSignedOff(DSLContext tx, Record c, List<CampaignItem> items) {
        List<String> signed = tx.fetch("SELECT reviewer FROM campaign_signoff WHERE campaign_id = ?", c.get("id", Long.class))
                .getValues(0, String.class);
        Guardrails.refuseIf(items, i -> signed.contains(i.reviewer()), "signed-off",
                "the reviewer has signed off these decisions; they can no longer change");
    }

    private static Map<Long, JsonNode> frozen(DSLContext tx, List<CampaignItem> items) {
        Map<Long, JsonNode> frozen = new HashMap<>();
        for (CampaignItem i : items) {
            String json = tx.fetchOne("SELECT frozen FROM campaign_item WHERE id = ?", i.id()).get(0, String.class);
            frozen.put(i.id(), CanonicalJson.parse(json.getBytes(StandardCharsets.UTF_8)));
        }
        return frozen;
    }

    /** The projection: one history row per item, and the item's current decision or reviewer. */
    private void record(DSLContext tx, List<CampaignItem> items, LedgerEntry entry, String action, String comment, String remove,
                        String to) {
        String at = Ledger.TIME.format(entry.time());
        tx.connection(conn -> {
            try (PreparedStatement history = conn.prepareStatement("INSERT INTO campaign_action (item_id, seq, action, actor, at,"
                    + " comment, remove, to_person, supersedes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement update = conn.prepareStatement(to == null
                         ? "UPDATE campaign_item SET decision = ?, decision_seq = ? WHERE id = ?"
                         : "UPDATE campaign_item SET reviewer = ? WHERE id = ?")) {
                int n = 0;
                for (CampaignItem i : items) {
                    history.setLong(1, i.id());
                    history.setLong(2, entry.seq());
                    history.setString(3, action);
                    history.setString(4, entry.actor());
                    history.setString(5, at);
                    history.setString(6, comment);
                    history.setString(7, remove);
                    history.setString(8, to);
                    history.setObject(9, to == null ? i.decisionSeq() : null);
                    history.addBatch();
                    if (to == null) {
                        update.setString(1, action);
                        update.setLong(2, entry.seq());
                        update.setLong(3, i.id());
                    } else {
                        update.setString(1, to);
                        update.setLong(2, i.id());
                    }
                    update.addBatch();
                    if (++n % BATCH == 0) {
                        history.executeBatch();
                        update.executeBatch();
                    }
                }
                history.executeBatch();
                update.executeBatch();
            }
        });
    }
}
