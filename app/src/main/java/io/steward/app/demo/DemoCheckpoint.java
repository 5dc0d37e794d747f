package io.steward.app.demo;

import io.steward.app.keys.KeyPassphrases;
import io.steward.model.ledger.ActorKeys;
import io.steward.model.ledger.Checkpoints;
import io.steward.model.ledger.Ledger;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo ends like every import: with a checkpoint (keys and witness copy inside the demo folder), so even
 * the demo's entries are not left in the window a forger could rewrite unnoticed.
 */
final class DemoCheckpoint {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCheckpoint.class);

    private DemoCheckpoint() {
    }

    static void take(Path dir, Store store, String actor) {
        try {
            var cp = new Checkpoints(new Ledger(store), new ActorKeys(dir.resolve("keys"), KeyPassphrases.standard(), LOG::warn))
                    .take(actor, List.of(dir.resolve("witness").resolve(store.ledgerId() + ".checkpoints")));
            LOG.info("Demo ledger checkpoint at seq {} by {}", cp.seq(), cp.actor());
        } catch (ActorKeys.KeyException e) {
            LOG.warn("The demo ledger has no checkpoint: {}", e.getMessage());
        }
    }
}
