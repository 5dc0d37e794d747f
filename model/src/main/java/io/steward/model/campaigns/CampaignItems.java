package io.steward.model.campaigns;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.json.CanonicalJson;
import io.steward.model.store.Store;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The read side of a campaign's items: keyset pages in SQL, counts, frozen state, history, remediation, progress. */
public final class CampaignItems {
    private final Store store;

    CampaignItems(Store store) {
        this.store = store;
    }

    /** Up to {@code limit} items after {@code afterItemNo} (0 = from the start), in item order. */
    public List<CampaignItem> page(String campaign, ItemFilter filter, long afterItemNo, int limit) {
        return store.read(ctx -> {
            List<Object> binds = new ArrayList<>();
            String where = where(ctx, campaign, filter, binds);
            binds.add(afterItemNo);
            binds.add(limit);
            return ctx.fetch("SELECT " + CampaignRows.ITEM_COLUMNS + CampaignRows.ITEM_FROM + where
                    + " AND ci.item_no > ? ORDER BY ci.item_no LIMIT ?", binds.toArray()).map(CampaignRows::toItem);
        });
    }

    /** An item with the hash (hex) of the ledger entry that made its decision (null while undecided). */
    @FunctionalInterface
    public interface DecidedItemSink {
        void accept(CampaignItem item, String decisionHash);
    }

