package io.steward.app;

import io.steward.app.keys.KeyPassphrases;
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
import io.steward.model.inventory.SnapshotRowCheck;
import io.steward.model.inventory.Snapshots;
import io.steward.model.inventory.query.InventoryQuery;
import io.steward.model.inventory.query.SnapshotCatalog;
import io.steward.model.inventory.query.SnapshotDiff;
import io.steward.model.ledger.ActorKeys;
import io.steward.model.ledger.ActorNames;
import io.steward.model.ledger.KeyPassphrase;
import io.steward.model.ledger.LedgerNotVerifiedException;
import io.steward.model.ledger.LedgerTrust;
import io.steward.model.ledger.Checkpoint;
import io.steward.model.ledger.CheckpointSource;
import io.steward.model.ledger.Checkpoints;
import io.steward.model.findings.FindingEntries;
import io.steward.model.ledger.EntryKinds;
import io.steward.model.ledger.EntryRows;
import io.steward.model.owners.OwnerEntries;
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
import io.steward.model.StewardPaths;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The composition root: one opened ledger with the person acting on it, the clock, where their signing keys
 * live, and every service built on them. The CLI and the console both work through this, so every capability
 * is reachable without a window; apart from {@code model}, only this class touches the store.
 * A new job registers its ledger entry kinds in {@link #entryKinds()} and adds its service here.
 */
public final class Workspace implements AutoCloseable {
    /** Names of request and rules files as decisions may store them: secrets in the name redacted, as for imports. */
    private static final io.steward.model.FileNames SAFE_FILE_NAMES =
            file -> io.steward.importers.secrets.SafeFileName.of(file).name();

    private final Store store;
    private final Clock clock;
    private final Ledger ledger;
    private final String actor;
    private final Path keysDir;
    private final Supplier<ImporterRegistry> importers;
    private ImportService imports; // built on first use: reading commands never load the importers
    private Consumer<String> keyNotices = notice -> org.slf4j.LoggerFactory.getLogger(Workspace.class).warn(notice);
    // One source for the whole session, so a prompt that remembers the passphrase asks only once.
    private volatile KeyPassphrase keyPassphrase = KeyPassphrases.standard();

    private Workspace(Store store, String actor, Path keysDir, Clock clock, Supplier<ImporterRegistry> importers) {
        this.store = store;
        this.clock = clock;
        this.ledger = new Ledger(store, clock);
        this.actor = actor;
        this.keysDir = keysDir;
        this.importers = importers;
    }

    /**
     * Every ledger entry kind and the checks the verifier runs on them: one line per job, in the order of the
     * model's packages.
     */
    public static EntryKinds entryKinds() {
        return EntryKinds.builder()
                .with(LedgerEntries::register)
                .with(InventoryEntries::register)
                .with(OwnerEntries::register)
                .with(FindingEntries::register)
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
        return new Workspace(Store.open(ledgerFile), who, keysDir, clock, () -> StandardImporters.registry(clock));
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

    /** Opens a private new ledger made by {@link Store#createPrivate} (an import that publishes it on success). */
    public static Workspace openPrivate(Path privateFile, String actor, Path keysDir) {
        return new Workspace(Store.openPrivate(privateFile), requireActor(actor), keysDir, Clock.systemUTC(), StandardImporters::registry);
    }

    /** A new ledger built privately beside {@code target} ({@link Store#createPrivate}). */
    public static Path createPrivate(Path target) {
        return Store.createPrivate(target);
    }

    /** Publishes a private ledger at {@code target} only if nothing is there yet ({@link Store#publish}). */
    public static boolean publish(Path privateFile, Path target) {
        return Store.publish(privateFile, target);
    }

    public static void deletePrivate(Path privateFile) {
        Store.deletePrivate(privateFile);
    }

    /**
     * Opens an existing ledger read-only: no migration unless the file needs one, no write lock, never a changed
     * file (see {@link Store#openReadOnly}). For commands that only read: verify, show, snapshots, inventory.
     */
    public static Workspace openReadOnly(Path ledgerFile, String actor, Path keysDir) {
        Path file = ledgerFile.toAbsolutePath().normalize();
        if (!Store.exists(file)) {
            throw new StoreException("There is no ledger at " + file
                    + ". Check the path given with --ledger (or STEWARD_LEDGER), or import a file first to create one.");
        }
        return new Workspace(Store.openReadOnly(file), requireActor(actor), keysDir, Clock.systemUTC(), StandardImporters::registry);
    }

    private static String requireActor(String actor) {
        return ActorNames.normalise(actor);
    }

    /** Where messages about keys go (e.g. a key re-protected from the old built-in password); the log by default. */
    public void onKeyNotice(Consumer<String> notices) {
        this.keyNotices = notices;
    }

    /**
     * Asks {@code prompt} for the key passphrase instead of the terminal, after STEWARD_PASSPHRASE and the OS
     * credential store: the console, which has no terminal when started from a menu, installs its dialog here.
     */
    public void promptForPassphraseWith(KeyPassphrase prompt) {
        keyPassphrase(KeyPassphrases.standard(prompt));
    }

    /** Where the key passphrase comes from, replacing the whole standard order (a CI job's own secret source, tests). */
    public void keyPassphrase(KeyPassphrase source) {
        this.keyPassphrase = java.util.Objects.requireNonNull(source, "source");
    }

    /** This user's signing keys, protected by the passphrase from STEWARD_PASSPHRASE, the OS credential store or a prompt. */
    public ActorKeys keys() {
        return new ActorKeys(keysDir, keyPassphrase, keyNotices);
    }

    /** The trusted checkpoint keys of this ledger on this machine. */
    public LedgerTrust trust() {
        return new LedgerTrust(ledger, keysDir);
    }

    /**
     * The witness copy kept by default: {@code <data folder>/witness/<ledger id>.checkpoints}, away from the ledger's
     * own folder when the ledger lives elsewhere, so truncating ledger and sidecar together is still caught.
     */
    public Path defaultWitness() {
        return witnessIn(keysDir.toAbsolutePath().resolveSibling("witness"));
    }

    /** The random id of the opened ledger, which checkpoints and receipts name. */
    public String ledgerId() {
        return store.ledgerId();
    }

    /** The witness file of this ledger inside a witness folder (a shared drive, a repository). */
    public Path witnessIn(Path dir) {
        return dir.resolve(store.ledgerId() + StewardPaths.CHECKPOINTS_SUFFIX);
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

    public synchronized ImportService imports() {
        if (imports == null) {
            imports = new ImportService(ledger, importers.get(), SecretGuard.standard(), clock);
        }
        return imports;
    }

    public ColumnMappings mappings() {
        return new ColumnMappings(ledger, clock);
    }

    public InventoryQuery inventory() {
        return new InventoryQuery(store, clock);
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
        return verify(checkpointsFile, List.of(), progress, cancelled);
    }

    /** As {@link #verify(Path, VerifyProgress, BooleanSupplier)}, against checkpoints from any sources. */
    public VerificationReport verify(List<CheckpointSource> sources, VerifyProgress progress, BooleanSupplier cancelled) {
        return verifier().verify(sources, progress, cancelled);
    }

    /**
     * The verifier of this workspace: this machine's trusted keys, the default witness, the snapshot-row check and the
     * checks every job registered.
     */
    private LedgerVerifier verifier(List<Path> witnessDirs) {
        List<Path> witnesses = new ArrayList<>();
        witnesses.add(defaultWitness());
        witnessDirs.forEach(d -> witnesses.add(witnessIn(d)));
        return new LedgerVerifier(store, new ActorKeys(keysDir), entryKinds()).withWitnesses(witnesses.stream().distinct().toList())
                .withContentChecks(List.of(new SnapshotRowCheck()));
    }

    private LedgerVerifier verifier() {
        return verifier(List.of());
    }

    /** Step-up requests and decisions under {@code policy}, on this workspace's clock. */
    public StepUpService stepUp(Policy policy) {
        return StepUp.service(ledger, policy, clock, SAFE_FILE_NAMES);
    }

    public StepUpQuery stepUpQuery() {
        return StepUp.query(ledger);
    }

    /** Signs checkpoints with the actors' keys (passphrase-protected), alone or at the end of a decision's transaction. */
    public Checkpoints checkpoints() {
        return new Checkpoints(ledger, keys(), clock);
    }

    /**
     * The attestation workbook of a campaign: verifies and signs the head first, the same for the CLI and the console.
     * One verification serves both the Summary and the checkpoint (a whole-ledger check is most of an export's fixed cost).
     */
    public io.steward.exports.workbook.WorkbookExport workbookExport() {
        java.util.concurrent.atomic.AtomicReference<VerificationReport> verified = new java.util.concurrent.atomic.AtomicReference<>();
        return new io.steward.exports.workbook.WorkbookExport(new EntryRows(store), new Snapshots(store), campaigns(), () -> {
            VerificationReport report = verify((Path) null, VerifyProgress.NONE, () -> false);
            verified.set(report);
            return report;
        }, () -> checkpointAfter(verified.get()), BuildInfo.version());
    }

    /**
     * Signs the head that {@code report} verified, without verifying again; when that report failed, or the head is no
     * longer the one it verified (another writer, or this actor's key being trusted for the first time), it is the
     * ordinary {@link #checkpoint()}, which verifies first.
     */
    private Checkpoint checkpointAfter(VerificationReport report) {
        if (report == null || !report.ok()) {
            return checkpoint();
        }
        try {
            return checkpoints().writeAndCheckpoint(actor, tx -> {
                Object head = tx.fetchValue("SELECT max(seq) FROM ledger_entry");
                if ((head == null ? 0L : ((Number) head).longValue()) != report.headSeq()) {
                    throw new HeadMoved();
                }
                return null;
            }, List.of(defaultWitness())).checkpoint();
        } catch (HeadMoved moved) {
            return checkpoint();
        }
    }

    /** The head moved between a verification and the checkpoint that was to sign it. */
    private static final class HeadMoved extends RuntimeException {
        HeadMoved() {
            super("the ledger head moved since it was verified", null, false, false);
        }
    }

    /** Checks an exported workbook against this ledger. */
    public io.steward.exports.workbook.WorkbookVerifier workbookVerifier() {
        return new io.steward.exports.workbook.WorkbookVerifier(new EntryRows(store));
    }

    /** Findings of the current inventory on this workspace's clock: refresh, filter, counts, risk acceptance. */
    public io.steward.model.findings.Findings findings() {
        return new io.steward.model.findings.Findings(ledger, FindingCatalogue.standard(), clock);
    }

    /** Owners and backups, the orphan queue, owner-hint suggestions and bulk ownership rules. */
    public io.steward.model.findings.Accountability accountability() {
        return new io.steward.model.findings.Accountability(new io.steward.model.owners.Owners(ledger), findings(), SAFE_FILE_NAMES);
    }

    /** The campaign job over this ledger: reviewers from owners, findings and step-up grants as recorded now. */
    public CampaignService campaigns() {
        return new CampaignService(ledger, GovernanceFacts.of(FindingCatalogue.standard(), clock), checkpoints(), clock);
    }

    /** Also checks the witness files in {@code witnessDirs}, besides the default witness. */
    public VerificationReport verify(Path checkpointsFile, List<Path> witnessDirs, VerifyProgress progress, BooleanSupplier cancelled) {
        return verifier(witnessDirs).verify(checkpointsFile, progress, cancelled);
    }

    /** Refuses to extend a chain that does not verify: {@code what} says what was refused. */
    public void requireVerified(String what) {
        VerificationReport r = verify((Path) null, VerifyProgress.NONE, () -> false);
        if (!r.ok()) {
            throw new LedgerNotVerifiedException("The ledger " + ledgerFile() + " does not verify, so " + what + " was refused: "
                    + r.failure() + " Run `steward ledger verify` for the report.");
        }
    }

    /** Signs the current head with the actor's key: a `checkpoint` entry, a sidecar line and the default witness line. */
    public Checkpoint checkpoint() {
        return checkpoint(List.of());
    }

    /** Also appends the checkpoint line to the witness file in each of {@code witnessDirs}. Refuses an unverified chain. */
    public Checkpoint checkpoint(List<Path> witnessDirs) {
        requireVerified("signing a checkpoint");
        List<Path> witnesses = new ArrayList<>();
        witnesses.add(defaultWitness());
        witnessDirs.forEach(d -> witnesses.add(witnessIn(d)));
        return checkpoints().take(actor, witnesses.stream().distinct().toList());
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
