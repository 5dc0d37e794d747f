package io.steward.model.ledger;

import io.steward.model.BadInputException;
import io.steward.model.StewardPaths;
import io.steward.model.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Walks the whole chain (in parallel ranges), checks every body is canonical, then the signed checkpoints:
 * those in the ledger, the sidecar beside it (each entry has its line and each line its entry), witness
 * copies kept elsewhere, the keys this machine trusts for the ledger, and finally the content checks
 * (e.g. snapshot rows against their digests).
 */
public final class LedgerVerifier {
    private static final int MIN_ENTRIES_PER_SEGMENT = 50_000;

    private final Store store;
    private final Path keysDir;
    private final EntryKinds catalogue;
    private List<Path> witnesses = List.of();
    private List<LedgerContentCheck> contentChecks = List.of();

    /** Verifies without this machine's trusted keys (an auditor's plain check of chain and signatures). */
    public LedgerVerifier(Store store) {
        this(store, null, EntryKinds.builder().build());
    }

    /** Also requires every checkpoint to be signed by a key this machine trusts for the ledger ({@link TrustedKeys}). */
    public LedgerVerifier(Store store, ActorKeys keys) {
        this(store, keys, EntryKinds.builder().build());
    }

    /** Also runs the checks registered in {@code catalogue} once the chain holds (keys null: no trusted-key check). */
    public LedgerVerifier(Store store, ActorKeys keys, EntryKinds catalogue) {
        this.store = store;
        this.keysDir = keys == null ? null : keys.dir();
        this.catalogue = catalogue;
    }

    /**
     * Checks the chain against checkpoints kept outside the ledger ({@link CheckpointSource}: a document, a copy)
     * besides the sidecar beside it; every one must match this ledger and have its checkpoint entry.
     */
    public VerificationReport verify(List<CheckpointSource> sources, VerifyProgress progress, BooleanSupplier cancelled) {
        Path sidecar = sources.stream().filter(CheckpointSource.Sidecar.class::isInstance).map(c -> ((CheckpointSource.Sidecar) c).path())
                .findFirst().orElse(null);
        this.extraSources = List.copyOf(sources);
        this.noSidecar = sidecar == null;
        if (sidecar != null && !sidecar.toAbsolutePath().equals(StewardPaths.sidecarOf(store.file()).toAbsolutePath())) {
            return verify(sidecar, progress, cancelled);
        }
        return verify((Path) null, progress, cancelled);
    }

    private boolean noSidecar;

    private List<CheckpointSource> extraSources = List.of();

    /** Witness files (copies of the checkpoint lines kept elsewhere): every line must match this ledger. */
    public LedgerVerifier withWitnesses(List<Path> files) {
        this.witnesses = List.copyOf(files);
        return this;
    }

    public LedgerVerifier withContentChecks(List<LedgerContentCheck> checks) {
        this.contentChecks = List.copyOf(checks);
        return this;
    }

