package io.steward.model.ledger;

import io.steward.model.StewardPaths;
import io.steward.model.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The tamper cases every verification surface must catch (issue: CLI and Ledger page alike). Each
 * prepares a real ledger of 20 entries with a checkpoint after entry 10 and 20, then tampers with
 * the file as an attacker would, and says which seq (if any) the report must name.
 */
public enum TamperCase {
    ROW_EDITED(7L, "changed") {
        @Override
        void tamper(Path ledger, Path keysDir) {
            new Tamper(ledger).editBody(7, "\"n\":6", "\"n\":66");
        }
    },
    MIDDLE_ROW_DELETED(12L, "missing") {
        @Override
        void tamper(Path ledger, Path keysDir) {
            new Tamper(ledger).deleteEntry(12);
        }
    },
    NEWEST_ROWS_DELETED(18L, "newest entries were deleted") {
        @Override
        void tamper(Path ledger, Path keysDir) {
            new Tamper(ledger).deleteFrom(18);
        }
    },
    CHAIN_REBUILT(10L, "rebuilt") {
        @Override
        void tamper(Path ledger, Path keysDir) {
            new Tamper(ledger).rebuildChain(3, "\"n\":2", "\"n\":22");
        }
    },
    CHECKPOINT_FILE_EDITED(null, "checkpoint file was edited") {
        @Override
        void tamper(Path ledger, Path keysDir) {
            Path sidecar = StewardPaths.sidecarOf(ledger);
            try {
                Files.writeString(sidecar, Files.readString(sidecar).replaceFirst("\"seq\":10", "\"seq\":9"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private final Long failedSeq;
    private final String reason;

    TamperCase(Long failedSeq, String reason) {
        this.failedSeq = failedSeq;
        this.reason = reason;
    }

    /** The seq the report must name, or null when the failure is a checkpoint line rather than an entry. */
    public Long failedSeq() {
        return failedSeq;
    }

    /** Words the failure sentence must contain. */
    public String reason() {
        return reason;
    }

    /** Writes the ledger (20 entries by alice, checkpoints after 10 and 20), then tampers with it. */
    public void prepare(Path ledger, Path keysDir) {
        try (Store store = Store.open(ledger)) {
            Ledger l = new Ledger(store, java.time.Clock.systemUTC());
            Checkpoints checkpoints = new Checkpoints(l, new ActorKeys(keysDir), java.time.Clock.systemUTC());
            for (int i = 0; i < 20; i++) {
                l.append("alice", TestEntries.DECISION, "item-" + i, new TestEntries.Note(i, null));
                if (i == 9) {
                    checkpoints.take("alice");
                }
            }
            checkpoints.take("alice");
        }
        tamper(ledger, keysDir);
    }

    abstract void tamper(Path ledger, Path keysDir);
}
