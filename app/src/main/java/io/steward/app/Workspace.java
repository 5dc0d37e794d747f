package io.steward.app;

import io.steward.importers.ImportService;
import io.steward.importers.ImporterRegistry;
import io.steward.importers.StandardImporters;
import io.steward.importers.secrets.SecretGuard;
import io.steward.model.campaigns.CampaignEntries;
import io.steward.model.campaigns.CampaignService;
import io.steward.model.campaigns.GovernanceFacts;
import io.steward.model.findings.FindingCatalogue;
import io.steward.model.inventory.ColumnMappings;
import io.steward.model.inventory.InventoryEntries;
import io.steward.model.inventory.query.InventoryQuery;
import io.steward.model.inventory.query.SnapshotCatalog;
import io.steward.model.inventory.query.SnapshotDiff;
import io.steward.model.ledger.ActorKeys;
import io.steward.model.ledger.Checkpoint;
import io.steward.model.ledger.CheckpointSource;
import io.steward.model.ledger.Checkpoints;
import io.steward.model.ledger.EntryKinds;
import io.steward.model.ledger.Ledger;
import io.steward.model.ledger.LedgerChanged;
import io.steward.model.ledger.LedgerEntries;
import io.steward.model.ledger.LedgerVerifier;
import io.steward.model.ledger.VerificationReport;
import io.steward.model.ledger.VerifyProgress;
import io.steward.model.stepup.StepUp;
import io.steward.model.stepup.StepUpEntries;
import io.steward.model.stepup.StepUpQuery;
import io.steward.model.stepup.StepUpService;
import io.steward.model.stepup.policy.Policy;
import io.steward.model.store.Store;
import io.steward.model.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The composition root: one opened ledger with the person acting on it, the clock, where their signing keys
 * live, and every service built on them. The CLI and the console both work through this, so every capability
 * is reachable without a window; apart from {@code model}, only this class touches the store.
 * A new job registers its ledger entry kinds in {@link #entryKinds()} and adds its service here.
 */
public final class Workspace implements AutoCloseable {
    private final Store store;
    private final Clock clock;
    private final Ledger ledger;
    private final String actor;
    private final Path keysDir;
    private final ImportService imports;

    private Workspace(Store store, String actor, Path keysDir, Clock clock, ImporterRegistry importers) {
        this.store = store;
        this.clock = clock;
        this.ledger = new Ledger(store, clock);
        this.actor = actor;
        this.keysDir = keysDir;
        this.imports = new ImportService(ledger, importers, SecretGuard.standard(), clock);
    }

    /**
     * Every ledger entry kind and the checks the verifier runs on them: one line per job, in the order of the
     * model's packages.
     */
    public static EntryKinds entryKinds() {
        return EntryKinds.builder()
                .with(LedgerEntries::register)
                .with(InventoryEntries::register)
                .with(StepUpEntries::register)
                .with(CampaignEntries::register)
                .build();
    }

    /** Opens the ledger, creating a new one when the file does not exist yet; the system clock. */
    public static Workspace openOrCreate(Path ledgerFile, String actor, Path keysDir) {
        return openOrCreate(ledgerFile, actor, keysDir, Clock.systemUTC());
    }

    public static Workspace openOrCreate(Path ledgerFile, String actor, Path keysDir, Clock clock) {
        String who = requireActor(actor);
        return new Workspace(Store.open(ledgerFile), who, keysDir, clock, StandardImporters.registry());
    }

    /** Opens an existing ledger; a missing or empty file is an error rather than a new ledger. */
    public static Workspace openExisting(Path ledgerFile, String actor, Path keysDir) {
        return openExisting(ledgerFile, actor, keysDir, Clock.systemUTC());
    }

    public static Workspace openExisting(Path ledgerFile, String actor, Path keysDir, Clock clock) {
        Path file = ledgerFile.toAbsolutePath().normalize();
        if (!exists(file)) {
            throw new StoreException("There is no ledger at " + file
                    + ". Check the path given with --ledger (or STEWARD_LEDGER), or import a file first to create one.");
        }
        return openOrCreate(file, actor, keysDir, clock);
    }

    /** True when {@code file} is a non-empty file, i.e. opening it will not create a new ledger. */
    public static boolean exists(Path file) {
        return Store.exists(file);
    }

    private static String requireActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an actor name is required");
        }
        return actor.strip();
    }

    public Ledger ledger() {
        return ledger;
    }

    public Clock clock() {
        return clock;
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

    public ImportService imports() {
        return imports;
    }

    public ColumnMappings mappings() {
        return new ColumnMappings(ledger, clock);
    }

    public InventoryQuery inventory() {
        return new InventoryQuery(store);
    }

    public SnapshotCatalog snapshots() {
        return new SnapshotCatalog(store);
    }

    public SnapshotDiff diff() {
        return new SnapshotDiff(store);
    }

    /**
     * Calls {@code listener} after every committed transaction of this process that appended ledger entries
     * (on the committing thread). Returns what unsubscribes it.
     */
    public Runnable onLedgerChanged(Consumer<LedgerChanged> listener) {
        return ledger.onChanged(listener);
    }

    /**
     * Walks the whole chain and the checkpoints ({@code checkpointsFile} null = the sidecar beside the
     * ledger); a checkpoint signed in an actor's name with another key than theirs on this machine fails.
     */
    public VerificationReport verify(Path checkpointsFile, VerifyProgress progress, BooleanSupplier cancelled) {
        VerificationReport chain = verifier().verify(checkpointsFile, progress, cancelled);
        return chain.ok() ? GovernanceProjections.check(store, chain) : chain;
    }

    /** As {@link #verify(Path, VerifyProgress, BooleanSupplier)}, against checkpoints from any sources. */
    public VerificationReport verify(List<CheckpointSource> sources, VerifyProgress progress, BooleanSupplier cancelled) {
        return verifier().verify(sources, progress, cancelled);
    }

    private LedgerVerifier verifier() {
        return new LedgerVerifier(store, new ActorKeys(keysDir), entryKinds());
    }

    /** Step-up requests and decisions under {@code policy}, on this workspace's clock. */
    public StepUpService stepUp(Policy policy) {
        return StepUp.service(ledger, policy, clock);
    }

    public StepUpQuery stepUpQuery() {
        return StepUp.query(ledger);
    }

    /** Signs checkpoints with the actors' keys, alone or at the end of a decision's transaction. */
    public Checkpoints checkpoints() {
        return new Checkpoints(ledger, new ActorKeys(keysDir), clock);
    }

    /** The campaign job over this ledger: reviewers from owners, findings and step-up grants as recorded now. */
    public CampaignService campaigns() {
        return new CampaignService(ledger, GovernanceFacts.of(FindingCatalogue.standard(), clock), checkpoints(), clock);
    }

    /** Signs the current head with the actor's key: a `checkpoint` entry plus a sidecar line. */
    public Checkpoint checkpoint() {
        return checkpoints().take(actor);
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
