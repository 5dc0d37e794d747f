package io.steward.model.campaigns;

import static io.steward.model.campaigns.CampaignFixture.identity;
import static io.steward.model.campaigns.CampaignFixture.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.model.findings.Severity;
import io.steward.model.ledger.Hashes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening freezes items on a second thread, chunk by chunk: over several chunks the items, their order and every hash
 * stay exactly what the single-threaded opening wrote, and a failure while freezing rolls the whole open back.
 */
class CampaignOpeningPipelineTest {
    /**
     * The {@code itemsHash} the single-threaded opening (before the freezing thread) wrote for {@link #inventory}: the
     * same frozen JSON in the same order must give the same hash, so ledgers opened by either verify alike.
     */
    static final String ITEMS_HASH_BEFORE_PIPELINE = "804132e3b5cd93d05f11245f03d60d1e9a2b365e387ade1262799b076f75bd0a";
    static final int IDENTITIES = 1_234;

    @TempDir
    Path dir;
    CampaignFixture f;

    @BeforeEach
    void setUp() {
        f = new CampaignFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private void inventory(int n) {
        f.importSnapshot(r -> {
            for (int i = 1; i <= n; i++) {
                String id = id(i);
                r.add(identity(id, i % 10 == 0 ? "ai-agent" : "service-account", i % 3 == 0 ? null : "2026-0" + (1 + i % 9) + "-15T00:00:00Z",
                        i % 5 == 0 ? new String[] {"AdministratorAccess", "s3:GetObject"} : new String[] {"s3:GetObject"}));
                if (i % 7 == 0) {
                    f.owner(id, "owner-" + i % 4);
                }
                if (i % 11 == 0) {
                    f.finding(id, "overprivileged", Severity.HIGH);
                }
            }
        });
    }

    private static String id(int i) {
        return String.format(Locale.ROOT, "svc-%05d", i);
    }

    @Test
    void itemsOverSeveralChunksKeepTheirOrderAndTheHashesOfTheSingleThreadedOpening() {
        inventory(IDENTITIES);
        f.service.create("carol", "all", null, LocalDate.of(2026, 12, 31), "carol", "");
        Campaign c = f.service.open("carol", "all");

        assertThat(c.items()).isEqualTo(IDENTITIES);
        List<Record> rows = f.store.read(ctx -> List.copyOf(ctx.fetch("SELECT item_no, identity_key, reviewer, frozen, frozen_hash"
                + " FROM campaign_item ORDER BY item_no")));
        var stream = Hashes.sha256();
        List<String> keys = new ArrayList<>();
        for (Record r : rows) {
            long no = r.get(0, Long.class);
            String hash = Hashes.hex(Hashes.sha256().digest(r.get(3, String.class).getBytes(StandardCharsets.UTF_8)));
            assertThat(hash).isEqualTo(r.get(4, String.class));
            stream.update((no + " " + hash + "\n").getBytes(StandardCharsets.US_ASCII));
            keys.add(r.get(1, String.class));
        }
        assertThat(rows).extracting(r -> r.get(0, Long.class)).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, IDENTITIES).boxed().toList());
        assertThat(keys).isSorted().startsWith(key(id(1))).endsWith(key(id(IDENTITIES)));
        assertThat(rows.get(6).get(2, String.class)).isEqualTo("owner-3"); // svc-00007: owner-(7 % 4)
        assertThat(Hashes.hex(stream.digest())).isEqualTo(c.itemsHash()).isEqualTo(ITEMS_HASH_BEFORE_PIPELINE);
    }

    @Test
    void aFailureWhileFreezingRollsTheWholeOpenBackAndStopsTheFreezingThread() {
        inventory(1_500);
        // A finding without a severity cannot be frozen: item 1,200 fails on the freezing thread after two chunks
        // of items were already inserted in the same transaction.
        String bad = id(1_200);
        f.findings.put(key(bad), List.of(new ReviewFacts.FindingFact("overprivileged", null, "no severity")));
        f.service.create("carol", "all", null, LocalDate.of(2026, 12, 31), "carol", "");
        long entriesBefore = f.ledger.size();

        assertThatThrownBy(() -> f.service.open("carol", "all")).isInstanceOf(NullPointerException.class);

        assertThat(f.service.campaign("all").state()).isEqualTo(Campaign.DRAFT);
        long items = f.store.read(ctx -> ctx.fetchOne("SELECT count(*) FROM campaign_item").get(0, Long.class));
        assertThat(items).isZero();
        assertThat(f.ledger.size()).isEqualTo(entriesBefore);
        assertThat(freezingThreadsAlive()).isFalse();

        f.findings.remove(key(bad));
        assertThat(f.service.open("carol", "all").items()).isEqualTo(1_500);
        assertThat(freezingThreadsAlive()).isFalse();
    }

    /** Waits up to five seconds for the freezing thread of a finished open to end. */
    private static boolean freezingThreadsAlive() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("campaign-freeze") && t.isAlive())) {
            if (System.nanoTime() > deadline) {
                return true;
            }
            Thread.onSpinWait();
        }
        return false;
    }
}
