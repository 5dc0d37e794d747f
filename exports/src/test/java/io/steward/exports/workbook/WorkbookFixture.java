package io.steward.exports.workbook;

import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.query.SnapshotFixtures;
import io.steward.model.ledger.ActorKeys;
import io.steward.model.ledger.Checkpoints;
import io.steward.model.ledger.Ledger;
import io.steward.model.ledger.LedgerVerifier;
import io.steward.model.ledger.VerifyProgress;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A real ledger in a temporary folder: one imported snapshot whose names try formula injection, a run of
 * entries whose subjects and payloads carry the injection corpus, and checkpoints along the way.
 */
final class WorkbookFixture implements AutoCloseable {
    static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    /** Text a spreadsheet could run: every formula trigger, full-width forms and leading control characters included. */
    static final List<String> INJECTIONS = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "=cmd|' /C calc'!A0", "+1+1", "-2+3",
            "@SUM(A1:A2)", "\tTAB=1+1", "\rCR=1+1", "\nLF=1+1", "\uFF1D1+1", "\uFF0BSUM(1)", "\uFF0D1", "\uFF20A1", "=1+1\u0000");

    record Payload(String note, int n) {
    }

    final Path dir;
    final Path ledgerFile;
    final Store store;
    final Ledger ledger;
    final ActorKeys keys;
    final Checkpoints checkpoints;

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
    }

    /** A snapshot with injection names, then {@code entries} entries (injection subjects and notes), checkpointed every 10. */
    WorkbookFixture fill(int entries) {
        new SnapshotFixtures(store).write("aws:111111111111", "aws-iam-credential-report", T0,
                INJECTIONS.stream().map(name -> IdentityRecord.builder("arn:aws:iam::111111111111:user/" + name.hashCode(), "iam-user")
                        .name(name).build()).toList());
        for (int i = 0; i < entries; i++) {
            String text = INJECTIONS.get(i % INJECTIONS.size());
            ledger.append(i % 3 == 0 ? "alice" : "=bob", i % 2 == 0 ? "owner.assigned" : "finding.accepted", text, new Payload(text, i));
            if (i % 10 == 9) {
                checkpoints.take("alice");
            }
        }
        return this;
    }

    WorkbookExport export(int maxRowsPerSheet) {
        return new WorkbookExport(store, () -> new LedgerVerifier(store, keys).verify(null, VerifyProgress.NONE, () -> false),
                () -> checkpoints.take("alice"), "1.2.3-test", Clock.fixed(T0.plusSeconds(100_000), ZoneOffset.UTC), maxRowsPerSheet);
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
