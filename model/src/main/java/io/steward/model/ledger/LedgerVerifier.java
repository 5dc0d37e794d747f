package io.steward.model.ledger;

import io.steward.model.BadInputException;
import io.steward.model.StewardPaths;
import io.steward.model.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import static io.steward.model.db.Tables.LEDGER_ENTRY;

/**
 * Walks the whole chain (in parallel ranges) and checks it against signed checkpoints: those in
 * the ledger and those kept outside it ({@link CheckpointSource}: the sidecar, a copy, a document), which
 * catch truncation and rebuilt chains. Then runs the checks the jobs registered ({@link EntryCheck}).
 */
public final class LedgerVerifier {
    private static final int MIN_ENTRIES_PER_SEGMENT = 50_000;

    private final Store store;
    private final ActorKeys trustedKeys;
    private final EntryKinds catalogue;

    /** Verifies the chain and checkpoints only, without comparing checkpoint keys to this machine's actor keys. */
    public LedgerVerifier(Store store) {
        this(store, null, EntryKinds.builder().build());
    }

    /** Also refuses checkpoints whose actor has a different key in {@code trustedKeys}; runs no entry checks. */
    public LedgerVerifier(Store store, ActorKeys trustedKeys) {
        this(store, trustedKeys, EntryKinds.builder().build());
    }

    /**
     * Also refuses checkpoints whose actor has a different key in {@code trustedKeys} on this machine (null:
     * no such comparison), and runs the checks registered in {@code catalogue} once the chain holds.
     */
    public LedgerVerifier(Store store, ActorKeys trustedKeys, EntryKinds catalogue) {
        this.store = store;
        this.trustedKeys = trustedKeys;
        this.catalogue = catalogue;
    }

    /** Checks against the sidecar beside the ledger, or against {@code checkpointsFile} when given (it must exist). */
    public VerificationReport verify(Path checkpointsFile, VerifyProgress progress, BooleanSupplier cancelled) {
        if (checkpointsFile != null && !Files.isRegularFile(checkpointsFile)) {
            throw new BadInputException(checkpointsFile, null, "no such checkpoint file. Name the sidecar copy to check against.");
        }
        Path sidecar = checkpointsFile != null ? checkpointsFile : StewardPaths.sidecarOf(store.file());
        return verify(List.of(CheckpointSource.sidecar(sidecar)), progress, cancelled);
    }

    /**
     * Walks the whole chain, checks the checkpoints in it and those of every source against it, then runs
     * the registered entry checks. With no source (or only empty ones) truncation cannot be detected: a note says so.
     */
    public VerificationReport verify(List<CheckpointSource> sources, VerifyProgress progress, BooleanSupplier cancelled) {
        List<CheckpointSource.Located> outside = new ArrayList<>();
        for (CheckpointSource source : sources) {
            outside.addAll(source.read());
        }
        Path reportedFile = sources.stream().map(CheckpointSource::file).flatMap(Optional::stream).findFirst().orElse(null);
        long headSeq = store.read(ctx -> Optional.ofNullable(ctx.select(org.jooq.impl.DSL.max(LEDGER_ENTRY.SEQ))
                .from(LEDGER_ENTRY).fetchOne(0, Long.class)).orElse(0L));
        List<ChainSegment> segments = walkChain(headSeq, progress, cancelled);

        List<String> notes = new ArrayList<>();
        long checked = segments.stream().mapToLong(s -> s.checked).sum();
        checkLinks(segments);
        Optional<ChainSegment> broken = segments.stream().filter(s -> s.failure != null)
                .min(Comparator.comparingLong(s -> s.failedSeq));
        byte[] headHash = headSeq == 0 ? Hashes.GENESIS : segments.get(segments.size() - 1).lastHash;
        String head = headHash == null ? null : Hashes.hex(headHash);

        if (broken.isPresent()) {
            ChainSegment s = broken.get();
            return report(false, checked, headSeq, head, 0, reportedFile, s.failedSeq, s.failure, notes);
        }
        List<String> entryProblems = segments.stream().flatMap(s -> s.checkpointProblems.stream()).toList();
        int inLedger = segments.stream().mapToInt(s -> s.checkpointEntries.size()).sum();
        if (!entryProblems.isEmpty()) {
            return report(false, checked, headSeq, head, inLedger, reportedFile, null, entryProblems.get(0), notes);
        }
        List<Checkpoint> all = new ArrayList<>(segments.stream().flatMap(s -> s.checkpointEntries.stream()).toList());
        if (outside.isEmpty()) {
            notes.add(absenceNote(sources));
        }
        Map<Long, byte[]> hashes = hashesAt(outside);
        for (CheckpointSource.Located located : outside) {
            String problem = new SidecarCheck(store.ledgerId(), headSeq, hashes).problem(located.checkpoint());
            if (problem != null) {
                Long seq = problem.startsWith("truncated") ? Long.valueOf(headSeq + 1)
                        : problem.startsWith("rebuilt") ? Long.valueOf(located.checkpoint().seq()) : null;
                return report(false, checked, headSeq, head, inLedger, reportedFile, seq,
                        "Checkpoint " + located.where() + " (" + describe(located.checkpoint()) + "): "
                                + problem.substring(problem.indexOf(':') + 2), notes);
            }
            all.add(located.checkpoint());
        }
        int checkpoints = inLedger + outside.size();
        String keyProblem = untrustedKey(all);
        if (keyProblem != null) {
            return report(false, checked, headSeq, head, checkpoints, reportedFile, null, keyProblem, notes);
        }
        EntryChecks.Failure failure = new EntryChecks(store, catalogue.newChecks()).run(cancelled);
        if (failure != null) {
            return report(false, checked, headSeq, head, checkpoints, reportedFile, failure.seq(), failure.message(), notes);
        }
        return report(true, checked, headSeq, head, checkpoints, reportedFile, null, null, notes);
    }

