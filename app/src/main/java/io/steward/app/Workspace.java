package io.steward.app;

import io.steward.model.campaigns.CampaignService;
import io.steward.model.campaigns.GovernanceFacts;
import io.steward.model.findings.FindingCatalogue;
import io.steward.model.ledger.ActorKeys;
import io.steward.model.ledger.Checkpoint;
import io.steward.model.ledger.Checkpoints;
import io.steward.model.ledger.Ledger;
import io.steward.model.ledger.LedgerVerifier;
import io.steward.model.ledger.VerificationReport;
import io.steward.model.ledger.VerifyProgress;
import io.steward.model.store.Store;
import io.steward.model.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BooleanSupplier;

/**
 * One opened ledger with the person acting on it and where their signing keys live. The CLI and
 * the console both work through this, so every capability is reachable without a window.
 */
public final class Workspace implements AutoCloseable {
    private final Store store;
    private final Ledger ledger;
    private final String actor;
    private final Path keysDir;

    private Workspace(Store store, String actor, Path keysDir) {
        this.store = store;
        this.ledger = new Ledger(store);
        this.actor = actor;
        this.keysDir = keysDir;
    }

    /** Opens the ledger, creating a new one when the file does not exist yet. */
    public static Workspace openOrCreate(Path ledgerFile, String actor, Path keysDir) {
        return new Workspace(Store.open(ledgerFile), requireActor(actor), keysDir);
    }

    /** Opens an existing ledger; a missing or empty file is an error rather than a new ledger. */
    public static Workspace openExisting(Path ledgerFile, String actor, Path keysDir) {
        Path file = ledgerFile.toAbsolutePath().normalize();
        if (!Store.exists(file)) {
            throw new StoreException("There is no ledger at " + file
                    + ". Check the path given with --ledger (or STEWARD_LEDGER), or import a file first to create one.");
        }
        return openOrCreate(file, actor, keysDir);
    }

    private static String requireActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an actor name is required");
        }
        return actor.strip();
    }

    public Store store() {
        return store;
    }

    public Ledger ledger() {
        return ledger;
    }

    public String actor() {
        return actor;
    }

    public Path ledgerFile() {
        return store.file();
    }

    public Path keysDir() {
        return keysDir;
    }

    /**
     * Walks the whole chain and the checkpoints ({@code checkpointsFile} null = the sidecar beside the
     * ledger); a checkpoint signed in an actor's name with another key than theirs on this machine fails.
     */
    public VerificationReport verify(Path checkpointsFile, VerifyProgress progress, BooleanSupplier cancelled) {
        return new LedgerVerifier(store, new ActorKeys(keysDir)).verify(checkpointsFile, progress, cancelled);
    }

    /** Signs the current head with the actor's key: a `checkpoint` entry plus a sidecar line. */
    public Checkpoint checkpoint() {
        return new Checkpoints(ledger, new ActorKeys(keysDir)).take(actor);
    }

    /** The campaign job over this ledger: reviewers from owners, findings and step-up grants as recorded now. */
    public CampaignService campaigns() {
        Clock clock = Clock.systemUTC();
        return new CampaignService(ledger, GovernanceFacts.of(FindingCatalogue.standard(), clock),
                new Checkpoints(ledger, new ActorKeys(keysDir)), clock);
    }

    @Override
    public void close() {
        store.close();
    }

    @Override
    public String toString() {
        return "Workspace[" + ledgerFile() + ", actor=" + actor + "]";
    }
}
