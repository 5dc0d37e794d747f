package io.steward.model.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every checkpoint must be signed by a key this machine trusts for the ledger, under the actor it was
 * trusted for; a checkpoint entry's key must also have been trusted by the ledger's own
 * {@code ledger.key-trusted} entries before it (once there are any). The first verification on a machine
 * that has no trusted-keys file for the ledger pins the keys the ledger trusts (trust on first use, like SSH).
 */
final class TrustCheck {
    record Outcome(Long failedSeq, String failure, List<String> notes) {
    }

    private final TrustedKeys trusted;

    TrustCheck(TrustedKeys trusted) {
        this.trusted = trusted;
    }

    Outcome check(Map<Long, Checkpoint> entries, List<Checkpoint> all, List<CollectedEntry> trustEntries) {
        List<String> notes = new ArrayList<>();
        List<TrustedKeys.TrustedKey> pinned;
        try {
            pinned = trusted.exists() ? trusted.list() : pinOnFirstUse(entries, trustEntries, notes);
        } catch (ActorKeys.KeyException e) {
            return new Outcome(null, e.getMessage(), notes);
        }
        Set<String> pins = new HashSet<>();
        pinned.forEach(k -> pins.add(k.actor() + " " + k.fingerprint()));
        for (Checkpoint cp : all) {
            if (!pins.contains(cp.actor() + " " + cp.keyFingerprint())) {
                Long seq = entries.entrySet().stream().filter(e -> e.getValue().equals(cp)).map(Map.Entry::getKey).findFirst().orElse(null);
                return new Outcome(seq, "Checkpoint " + LedgerVerifier.describe(cp) + " was signed by key "
                        + LedgerVerifier.shortKey(cp.keyFingerprint()) + ", which this machine does not trust for "
                        + Printable.of(cp.actor()) + " on this ledger: it was not made by a trusted signer (a rebuilt or re-signed"
                        + " ledger). If the key is genuine, add it with `steward ledger trust add`.", notes);
            }
        }
        String inLedger = ledgerTrustProblem(entries, trustEntries);
        return inLedger == null ? new Outcome(null, null, notes)
                : new Outcome(Long.valueOf(inLedger.substring(0, inLedger.indexOf(' '))), inLedger.substring(inLedger.indexOf(' ') + 1), notes);
    }

    /** "SEQ sentence" when a checkpoint entry's key was not trusted by the ledger when it was appended. */
    private static String ledgerTrustProblem(Map<Long, Checkpoint> entries, List<CollectedEntry> trustEntries) {
        if (trustEntries.isEmpty()) {
            return null;
        }
        long firstTrust = trustEntries.get(0).seq();
        Set<String> state = new HashSet<>();
        int next = 0;
        for (Map.Entry<Long, Checkpoint> e : entries.entrySet()) {
            while (next < trustEntries.size() && trustEntries.get(next).seq() < e.getKey()) {
                apply(state, trustEntries.get(next++));
            }
            Checkpoint cp = e.getValue();
            if (e.getKey() > firstTrust && !state.contains(cp.actor() + " " + cp.keyFingerprint())) {
                return e.getKey() + " The checkpoint at entry " + e.getKey() + " (" + LedgerVerifier.describe(cp) + ") is signed by key "
                        + LedgerVerifier.shortKey(cp.keyFingerprint()) + ", which the ledger did not trust for that actor at the time.";
            }
        }
        return null;
    }

    private static void apply(Set<String> state, CollectedEntry e) {
        String key = e.payload().path("actor").asText() + " " + e.payload().path("fingerprint").asText();
        if (LedgerTrust.KEY_TRUSTED.equals(e.kind())) {
            state.add(key);
        } else {
            state.remove(key);
        }
    }

    /** No trusted-keys file for this ledger on this machine yet: pin what the ledger trusts at its head. */
    private List<TrustedKeys.TrustedKey> pinOnFirstUse(Map<Long, Checkpoint> entries, List<CollectedEntry> trustEntries, List<String> notes) {
        Map<String, TrustedKeys.TrustedKey> keys = new LinkedHashMap<>();
        for (CollectedEntry e : trustEntries) {
            String fp = e.payload().path("fingerprint").asText();
            if (LedgerTrust.KEY_TRUSTED.equals(e.kind())) {
                keys.put(fp, new TrustedKeys.TrustedKey(e.payload().path("actor").asText(), fp, e.payload().path("publicKey").asText()));
            } else {
                keys.remove(fp);
            }
        }
        if (trustEntries.isEmpty()) {
            // A ledger from before trusted keys: its checkpoint signers are what it trusts.
            entries.values().forEach(cp -> keys.putIfAbsent(cp.keyFingerprint(),
                    new TrustedKeys.TrustedKey(cp.actor(), cp.keyFingerprint(), cp.publicKey())));
        }
        List<TrustedKeys.TrustedKey> out = new ArrayList<>(keys.values());
        if (out.isEmpty()) {
            return out;
        }
        try {
            trusted.save(out);
        } catch (ActorKeys.KeyException e) {
            notes.add("Could not record the pinned keys (" + e.getMessage() + "); they are trusted for this run only.");
        }
        notes.add("First verification of this ledger on this machine: now trusting " + out.size() + " key"
                + (out.size() == 1 ? "" : "s") + " (" + String.join(", ", out.stream().map(k -> Printable.of(k.actor()) + " "
                + LedgerVerifier.shortKey(k.fingerprint())).toList()) + "). Compare the fingerprints with the signers'"
                + " (`steward ledger trust list` on their machines).");
        return out;
    }
}
