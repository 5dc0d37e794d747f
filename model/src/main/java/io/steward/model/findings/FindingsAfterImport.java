package io.steward.model.findings;

import io.steward.model.inventory.AfterImport;
import io.steward.model.inventory.SnapshotInfo;
import java.time.Clock;
import org.jooq.DSLContext;

/**
 * Computes findings in an import's transaction: for the imported snapshot's identities, or for every identity
 * after a people directory (owners may have left).
 */
public final class FindingsAfterImport implements AfterImport {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FindingsAfterImport.class);
    private final FindingEngine engine;
    private final Clock clock;
    private final Progress progress;

    /** Told how many of the rules have run. */
    @FunctionalInterface
    public interface Progress {
        void findings(int done, int total);
    }

    public FindingsAfterImport(FindingEngine engine, Clock clock, Progress progress) {
        this.engine = engine;
        this.clock = clock;
        this.progress = progress;
    }

    @Override
    public void run(DSLContext tx, SnapshotInfo snapshot, boolean hadTarget) {
        long t0 = System.nanoTime();
        FindingSettings settings = Findings.settings(tx);
        FindingProgress rules = (rule, done, total) -> progress.findings(done, total);
        RefreshReport r = hadTarget ? engine.refreshAll(tx, settings, clock.instant(), rules)
                : engine.refreshSnapshot(tx, snapshot.id(), settings, clock.instant(), rules);
        LOG.info("Findings after snapshot {}: {} new, {} still open, {} resolved in {} ms", snapshot.id(), r.opened(), r.stillOpen(),
                r.resolved(), (System.nanoTime() - t0) / 1_000_000);
    }
}