    private static String absenceNote(List<CheckpointSource> sources) {
        for (CheckpointSource source : sources) {
            if (source instanceof CheckpointSource.Sidecar sidecar) {
                return Files.isRegularFile(sidecar.path()) ? "The checkpoint file " + sidecar.path() + " is empty."
                        : "No checkpoint file at " + sidecar.path() + ": deleting the newest entries or rebuilding the whole chain"
                        + " cannot be detected without one. Take a checkpoint (steward ledger checkpoint) and keep a copy of the file.";
            }
        }
        return "No checkpoints from outside the ledger were given: deleting the newest entries or rebuilding the whole chain"
                + " cannot be detected without them.";
    }

    private List<ChainSegment> walkChain(long headSeq, VerifyProgress progress, BooleanSupplier cancelled) {
        int threads = (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), headSeq / MIN_ENTRIES_PER_SEGMENT));
        List<ChainSegment> segments = new ArrayList<>();
        long per = Math.max(1, (headSeq + threads - 1) / threads);
        for (long from = 1; from <= headSeq; from += per) {
            segments.add(new ChainSegment(from, Math.min(headSeq, from + per - 1)));
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
        store.read(ctx -> {
            ctx.select(LEDGER_ENTRY.SEQ, LEDGER_ENTRY.HASH).from(LEDGER_ENTRY).where(LEDGER_ENTRY.SEQ.in(seqs))
                    .forEach(r -> out.put(r.value1(), r.value2()));
            return null;
        });
        out.put(0L, Hashes.GENESIS);
        return out;
    }

    private String untrustedKey(List<Checkpoint> checkpoints) {
        if (trustedKeys == null) {
            return null;
        }
        Map<String, String> known = new HashMap<>();
        for (Checkpoint cp : checkpoints) {
            String expected = known.computeIfAbsent(cp.actor(), a -> trustedKeys.existingPublicKey(a)
                    .map(ActorKeys::fingerprint).orElse(""));
            if (!expected.isEmpty() && !expected.equals(cp.keyFingerprint())) {
                return "Checkpoint " + describe(cp) + " was signed by key " + shortKey(cp.keyFingerprint()) + ", but "
                        + cp.actor() + "'s key on this machine is " + shortKey(expected) + ": it was not made by " + cp.actor() + ".";
            }
        }
        return null;
    }

    static String describe(Checkpoint cp) {
        return "seq " + cp.seq() + ", " + Ledger.TIME.format(cp.time()) + ", by " + cp.actor();
    }

    private static String shortKey(String fingerprint) {
        return fingerprint.length() > 16 ? fingerprint.substring(0, 16) + "…" : fingerprint;
    }

    private static VerificationReport report(boolean ok, long checked, long headSeq, String head, int checkpoints, Path file,
                                             Long failedSeq, String failure, List<String> notes) {
        return new VerificationReport(ok, checked, headSeq, head, checkpoints, file, failedSeq, failure, notes);
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
