package io.steward.model.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.json.JsonTrees;
import io.steward.model.store.Store;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Verifies one seq range of the chain on its own connection, so ranges run in parallel: each
 * entry's hash depends only on its stored bytes, and the links between ranges are checked after.
 */
final class ChainSegment {
    private static final int PROGRESS_EVERY = 4096;

    final long from;
    final long to;
    byte[] firstPrevHash;
    byte[] lastHash;
    long checked;
    Long failedSeq;
    String failure;
    final List<Checkpoint> checkpointEntries = new ArrayList<>();
    final List<String> checkpointProblems = new ArrayList<>();
    final List<Long> checkpointEntrySeqs = new ArrayList<>();
    Long firstProblemSeq;

    private void addProblem(long seq, String problem) {
        if (checkpointProblems.isEmpty()) {
            firstProblemSeq = seq;
        }
        checkpointProblems.add(problem);
    }

    final java.util.Set<String> collectKinds;
    final List<CollectedEntry> collected = new ArrayList<>();

    ChainSegment(long from, long to, java.util.Set<String> collectKinds) {
        this.from = from;
        this.to = to;
        this.collectKinds = collectKinds;
    }

    void run(Store store, AtomicLong progress, BooleanSupplier cancelled) {
        try (Connection c = store.newConnection();
             PreparedStatement st = c.prepareStatement("SELECT seq, body, prev_hash, hash FROM ledger_entry WHERE seq BETWEEN ? AND ?"
                     + " ORDER BY seq")) {
            st.setLong(1, from);
            st.setLong(2, to);
            try (ResultSet rs = st.executeQuery()) {
                walk(rs, progress, cancelled);
            }
        } catch (SQLException e) {
            fail(from, "Entries from " + from + " on cannot be read: " + e.getMessage());
        }
    }

    private void walk(ResultSet rs, AtomicLong progress, BooleanSupplier cancelled) throws SQLException {
        MessageDigest digest = Hashes.sha256();
        long expected = from;
        byte[] previous = null;
        while (rs.next()) {
            long seq = rs.getLong(1);
            byte[] body = rs.getBytes(2);
            byte[] prev = rs.getBytes(3);
            byte[] hash = rs.getBytes(4);
            if (seq != expected) {
                fail(expected, missing(expected, seq));
                return;
            }
            if (previous == null) {
                firstPrevHash = prev;
            } else if (!Arrays.equals(previous, prev)) {
                fail(seq, brokenLink(seq));
                return;
            }
            if (body == null || !Arrays.equals(Hashes.entryHash(digest, prev, body), hash)) {
                fail(seq, "Entry " + seq + " does not match its hash: its content was changed after it was written.");
                return;
            }
            BodyCanonicality.Result verdict = BodyCanonicality.check(seq, body);
            if (verdict.problem() != null) {
                fail(seq, verdict.problem());
                return;
            }
            String kind = verdict.kind();
            boolean checkpoint = Checkpoint.ENTRY_KIND.equals(kind);
            if (checkpoint || collectKinds.contains(kind)) { // the few entries read further get their tree
                JsonNode parsed = JsonTrees.parse(body);
                if (checkpoint) {
                    readCheckpoint(seq, parsed, prev);
                }
                if (collectKinds.contains(kind)) {
                    collected.add(new CollectedEntry(seq, parsed.get("actor").asText(), kind,
                            parsed.get("subject").asText(), parsed.get("payload")));
                }
            }
            previous = hash;
            checked++;
            expected++;
            if (checked % PROGRESS_EVERY == 0) {
                progress.addAndGet(PROGRESS_EVERY);
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("verification cancelled");
                }
            }
        }
        progress.addAndGet(checked % PROGRESS_EVERY);
        lastHash = previous;
        if (expected <= to) {
            fail(expected, "Entry " + expected + " is missing: the ledger's entries stop at " + (expected - 1)
                    + " although later entries exist (entries were deleted).");
        }
    }

    private static String missing(long expected, long found) {
        return found - expected == 1
                ? "Entry " + expected + " is missing: entry " + found + " follows entry " + (expected - 1) + " (an entry was deleted)."
                : "Entries " + expected + " to " + (found - 1) + " are missing (entries were deleted).";
    }

    /** A checkpoint entry signs the entry just before it, whose hash is this entry's previous-hash. */
    private void readCheckpoint(long seq, JsonNode body, byte[] prev) {
        try {
            Checkpoint cp = Checkpoint.fromJson(body.get("payload"));
            checkpointEntries.add(cp);
            checkpointEntrySeqs.add(seq);
            if (!cp.actor().equals(body.get("actor").asText()) || !ActorNames.isNormalised(cp.actor())) {
                addProblem(seq, "The checkpoint at entry " + seq + " names the actor \"" + Printable.of(cp.actor())
                        + "\", which is not a valid actor name or not the entry's actor: it was not made by Steward.");
            }
            String problem = cp.signatureProblem();
            if (problem == null && (cp.seq() != seq - 1 || !cp.headHash().equals(Hashes.hex(prev)))) {
                problem = "it does not sign the entry before it";
            }
            if (problem != null) {
                addProblem(seq, "The checkpoint at entry " + seq + " is not valid: " + problem + ".");
            }
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            addProblem(seq, "The checkpoint at entry " + seq + " cannot be read: " + e.getMessage() + ".");
        }
    }

    static String brokenLink(long seq) {
        return "Entry " + seq + " does not link to entry " + (seq - 1)
                + ": its previous-hash is not that entry's hash (an entry was changed, removed or inserted).";
    }

    /** Records a failure found from outside (a broken link at the range's start), which comes first. */
    void failAt(long seq, String why) {
        fail(seq, why);
    }

    private void fail(long seq, String why) {
        failedSeq = seq;
        failure = why;
    }
}
