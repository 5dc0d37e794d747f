package io.steward.model.ledger;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A checkpoint as one line to paste into a ticket or an e-mail, kept by someone other than the ledger's owner:
 * {@code steward-receipt v1 ledger=ID seq=N head=HEX time=T key=FINGERPRINT pub=BASE64 sig=BASE64 actor=NAME}.
 * {@code steward ledger verify --receipt TEXT} checks the signature and that this ledger still has that head at
 * that seq — which catches a truncated or rebuilt ledger even when ledger, sidecar and keys were all replaced.
 */
public final class Receipt {
    private static final Pattern FORMAT = Pattern.compile("steward-receipt v1 ledger=([0-9a-f]{1,64}) seq=(\\d{1,18}) head=([0-9a-f]{64})"
            + " time=(\\S{1,40}) key=([0-9a-f]{64}) pub=([A-Za-z0-9+/=]{1,200}) sig=([A-Za-z0-9+/=]{1,200}) actor=(.{1,128})");

    private Receipt() {
    }

    public static String of(Checkpoint cp) {
        return "steward-receipt v1 ledger=" + cp.ledgerId() + " seq=" + cp.seq() + " head=" + cp.headHash() + " time="
                + Ledger.TIME.format(cp.time()) + " key=" + cp.keyFingerprint() + " pub=" + cp.publicKey() + " sig=" + cp.signature()
                + " actor=" + cp.actor();
    }

    /** The checkpoint a receipt carries; {@link IllegalArgumentException} saying what is wrong with the text. */
    public static Checkpoint parse(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = FORMAT.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a Steward receipt: expected one line \"steward-receipt v1 ledger=… seq=… head=…"
                    + " time=… key=… pub=… sig=… actor=…\", as `steward ledger checkpoint` prints it");
        }
        Instant time;
        try {
            time = Instant.parse(m.group(4));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("the receipt's time " + m.group(4) + " is not a UTC time");
        }
        return new Checkpoint(m.group(1), Long.parseLong(m.group(2)), m.group(3), time, m.group(8), m.group(5), m.group(6), m.group(7));
    }

    /** Null when the receipt's signature holds and this ledger (id, head at that seq) is the one it was given for. */
    public static String problem(Checkpoint receipt, String ledgerId, long headSeq, String hashAtSeq) {
        String signature = receipt.signatureProblem();
        if (signature != null) {
            return "The receipt is not valid: " + signature + " (it was altered).";
        }
        if (!receipt.ledgerId().equals(ledgerId)) {
            return "The receipt belongs to another ledger (id " + receipt.ledgerId() + ", this one is " + ledgerId + ").";
        }
        if (receipt.seq() > headSeq) {
            return "The receipt was given when the ledger had " + receipt.seq() + " entries, but this ledger ends at entry " + headSeq
                    + ": the newest entries were deleted.";
        }
        if (hashAtSeq == null || !hashAtSeq.equals(receipt.headHash())) {
            return "Entry " + receipt.seq() + " is not the entry the receipt was given for (its hash differs): the chain was rebuilt or edited.";
        }
        return null;
    }
}
