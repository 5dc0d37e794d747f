package io.steward.app.ui.ledger;

import io.steward.app.ui.common.Tone;
import io.steward.model.StewardPaths;
import io.steward.model.ledger.Checkpoint;
import io.steward.model.ledger.VerificationReport;
import java.nio.file.Path;
import java.util.Locale;

/** Turns verification and checkpoint results into the words the Ledger page shows. */
final class StatusMessages {
    static final int SHORT_HASH = 16;

    private StatusMessages() {
    }

    static LedgerStatus verified(VerificationReport r) {
        if (r.ok()) {
            String title = "Verified: " + count(r.entriesChecked(), "entry", "entries") + ", "
                    + count(r.checkpointsChecked(), "checkpoint", "checkpoints") + ", head " + shortHash(r.headHash());
            String detail = (r.entriesChecked() == 0 ? "The ledger has no entries yet."
                    : "Every entry matches its hash and the chain is unbroken up to seq " + number(r.headSeq()) + ".")
                    + checkpointsSentence(r) + notes(r);
            return new LedgerStatus(Tone.SUCCESS, title, detail);
        }
        String title = r.failedSeq() != null ? "Broken at entry " + r.failedSeq() + ": " + r.failure() : "Broken: " + r.failure();
        String detail = "Do not trust entries from this point on. Keep a copy of the ledger file and its .checkpoints"
                + " sidecar for investigation." + notes(r);
        return new LedgerStatus(Tone.DANGER, title, detail);
    }

    static LedgerStatus running(long done, long total) {
        String detail = total <= 0 ? "Starting…" : "Checked " + number(done) + " of " + number(total) + " entries.";
        return new LedgerStatus(Tone.RUNNING, "Verifying…", detail);
    }

    static LedgerStatus cancelled() {
        return new LedgerStatus(Tone.WARNING, "Verification cancelled",
                "Nothing was checked to the end and nothing was changed. Verify again to check the whole ledger.");
    }

    static LedgerStatus checkpointed(Checkpoint c, Path ledgerFile) {
        return new LedgerStatus(Tone.SUCCESS, "Checkpoint written: head seq " + c.seq() + " signed by " + c.actor(),
                "Key " + c.keyFingerprint() + ". A copy of the checkpoint is in " + StewardPaths.sidecarOf(ledgerFile)
                        + "; keep it somewhere else too so truncation can be detected.");
    }

    static String shortHash(String hash) {
        if (hash == null || hash.isEmpty()) {
            return "none";
        }
        return hash.length() <= SHORT_HASH ? hash : hash.substring(0, SHORT_HASH) + "…";
    }

    static String count(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String checkpointsSentence(VerificationReport r) {
        if (r.checkpointsFile() == null) {
            return ""; // the verifier's note says there is none and what that leaves undetected
        }
        return " " + count(r.checkpointsChecked(), "signed checkpoint", "signed checkpoints") + " matched, checked against "
                + r.checkpointsFile() + ".";
    }

    private static String notes(VerificationReport r) {
        return r.notes() == null || r.notes().isEmpty() ? "" : " " + String.join(" ", r.notes());
    }
}