    /** Checks against the sidecar beside the ledger, or against {@code checkpointsFile} when given (it must exist). */
    public VerificationReport verify(Path checkpointsFile, VerifyProgress progress, BooleanSupplier cancelled) {
        boolean explicit = checkpointsFile != null;
        Path sidecar = explicit ? checkpointsFile : StewardPaths.sidecarOf(store.file());
        if (explicit && !Files.isRegularFile(checkpointsFile)) {
            throw new BadInputException(checkpointsFile, null, "no such checkpoint file. Name the sidecar copy to check against.");
        }
        long headSeq = store.jdbc(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT max(seq) FROM ledger_entry")) {
                return rs.next() ? rs.getLong(1) : 0L; // max of no rows is NULL, which getLong reads as 0
            }
        });
        Set<String> kinds = new HashSet<>(List.of(LedgerTrust.KEY_TRUSTED, LedgerTrust.KEY_UNTRUSTED));
        contentChecks.forEach(c -> kinds.addAll(c.kinds()));
        List<ChainSegment> segments = walkChain(headSeq, kinds, progress, cancelled);

        List<String> notes = new ArrayList<>();
        long checked = segments.stream().mapToLong(s -> s.checked).sum();
        checkLinks(segments);
        Optional<ChainSegment> broken = segments.stream().filter(s -> s.failure != null)
                .min(Comparator.comparingLong(s -> s.failedSeq));
        byte[] headHash = headSeq == 0 ? Hashes.GENESIS : segments.get(segments.size() - 1).lastHash;
        String head = headHash == null ? null : Hashes.hex(headHash);
        Path shownFile = !noSidecar && Files.isRegularFile(sidecar) ? sidecar : null;
        Result result = new Result(checked, headSeq, head, shownFile, notes);

        if (broken.isPresent()) {
            ChainSegment s = broken.get();
            return result.failed(0, s.failedSeq, s.failure);
        }
        Optional<ChainSegment> badCheckpoint = segments.stream().filter(s -> !s.checkpointProblems.isEmpty()).findFirst();
        Map<Long, Checkpoint> entries = new TreeMap<>();
        segments.forEach(s -> {
            for (int i = 0; i < s.checkpointEntries.size(); i++) {
                entries.put(s.checkpointEntrySeqs.get(i), s.checkpointEntries.get(i));
            }
        });
        if (badCheckpoint.isPresent()) {
            return result.failed(entries.size(), badCheckpoint.get().firstProblemSeq, badCheckpoint.get().checkpointProblems.get(0));
        }
        List<CollectedEntry> collected = segments.stream().flatMap(s -> s.collected.stream()).toList();

        List<SidecarReader.Line> lines = List.of();
        if (noSidecar) {
            if (extraSources.stream().allMatch(src -> src.read().isEmpty())) {
                notes.add("No checkpoints from outside the ledger were given: deleting the newest entries or rebuilding the whole chain"
                        + " cannot be detected without them.");
            }
        } else if (Files.isRegularFile(sidecar)) {
            try {
                lines = SidecarReader.read(sidecar);
            } catch (SidecarReader.Problem p) {
                return result.failed(entries.size(), null, p.getMessage());
            }
        } else if (!entries.isEmpty()) {
            return result.failed(entries.size(), null, "The checkpoint file " + sidecar + " is missing, but the ledger holds "
                    + entries.size() + " checkpoint" + (entries.size() == 1 ? "" : "s") + ": it was deleted. Restore it from a copy"
                    + " kept elsewhere (or a witness folder) and verify again.");
        } else {
            notes.add("No checkpoint file at " + sidecar + ": deleting the newest entries or rebuilding the whole chain"
                    + " cannot be detected without one. Take a checkpoint (steward ledger checkpoint) and keep a copy of the file.");
        }
        String problem = checkLines(sidecar, lines, headSeq);
        if (problem == null) {
            problem = CheckpointCrossCheck.problem(entries, lines, sidecar, !explicit && !noSidecar);
        }
        if (problem != null) {
            return result.failed(entries.size() + lines.size(), failedSeqOf(problem, headSeq), stripTag(problem));
        }
        List<Checkpoint> all = new ArrayList<>(entries.values());
        lines.forEach(l -> all.add(l.checkpoint()));
        int witnessLines = 0;
        for (Path witness : witnesses) {
            if (!Files.isRegularFile(witness)) {
                notes.add("No witness copy at " + witness + " yet.");
                continue;
            }
            List<SidecarReader.Line> wl;
            try {
                wl = SidecarReader.read(witness);
            } catch (SidecarReader.Problem p) {
                return result.failed(entries.size() + lines.size(), null, p.getMessage());
            }
            String wp = checkLines(witness, wl, headSeq);
            if (wp == null) {
                wp = CheckpointCrossCheck.problem(entries, wl, witness, false);
            }
            if (wp != null) {
                return result.failed(entries.size() + lines.size(), failedSeqOf(wp, headSeq), stripTag(wp));
            }
            witnessLines += wl.size();
            wl.forEach(l -> all.add(l.checkpoint()));
        }
        List<SidecarReader.Line> extra = new ArrayList<>();
        for (CheckpointSource source : extraSources) {
            if (source instanceof CheckpointSource.Sidecar sc && sc.path().toAbsolutePath().equals(sidecar.toAbsolutePath())) {
                continue;
            }
            List<CheckpointSource.Located> located;
            try {
                located = source.read();
            } catch (RuntimeException e) {
                return result.failed(entries.size() + lines.size(), null, e.getMessage());
            }
            int n = 0;
            for (CheckpointSource.Located l : located) {
                extra.add(new SidecarReader.Line(++n, l.checkpoint()));
            }
            Path name = Path.of(source.name().replaceAll("[/\\\\]", "_"));
            String xp = checkLocated(located, headSeq);
            if (xp == null) {
                xp = CheckpointCrossCheck.problem(entries, extra.subList(extra.size() - located.size(), extra.size()), name, false);
            }
            if (xp != null) {
                return result.failed(entries.size() + lines.size(), failedSeqOf(xp, headSeq), stripTag(xp));
            }
        }
        extra.forEach(l -> all.add(l.checkpoint()));
        int checkpoints = entries.size() + lines.size() + witnessLines + extra.size();
        if (keysDir != null) {
            TrustCheck.Outcome trust = new TrustCheck(new TrustedKeys(keysDir, store.ledgerId())).check(entries, all, collected);
            notes.addAll(trust.notes());
            if (trust.failure() != null) {
                return result.failed(checkpoints, trust.failedSeq(), trust.failure());
            }
        }
        for (LedgerContentCheck check : contentChecks) {
            List<CollectedEntry> mine = collected.stream().filter(e -> check.kinds().contains(e.kind())).toList();
            LedgerContentCheck.Outcome outcome = check.check(store, mine, cancelled);
            notes.addAll(outcome.notes());
            if (outcome.failure() != null) {
                return result.failed(checkpoints, outcome.failedSeq(), outcome.failure());
            }
        }
        EntryChecks.Failure failure = new EntryChecks(store, catalogue.newChecks()).run(cancelled);
        if (failure != null) {
            return result.failed(checkpoints, failure.seq(), failure.message());
        }
        return result.ok(checkpoints);
    }

    /** What every report of one run shares. */
    private record Result(long checked, long headSeq, String head, Path file, List<String> notes) {
        VerificationReport failed(int checkpoints, Long seq, String why) {
            return new VerificationReport(false, checked, headSeq, head, checkpoints, file, seq, why, notes);
        }

        VerificationReport ok(int checkpoints) {
            return new VerificationReport(true, checked, headSeq, head, checkpoints, file, null, null, notes);
        }
    }

    /** Each line of a checkpoint file against this ledger; a problem starts with a tag word and a colon. */
    private String checkLines(Path file, List<SidecarReader.Line> lines, long headSeq) {
        Map<Long, byte[]> hashes = hashesAt(lines.stream().map(l -> new CheckpointSource.Located("", l.checkpoint())).toList());
        for (SidecarReader.Line line : lines) {
            String problem = new SidecarCheck(store.ledgerId(), headSeq, hashes).problem(line.checkpoint());
            if (problem != null) {
                String tag = problem.substring(0, problem.indexOf(':'));
                String seq = tag.equals("rebuilt") ? "@" + line.checkpoint().seq() : "";
                return tag + seq + ": Checkpoint on line " + line.number() + " of " + file.getFileName() + " (" + describe(line.checkpoint())
                        + "): " + problem.substring(problem.indexOf(':') + 2);
            }
        }
        return null;
    }

    /** As {@link #checkLines}, naming each checkpoint as its source does ("number 1 in attestation.xlsx"). */
    private String checkLocated(List<CheckpointSource.Located> located, long headSeq) {
        Map<Long, byte[]> hashes = hashesAt(located);
        for (CheckpointSource.Located l : located) {
            String problem = new SidecarCheck(store.ledgerId(), headSeq, hashes).problem(l.checkpoint());
            if (problem != null) {
                String tag = problem.substring(0, problem.indexOf(':'));
                String seq = tag.equals("rebuilt") ? "@" + l.checkpoint().seq() : "";
                return tag + seq + ": Checkpoint " + l.where() + " (" + describe(l.checkpoint()) + "): " + problem.substring(problem.indexOf(':') + 2);
            }
        }
        return null;
    }

    private static Long failedSeqOf(String tagged, long headSeq) {
        String tag = tagged.substring(0, tagged.indexOf(':'));
        if (tag.equals("truncated")) {
            return headSeq + 1;
        }
        if (tag.startsWith("rebuilt@") || tag.startsWith("entry@")) {
            return Long.valueOf(tag.substring(tag.indexOf('@') + 1));
        }
        return null;
    }

    private static String stripTag(String tagged) {
        return tagged.substring(tagged.indexOf(':') + 2);
    }

    private List<ChainSegment> walkChain(long headSeq, Set<String> kinds, VerifyProgress progress, BooleanSupplier cancelled) {
        int threads = (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), headSeq / MIN_ENTRIES_PER_SEGMENT));
        List<ChainSegment> segments = new ArrayList<>();
        long per = Math.max(1, (headSeq + threads - 1) / threads);
        for (long from = 1; from <= headSeq; from += per) {
            segments.add(new ChainSegment(from, Math.min(headSeq, from + per - 1), kinds));
        }
        if (segments.isEmpty()) {
            return segments;
        }
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(segments.size(), r -> {
            Thread t = new Thread(r, "ledger-verify");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = segments.stream().<Future<?>>map(s -> pool.submit(() -> s.run(store, done, cancelled))).toList();
            for (Future<?> f : futures) {
                awaitWithProgress(f, done, headSeq, progress);
            }
        } finally {
            pool.shutdownNow();
        }
        progress.update(headSeq, headSeq);
        return segments;
    }

    private static void awaitWithProgress(Future<?> f, AtomicLong done, long total, VerifyProgress progress) {
        while (true) {
            try {
                f.get(100, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                progress.update(done.get(), total);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof CancellationException ce) {
                    throw ce;
                }
                throw new IllegalStateException("verification failed unexpectedly", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("verification interrupted");
            }
        }
    }

    /** Marks a range that does not continue the range before it (a break at its first entry). */
    private static void checkLinks(List<ChainSegment> segments) {
        byte[] previous = Hashes.GENESIS;
        for (ChainSegment s : segments) {
            if (previous != null && s.firstPrevHash != null && !Arrays.equals(previous, s.firstPrevHash)) {
                s.failAt(s.from, s.from == 1
                        ? "Entry 1 does not start from the genesis hash (32 zero bytes): the chain was altered at its start."
                        : ChainSegment.brokenLink(s.from));
            }
            previous = s.lastHash;
        }
    }

    /** Reads the hashes of the entries the outside checkpoints name, in one query. */
    private Map<Long, byte[]> hashesAt(List<CheckpointSource.Located> located) {
        List<Long> seqs = located.stream().map(l -> l.checkpoint().seq()).distinct().toList();
        Map<Long, byte[]> out = new HashMap<>();
        if (seqs.isEmpty()) {
            return out;
        }
        store.jdbc(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT seq, hash FROM ledger_entry WHERE seq = ?")) {
                for (long seq : seqs) {
                    st.setLong(1, seq);
                    try (ResultSet rs = st.executeQuery()) {
                        if (rs.next()) {
                            out.put(rs.getLong(1), rs.getBytes(2));
                        }
                    }
                }
            }
            return null;
        });
        out.put(0L, Hashes.GENESIS);
        return out;
    }

    static String describe(Checkpoint cp) {
        return "seq " + cp.seq() + ", " + Ledger.TIME.format(cp.time()) + ", by " + Printable.of(cp.actor());
    }

    static String shortKey(String fingerprint) {
        return fingerprint.length() > 16 ? fingerprint.substring(0, 16) + "…" : fingerprint;
    }

    /** Compares one sidecar checkpoint with this ledger. Problems start with a tag word and a colon. */
    private record SidecarCheck(String ledgerId, long headSeq, Map<Long, byte[]> hashes) {
        String problem(Checkpoint cp) {
            String signature = cp.signatureProblem();
            if (signature != null) {
                return "edited: " + signature + " (the checkpoint file was edited).";
            }
            if (!cp.ledgerId().equals(ledgerId)) {
                return "other: it belongs to another ledger (id " + cp.ledgerId() + ", this one is " + ledgerId + ").";
            }
            if (cp.seq() > headSeq) {
                return "truncated: it was signed when the ledger had " + cp.seq() + " entries, but this ledger ends at entry "
                        + headSeq + " (the newest entries were deleted).";
            }
            byte[] actual = hashes.get(cp.seq());
            if (actual == null || !Hashes.hex(actual).equals(cp.headHash())) {
                return "rebuilt: entry " + cp.seq() + " is not the entry that was signed (its hash differs): the chain was rebuilt or edited.";
            }
            return null;
        }
    }

}
