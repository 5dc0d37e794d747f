package io.steward.app.demo;

import io.steward.app.Workspace;
import io.steward.model.ledger.ActorKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo ends like every import: with a checkpoint (sidecar and witness copy), so even the demo's entries
 * are not left in the window a forger could rewrite unnoticed. Without a key passphrase the demo still opens.
 */
final class DemoCheckpoint {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCheckpoint.class);

    private DemoCheckpoint() {
    }

    static void take(Workspace workspace) {
        try {
            var cp = workspace.checkpoint();
            LOG.info("Demo ledger checkpoint at seq {} by {}", cp.seq(), cp.actor());
        } catch (ActorKeys.KeyException e) {
            LOG.warn("The demo ledger has no checkpoint: {}", e.getMessage());
        }
    }
}
