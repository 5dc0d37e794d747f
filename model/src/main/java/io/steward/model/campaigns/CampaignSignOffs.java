package io.steward.model.campaigns;

import io.steward.model.campaigns.CampaignEntries.Closed;
import io.steward.model.campaigns.CampaignEntries.SignedOff;
import io.steward.model.ledger.Checkpoint;
import io.steward.model.ledger.Checkpoints;
import io.steward.model.ledger.Hashes;
import io.steward.model.ledger.Ledger;
import io.steward.model.ledger.LedgerEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Reviewer sign-off and campaign close. Each is one transaction with its ledger entry, followed by a signed
 * checkpoint of the head (which then covers that entry). Should the process stop between the two, the entry
 * stands and `steward ledger checkpoint` signs it later.
 */
public final class CampaignSignOffs {
    private final Ledger ledger;
    private final Checkpoints checkpoints;

    public record Signed(LedgerEntry entry, Checkpoint checkpoint, SignOffStatement statement) {
    }

    public record ClosedCampaign(LedgerEntry entry, Checkpoint checkpoint, Map<String, Long> decisions, long noResponse) {
    }

    CampaignSignOffs(Ledger ledger, Checkpoints checkpoints) {
        this.ledger = ledger;
        this.checkpoints = checkpoints;
    }

    /** What signing off would cover now, for the dialog that shows it before signing. */
    public SignOffStatement statement(String campaign, String reviewer) {
        return ledger.store().read(ctx -> statement(ctx, CampaignRows.campaign(ctx, campaign), reviewer));
    }

    public Signed signOff(String actor, String campaign) {
        Object[] holder = new Object[2];
        ledger.store().write(tx -> {
            Record c = CampaignRows.campaign(tx, campaign);
            if (!Campaign.OPEN.equals(c.get("state", String.class))) {
                throw new CampaignRefused("campaign-not-open", List.of(), "campaign " + campaign + " is " + c.get("state", String.class));
            }
            long id = c.get("id", Long.class);
            if (tx.fetchExists(tx.selectOne().from("campaign_signoff").where("campaign_id = ? AND reviewer = ?", id, actor))) {
                throw new CampaignRefused("already-signed-off", List.of(), actor + " has already signed off campaign " + campaign);
            }
            SignOffStatement s = statement(tx, c, actor);
            if (s.items().isEmpty()) {
                throw new CampaignRefused("nothing-to-sign", List.of(), actor + " reviews no item of campaign " + campaign);
            }
            if (!s.undecided().isEmpty()) {
                throw new CampaignRefused("undecided-items", s.undecided(), "decide every item before signing off");
            }
            LedgerEntry entry = ledger.append(tx, actor, CampaignEntries.SIGNED_OFF, campaign,
                    new SignedOff(campaign, actor, s.items().size(), s.decisionsHash()));
            tx.execute("INSERT INTO campaign_signoff (campaign_id, reviewer, seq, item_count, decisions_hash, at) VALUES (?, ?, ?, ?, ?, ?)",
                    id, actor, entry.seq(), s.items().size(), s.decisionsHash(), Ledger.TIME.format(entry.time()));
            holder[0] = entry;
            holder[1] = s;
            return null;
        });
        Checkpoint cp = checkpoints.take(actor);
        LedgerEntry entry = (LedgerEntry) holder[0];
        ledger.store().write(tx -> tx.execute("UPDATE campaign_signoff SET checkpoint_seq = ? WHERE seq = ?", cp.seq(), entry.seq()));
        return new Signed(entry, cp, (SignOffStatement) holder[1]);
    }

    /** Records every undecided item as no-response, closes the campaign and signs a checkpoint. Campaign owner only. */
    public ClosedCampaign close(String actor, String campaign) {
        Object[] holder = new Object[3];
        ledger.store().write(tx -> {
            Record c = CampaignRows.campaign(tx, campaign);
            if (!Campaign.OPEN.equals(c.get("state", String.class))) {
                throw new CampaignRefused("campaign-not-open", List.of(), "campaign " + campaign + " is " + c.get("state", String.class)
                        + "; only an open campaign can be closed");
            }
            if (!actor.equals(c.get("owner", String.class))) {
                throw new CampaignRefused("not-campaign-owner", List.of(), "only the campaign owner ("
                        + c.get("owner", String.class) + ") closes campaign " + campaign);
            }
            long id = c.get("id", Long.class);
            MessageDigest digest = Hashes.sha256();
            List<Record> undecided = tx.fetch("SELECT id, item_no, identity_key, frozen_hash FROM campaign_item"
                    + " WHERE campaign_id = ? AND decision IS NULL ORDER BY item_no", id);
            for (Record r : undecided) {
                digest.update((r.get(1, Long.class) + " " + r.get(2, String.class) + " " + r.get(3, String.class) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            Map<String, Long> counts = new TreeMap<>();
            tx.fetch("SELECT decision, count(*) FROM campaign_item WHERE campaign_id = ? AND decision IS NOT NULL GROUP BY decision", id)
                    .forEach(r -> counts.put(r.get(0, String.class), r.get(1, Long.class)));
            if (!undecided.isEmpty()) {
                counts.put("no-response", (long) undecided.size());
            }
            LedgerEntry entry = ledger.append(tx, actor, CampaignEntries.CLOSED, campaign,
                    new Closed(campaign, counts, undecided.size(), Hashes.hex(digest.digest())));
            String at = Ledger.TIME.format(entry.time());
            tx.execute("INSERT INTO campaign_action (item_id, seq, action, actor, at) SELECT id, ?, 'no-response', ?, ? FROM campaign_item"
                    + " WHERE campaign_id = ? AND decision IS NULL", entry.seq(), actor, at, id);
            tx.execute("UPDATE campaign_item SET decision = 'no-response', decision_seq = ? WHERE campaign_id = ? AND decision IS NULL",
                    entry.seq(), id);
            tx.execute("UPDATE campaign SET state = 'closed', closed_at = ?, closed_seq = ? WHERE id = ?", at, entry.seq(), id);
            holder[0] = entry;
            holder[1] = counts;
            holder[2] = (long) undecided.size();
            return null;
        });
        Checkpoint cp = checkpoints.take(actor);
        @SuppressWarnings("unchecked")
        Map<String, Long> counts = (Map<String, Long>) holder[1];
        return new ClosedCampaign((LedgerEntry) holder[0], cp, counts, (Long) holder[2]);
    }

    private static SignOffStatement statement(DSLContext ctx, Record c, String reviewer) {
        long id = c.get("id", Long.class);
        List<CampaignItem> items = ctx.fetch("SELECT " + CampaignRows.ITEM_COLUMNS + CampaignRows.ITEM_FROM
                + " WHERE ci.campaign_id = ? AND ci.reviewer = ? ORDER BY ci.item_no", id, reviewer).map(CampaignRows::toItem);
        MessageDigest digest = Hashes.sha256();
        List<Long> undecided = new java.util.ArrayList<>();
        for (CampaignItem i : items) {
            if (!i.decided()) {
                undecided.add(i.itemNo());
                continue;
            }
            digest.update((i.itemNo() + " " + i.identity() + " " + i.frozenHash() + " " + i.decision() + " " + i.decisionSeq() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return new SignOffStatement(c.get("name", String.class), reviewer, items, undecided, Hashes.hex(digest.digest()));
    }
}
