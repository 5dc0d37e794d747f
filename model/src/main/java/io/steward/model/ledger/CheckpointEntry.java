package io.steward.model.ledger;

/**
 * The payload of a {@code checkpoint} entry, and one line of a checkpoint sidecar: the signed statement
 * (actor, headHash, keyFingerprint, ledgerId, seq, time) plus the algorithm, public key and signature.
 */
public record CheckpointEntry(String actor, String algorithm, String headHash, String keyFingerprint, String ledgerId,
                              String publicKey, long seq, String signature, String time) {
}
