package io.steward.model.ledger;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checkpoint entries against the lines of a checkpoint file: every line must have its entry (else the entry was
 * deleted — the newest one goes unnoticed by the chain), and, for the sidecar beside the ledger, every entry its
 * line (else a line was deleted). An older copy named with --checkpoints, or a witness file that only received
 * some checkpoints, is checked in the first direction only. Problems are tagged like LedgerVerifier's.
 */
final class CheckpointCrossCheck {
    private CheckpointCrossCheck() {
    }

    static String problem(Map<Long, Checkpoint> entries, List<SidecarReader.Line> lines, Path file, boolean everyEntryNeedsLine) {
        Map<String, Long> entryBySignature = new HashMap<>();
        entries.forEach((seq, cp) -> entryBySignature.put(cp.signature(), seq));
        Map<String, Integer> lineBySignature = new HashMap<>();
        for (SidecarReader.Line line : lines) {
            Checkpoint cp = line.checkpoint();
            lineBySignature.put(cp.signature(), line.number());
            Long seq = entryBySignature.get(cp.signature());
            if (seq == null || !entries.get(seq).equals(cp)) {
                return "entry@" + (cp.seq() + 1) + ": Checkpoint on line " + line.number() + " of " + file.getFileName() + " ("
                        + LedgerVerifier.describe(cp) + ") has no checkpoint entry in the ledger: entry " + (cp.seq() + 1)
                        + " should be that checkpoint, so the ledger's entries were deleted or replaced.";
            }
        }
        if (everyEntryNeedsLine) {
            for (Map.Entry<Long, Checkpoint> e : entries.entrySet()) {
                if (!lineBySignature.containsKey(e.getValue().signature())) {
                    return "entry@" + e.getKey() + ": The checkpoint at entry " + e.getKey() + " (" + LedgerVerifier.describe(e.getValue())
                            + ") has no line in " + file.getFileName() + ": a line was deleted, or the file was replaced by"
                            + " an older copy. Restore the file from a copy kept elsewhere.";
                }
            }
        }
        return null;
    }
}