    /**
     * Every item of a campaign (or only those to remediate: revoked or reduced) in item order, each with its decision
     * entry's hash, for an export: one statement over plain JDBC (one consistent read of the ledger, the entry hash
     * joined in SQL, no row objects in between), so that a million items read in seconds.
     */
    public void forEachWithDecisionHash(String campaign, boolean remediationOnly, DecidedItemSink sink, BooleanSupplier cancelled) {
        stream(campaign, "items", "SELECT " + CampaignRows.ITEM_COLUMNS + ", e.hash" + CampaignRows.ITEM_FROM
                + " LEFT JOIN ledger_entry e ON e.seq = ci.decision_seq WHERE ci.campaign_id = ?"
                + (remediationOnly ? " AND ci.decision IN ('revoke', 'reduce')" : "") + " ORDER BY ci.item_no", r -> {
                    long decisionSeq = r.getLong(16);
                    Long seq = r.wasNull() ? null : decisionSeq;
                    CampaignItem item = new CampaignItem(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11), r.getString(12),
                            r.getString(13), r.getString(14), r.getString(15), seq, r.getString(17), r.getString(18), r.getString(19),
                            r.getString(20));
                    byte[] hash = r.getBytes(21);
                    sink.accept(item, hash == null ? null : io.steward.model.ledger.Hashes.hex(hash));
                }, cancelled);
    }

    /** One row of a streamed statement. */
    @FunctionalInterface
    private interface RowReader {
        void row(java.sql.ResultSet r) throws java.sql.SQLException;
    }

    /**
     * Runs {@code sql} (its one parameter: the campaign's id) on a connection of its own, without jOOQ's records in
     * between, and hands each row over as it comes; one statement is one consistent read.
     */
    private void stream(String campaign, String what, String sql, RowReader reader, BooleanSupplier cancelled) {
        long id = store.read(ctx -> CampaignRows.id(ctx, campaign));
        java.sql.Connection c = store.connection();
        try (java.sql.PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, id);
            try (java.sql.ResultSet r = st.executeQuery()) {
                for (long n = 0; r.next(); n++) {
                    if (n % 1_000 == 0 && cancelled.getAsBoolean()) {
                        throw new CancellationException("cancelled while reading the " + what + " of campaign " + campaign);
                    }
                    reader.row(r);
                }
            }
        } catch (java.sql.SQLException e) {
            throw new io.steward.model.store.StoreException("reading the " + what + " of campaign " + campaign + ": " + e.getMessage(), e);
        } finally {
            store.release(c);
        }
    }

    /** Every matching item in order, streamed (the CLI prints 100,000 items without holding them). */
    public void forEach(String campaign, ItemFilter filter, Consumer<CampaignItem> sink) {
        store.read(ctx -> {
            List<Object> binds = new ArrayList<>();
            String where = where(ctx, campaign, filter, binds);
            try (var cursor = ctx.resultQuery("SELECT " + CampaignRows.ITEM_COLUMNS + CampaignRows.ITEM_FROM + where
                    + " ORDER BY ci.item_no", binds.toArray()).fetchLazy()) {
                for (Record r : cursor) {
                    sink.accept(CampaignRows.toItem(r));
                }
            }
            return null;
        });
    }

    public long count(String campaign, ItemFilter filter) {
        return store.read(ctx -> {
            List<Object> binds = new ArrayList<>();
            String where = where(ctx, campaign, filter, binds);
            return ctx.fetchOne("SELECT count(*) FROM campaign_item ci" + where, binds.toArray()).get(0, Long.class);
        });
    }

    public CampaignItem item(String campaign, long itemNo) {
        return store.read(ctx -> CampaignRows.item(ctx, campaign, itemNo));
    }

    /** The state frozen when the campaign opened, exactly as hashed. */
    public JsonNode frozen(String campaign, long itemNo) {
        return store.read(ctx -> {
            CampaignItem item = CampaignRows.item(ctx, campaign, itemNo);
            String json = ctx.fetchOne("SELECT frozen FROM campaign_item WHERE id = ?", item.id()).get(0, String.class);
            return CanonicalJson.parse(json.getBytes(StandardCharsets.UTF_8));
        });
    }

    /** Every finding of every item as frozen when the campaign opened, in item order, in one statement. */
    public void forEachFrozenFinding(String campaign, Consumer<FrozenFinding> sink, BooleanSupplier cancelled) {
        // SQLite takes the findings out of each frozen item itself (json_each), in array order: no JSON parsed in Java.
        stream(campaign, "findings", "SELECT ci.item_no, ci.identity_key, ci.name, ci.owner, ci.decision,"
                + " json_extract(f.value, '$.rule'), json_extract(f.value, '$.severity')"
                + " FROM campaign_item ci, json_each(ci.frozen, '$.findings') f"
                + " WHERE ci.campaign_id = ? AND ci.finding_rules IS NOT NULL ORDER BY ci.item_no, f.key",
                r -> sink.accept(new FrozenFinding(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        text(r.getString(6)), text(r.getString(7)))), cancelled);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** Every decision, correction and delegation of an item, oldest first; superseded ones are marked. */
    public List<ItemAction> history(String campaign, long itemNo) {
        return store.read(ctx -> {
            CampaignItem item = CampaignRows.item(ctx, campaign, itemNo);
            return ctx.fetch("SELECT a.seq, a.action, a.actor, a.at, a.comment, a.remove, a.to_person, a.supersedes,"
                            + " EXISTS (SELECT 1 FROM campaign_action b WHERE b.item_id = a.item_id AND b.supersedes = a.seq)"
                            + " FROM campaign_action a WHERE a.item_id = ? ORDER BY a.id", item.id())
                    .map(r -> new ItemAction(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class),
                            r.get(3, String.class), r.get(4, String.class), r.get(5, String.class), r.get(6, String.class),
                            r.get(7, Long.class), r.get(8, Integer.class) == 1));
        });
    }

    /** The revoke and reduce decisions in force: what has to be done after the review. */
    public List<CampaignItem> remediation(String campaign) {
        return store.read(ctx -> {
            long id = CampaignRows.id(ctx, campaign);
            return ctx.fetch("SELECT " + CampaignRows.ITEM_COLUMNS + CampaignRows.ITEM_FROM
                    + " WHERE ci.campaign_id = ? AND ci.decision IN ('revoke', 'reduce') ORDER BY ci.item_no", id)
                    .map(CampaignRows::toItem);
        });
    }

    public List<ReviewerProgress> progress(String campaign) {
        return store.read(ctx -> {
            long id = CampaignRows.id(ctx, campaign);
            return ctx.fetch("SELECT ci.reviewer, count(*), count(ci.decision), EXISTS (SELECT 1 FROM campaign_signoff s"
                            + " WHERE s.campaign_id = ci.campaign_id AND s.reviewer = ci.reviewer)"
                            + " FROM campaign_item ci WHERE ci.campaign_id = ? GROUP BY ci.reviewer ORDER BY ci.reviewer", id)
                    .map(r -> new ReviewerProgress(r.get(0, String.class), r.get(1, Long.class), r.get(2, Long.class),
                            r.get(3, Integer.class) == 1));
        });
    }

    /** Distinct sources of a campaign's items, for the console's filter menu. */
    public List<String> sources(String campaign) {
        return store.read(ctx -> {
            long id = CampaignRows.id(ctx, campaign);
            return ctx.fetch("SELECT DISTINCT source FROM campaign_item WHERE campaign_id = ? ORDER BY source", id)
                    .getValues(0, String.class);
        });
    }

    private static String where(DSLContext ctx, String campaign, ItemFilter f, List<Object> binds) {
        binds.add(CampaignRows.id(ctx, campaign));
        StringBuilder w = new StringBuilder(" WHERE ci.campaign_id = ?");
        if (f.reviewer() != null) {
            w.append(" AND ci.reviewer = ?");
            binds.add(f.reviewer());
        }
        if (f.decided() != null) {
            w.append(f.decided() ? " AND ci.decision IS NOT NULL" : " AND ci.decision IS NULL");
        }
        if (f.recommendation() != null) {
            w.append(" AND ci.recommendation = ?");
            binds.add(f.recommendation());
        }
        if (f.source() != null) {
            w.append(" AND ci.source = ?");
            binds.add(f.source());
        }
        if (CampaignScope.ANY.equals(f.finding())) {
            w.append(" AND ci.finding_rules IS NOT NULL");
        } else if (CampaignScope.NONE.equals(f.finding())) {
            w.append(" AND ci.finding_rules IS NULL");
        } else if (f.finding() != null) {
            w.append(" AND (',' || ci.finding_rules || ',') LIKE ?");
            binds.add("%," + f.finding() + ",%");
        }
        return w.toString();
    }
}
