package io.steward.exports.workbook;

import io.steward.model.campaigns.CampaignService;
import io.steward.model.campaigns.Decision;
import io.steward.model.campaigns.ReviewFacts;
import io.steward.model.findings.Severity;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.Snapshots;
import io.steward.model.inventory.query.SnapshotFixtures;
import io.steward.model.ledger.ActorKeys;
import io.steward.model.ledger.Checkpoints;
import io.steward.model.ledger.EntryRows;
import io.steward.model.ledger.Ledger;
import io.steward.model.ledger.LedgerVerifier;
import io.steward.model.ledger.VerifyProgress;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A real ledger in a temporary folder: one imported snapshot whose names try formula injection, a run of
 * entries whose subjects and payloads carry the injection corpus, and checkpoints along the way.
 */
final class WorkbookFixture implements AutoCloseable {
    static final String CAMPAIGN = "Q4 review";
    static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    /** Text a spreadsheet could run: every formula trigger, full-width forms and leading control characters included. */
    static final List<String> INJECTIONS = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "=cmd|' /C calc'!A0", "+1+1", "-2+3",
            "@SUM(A1:A2)", "\tTAB=1+1", "\rCR=1+1", "\nLF=1+1", "\uFF1D1+1", "\uFF0BSUM(1)", "\uFF0D1", "\uFF20A1", "=1+1\u0000");

    /** Entries named like the real kinds the Ownership and Ledger sheets select, with a payload of their own. */
    private static final io.steward.model.ledger.EntryKind<Payload> OWNER_NOTE =
            io.steward.model.ledger.EntryKind.of("owner.assigned", Payload.class);
    private static final io.steward.model.ledger.EntryKind<Payload> ACCEPTED_NOTE =
            io.steward.model.ledger.EntryKind.of("finding.accepted", Payload.class);

    record Payload(String note, int n) {
    }

    final Path dir;
    final Path ledgerFile;
    final Store store;
    final Ledger ledger;
    final ActorKeys keys;
    final Checkpoints checkpoints;
    final CampaignService campaigns;
    /** Findings per identity key, as the campaign freezes them. */
    final Map<String, List<ReviewFacts.FindingFact>> findings = new java.util.HashMap<>();

    WorkbookFixture(Path dir) {
        this.dir = dir;
        this.ledgerFile = dir.resolve("ledger.steward");
        this.store = Store.open(ledgerFile);
        // Entries one second apart from T0, so a period can select some of them.
        Clock ticking = new Clock() {
            private long n;

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public synchronized Instant instant() {
                return T0.plusSeconds(n++);
            }
        };
        this.ledger = new Ledger(store, ticking);
        this.keys = new ActorKeys(dir.resolve("keys"));
        this.checkpoints = new Checkpoints(ledger, keys, ticking);
        ReviewFacts facts = new ReviewFacts(ctx -> Map.of(), ctx -> Map.copyOf(findings), ctx -> Map.of());
        this.campaigns = new CampaignService(ledger, facts, checkpoints, ticking);
    }

    /** A snapshot with injection names, then {@code entries} entries (injection subjects and notes), checkpointed every 10. */
    WorkbookFixture fill(int entries) {
        new SnapshotFixtures(store).write("aws:111111111111", "aws-iam-credential-report", T0,
                INJECTIONS.stream().map(name -> IdentityRecord.builder(arn(name), "iam-user").name(name).build()).toList());
        // Items are numbered in identity key order; give the fourth a high finding and the sixth two findings.
        List<String> keys = INJECTIONS.stream().map(WorkbookFixture::arn).sorted().toList();
        findings.put(keys.get(3), List.of(new ReviewFacts.FindingFact("overprivileged", Severity.HIGH, "admin role")));
        findings.put(keys.get(5), List.of(new ReviewFacts.FindingFact("stale-credential", Severity.MEDIUM, "old key"),
                new ReviewFacts.FindingFact("no-owner", Severity.MEDIUM, "no owner")));
        for (int i = 0; i < entries; i++) {
            String text = INJECTIONS.get(i % INJECTIONS.size());
            ledger.append(i % 3 == 0 ? "alice" : "=bob", i % 2 == 0 ? OWNER_NOTE : ACCEPTED_NOTE, text, new Payload(text, i));
            if (i % 10 == 9) {
                checkpoints.take("alice");
            }
        }
        return this;
    }

    /**
     * A campaign over every identity of the snapshot, reviewed by alice (the campaign owner): items 1-3 certified
     * in one decision with an injection comment, item 4 revoked (it has a high finding), the rest undecided.
     */
    WorkbookFixture campaign() {
        campaigns.create("alice", CAMPAIGN, "2026-Q4", java.time.LocalDate.parse("2026-12-31"), "alice", "");
        campaigns.open("alice", CAMPAIGN);
        campaigns.decisions().decide("alice", CAMPAIGN, List.of(1L, 2L, 3L), Decision.certify("=HYPERLINK(\"http://evil\") still needed"));
        campaigns.decisions().decide("alice", CAMPAIGN, List.of(4L), Decision.revoke("@owner left"));
        return this;
    }

    WorkbookExport export(int maxRowsPerSheet) {
        return new WorkbookExport(new EntryRows(store), new Snapshots(store), campaigns, () -> new LedgerVerifier(store, keys).verify((java.nio.file.Path) null, VerifyProgress.NONE, () -> false),
                () -> checkpoints.take("alice"), "1.2.3-test", Clock.fixed(T0.plusSeconds(100_000), ZoneOffset.UTC), maxRowsPerSheet);
    }

    WorkbookVerifier verifier() {
        return new WorkbookVerifier(new EntryRows(store));
    }

    static String arn(String name) {
        return "arn:aws:iam::111111111111:user/n" + Integer.toHexString(name.hashCode());
    }

    WorkbookExport.Request campaignRequest() {
        return WorkbookExport.Request.forCampaign(campaigns.campaign(CAMPAIGN), "alice", T0.plusSeconds(100_000));
    }

    static WorkbookExport.Request wholeYear() {
        return new WorkbookExport.Request("Q4 review", "all identities", new Period(Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-12-31T23:59:59Z")), "alice");
    }


    @Override
    public void close() {
        store.close();
    }
}
