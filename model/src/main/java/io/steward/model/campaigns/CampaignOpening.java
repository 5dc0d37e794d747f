package io.steward.model.campaigns;

import io.steward.model.findings.Severity;

import io.steward.model.campaigns.ReviewFacts.Ownership;
import io.steward.model.ledger.Hashes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;

/**
 * Freezes a campaign's items inside the opening transaction: one batched INSERT per item, each carrying its
 * frozen JSON and SHA-256, and a stream hash over all of them for the single {@code campaign.opened} entry
 * (docs/LEDGER.md explains how to recompute it). Items are frozen and inserted as the scope streams in, so
 * memory stays flat however many identities the campaign covers. The freezing (canonical JSON, SHA-256,
 * recommendation) runs on a second thread, chunk by chunk ({@link FreezePipeline}), so it overlaps SQLite's work.
 */
final class CampaignOpening {
    private static final int BATCH = 1000;
    /** Candidates per hand-over to the freezing thread, and how many chunks it may be ahead of the inserts. */
    private static final int CHUNK = 500;
    private static final int IN_FLIGHT = 3;
    private static final String INSERT = "INSERT INTO campaign_item (campaign_id, item_no, identity_key, name, source, kind, owner,"
            + " reviewer, max_severity, finding_rules, recommendation, recommendation_reason, previous_decision, frozen, frozen_hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    record Result(long items, String itemsHash, Map<String, Long> reviewers) {
    }

    private final DSLContext tx;
    private final ReviewFacts facts;
    private final Instant now;
    private final Duration unusedThreshold;

    CampaignOpening(DSLContext tx, ReviewFacts facts, Instant now, Duration unusedThreshold) {
        this.tx = tx;
        this.facts = facts;
        this.now = now;
        this.unusedThreshold = unusedThreshold;
    }

    /** Counts what opening would freeze, streaming the scope as opening does (nothing is held or written). */
    static ScopePreview preview(DSLContext ctx, CampaignScope scope, ReviewFacts facts, String campaignOwner) {
        ScopeSelection.Governance g = ScopeSelection.Governance.read(ctx, facts);
        Map<String, Long> reviewers = new TreeMap<>();
        long[] counts = new long[2];
        ctx.connection(c -> ScopeSelection.each(c, scope, g, null, cand -> {
            Ownership o = g.owners().get(cand.key);
            counts[0]++;
            counts[1] += o == null ? 1 : 0;
            reviewers.merge(o == null ? campaignOwner : o.owner(), 1L, Long::sum);
        }));
        return new ScopePreview(scope.text(), counts[0], reviewers, counts[1]);
    }

    Result open(long campaignId, CampaignScope scope, String campaignOwner) {
        ScopeSelection.Governance g = ScopeSelection.Governance.read(tx, facts);
        Map<String, String> previous = previousDecisions(campaignId);
        Map<String, Long> reviewers = new TreeMap<>();
        MessageDigest workerDigest = Hashes.sha256(); // used only on the worker thread
        MessageDigest stream = Hashes.sha256();
        long[] no = {0};
        tx.connection(c -> {
            try (PreparedStatement st = c.prepareStatement(INSERT);
                 FreezePipeline<Candidate, Row> pipeline = new FreezePipeline<>(
                         cand -> freeze(cand, g, previous, campaignOwner, workerDigest), CHUNK, IN_FLIGHT)) {
                FreezePipeline.RowSink<Row> insert = row -> {
                    long n = ++no[0];
                    reviewers.merge(row.reviewer(), 1L, Long::sum);
                    stream.update((n + " " + row.item().hash() + "\n").getBytes(StandardCharsets.US_ASCII));
                    bind(st, campaignId, n, row);
                    st.addBatch();
                    if (n % BATCH == 0) {
                        st.executeBatch();
                    }
                };
                ScopeSelection.each(c, scope, g, null, cand -> pipeline.add(cand, insert));
                pipeline.finish(insert);
                st.executeBatch();
            }
        });
        if (no[0] == 0) {
            // Thrown inside the transaction: the caller rolls it back, so nothing was written.
            throw new CampaignRefused("empty-scope", List.of(), "the scope \"" + scope.text()
                    + "\" selects no identity; change the scope or import the inventory first");
        }
        return new Result(no[0], Hashes.hex(stream.digest()), reviewers);
    }

    /** One item ready to insert: everything but its number, which the connection thread gives in order. */
    private record Row(Candidate cand, Ownership owner, FrozenItem item, Recommendation rec, String reviewer,
                       String findingRules, String previousDecision) {
    }

    /** The worker's part: frozen JSON, its hash and the recommendation; reads only maps nobody writes meanwhile. */
    private Row freeze(Candidate cand, ScopeSelection.Governance g, Map<String, String> previous, String campaignOwner,
                       MessageDigest digest) {
        var findings = g.findings().getOrDefault(cand.key, List.of());
        Ownership o = g.owners().get(cand.key);
        FrozenItem item = FrozenItem.freeze(cand, o, findings, g.grants().getOrDefault(cand.key, List.of()), digest);
        Recommendation rec = Recommendation.of(cand, findings, now, unusedThreshold);
        return new Row(cand, o, item, rec, o == null ? campaignOwner : o.owner(), item.findingRules(), previous.get(cand.key));
    }

    private static void bind(PreparedStatement st, long campaignId, long n, Row row) throws java.sql.SQLException {
        Candidate cand = row.cand();
        st.setLong(1, campaignId);
        st.setLong(2, n);
        st.setString(3, cand.key);
        st.setString(4, cand.name);
        st.setString(5, cand.source);
        st.setString(6, cand.kind);
        st.setString(7, row.owner() == null ? null : row.owner().owner());
        st.setString(8, row.reviewer());
        st.setString(9, row.item().maxSeverity() == null ? null : row.item().maxSeverity().id());
        st.setString(10, row.findingRules());
        st.setString(11, row.rec().action());
        st.setString(12, row.rec().reason());
        st.setString(13, row.previousDecision());
        st.setString(14, row.item().json());
        st.setString(15, row.item().hash());
    }

    /** Each identity's decision in the newest earlier campaign that decided it, e.g. "revoke in 2026-Q3". */
    private Map<String, String> previousDecisions(long campaignId) {
        Map<String, String> previous = new HashMap<>();
        tx.fetch("SELECT ci.identity_key, ci.decision, c.name FROM campaign_item ci JOIN campaign c ON c.id = ci.campaign_id"
                        + " WHERE c.id <> ? AND ci.decision IS NOT NULL ORDER BY c.opened_seq", campaignId)
                .forEach(r -> previous.put(r.get(0, String.class), r.get(1, String.class) + " in " + r.get(2, String.class)));
        return previous;
    }
}
