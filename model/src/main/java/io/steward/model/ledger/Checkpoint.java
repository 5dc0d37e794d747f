package io.steward.model.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steward.model.json.JsonTrees;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/**
 * A signed statement "ledger L had head H at seq N at time T", made by an actor's Ed25519 key.
 * The signature covers {@link #statement()}: canonical JSON of actor, headHash, keyFingerprint,
 * ledgerId, seq and time (docs/LEDGER.md).
 */
public record Checkpoint(String ledgerId, long seq, String headHash, Instant time, String actor,
                         String keyFingerprint, String publicKey, String signature) {

    public static final String ENTRY_KIND = LedgerEntries.CHECKPOINT.name();
    public static final String ALGORITHM = "Ed25519";

    /** The exact bytes that are signed. */
    public byte[] statement() {
        ObjectNode n = JsonTrees.object();
        n.put("actor", actor);
        n.put("headHash", headHash);
        n.put("keyFingerprint", keyFingerprint);
        n.put("ledgerId", ledgerId);
        n.put("seq", seq);
        n.put("time", Ledger.TIME.format(time));
        return JsonTrees.bytes(n);
    }

    /** The statement plus key, signature and algorithm: one sidecar line and the checkpoint entry's payload. */
    public ObjectNode toJson() {
        ObjectNode n = (ObjectNode) JsonTrees.parse(statement());
        n.put("algorithm", ALGORITHM);
        n.put("publicKey", publicKey);
        n.put("signature", signature);
        return n;
    }

    /** The payload of this checkpoint's ledger entry (the same fields as {@link #toJson()}). */
    public CheckpointEntry toEntry() {
        return new CheckpointEntry(actor, ALGORITHM, headHash, keyFingerprint, ledgerId, publicKey, seq, signature,
                Ledger.TIME.format(time));
    }

    public static Checkpoint fromJson(JsonNode n) {
        String[] required = {"ledgerId", "seq", "headHash", "time", "actor", "keyFingerprint", "publicKey", "signature"};
        for (String field : required) {
            if (!n.hasNonNull(field)) {
                throw new IllegalArgumentException("field \"" + field + "\" is missing");
            }
        }
        if (!n.get("seq").canConvertToLong()) {
            throw new IllegalArgumentException("field \"seq\" is not a whole number");
        }
        return new Checkpoint(n.get("ledgerId").asText(), n.get("seq").asLong(), n.get("headHash").asText(),
                Instant.parse(n.get("time").asText()), n.get("actor").asText(), n.get("keyFingerprint").asText(),
                n.get("publicKey").asText(), n.get("signature").asText());
    }

    /** Null when the signature and fingerprint hold; otherwise why not. */
    public String signatureProblem() {
        try {
            PublicKey key = ActorKeys.decode(publicKey);
            if (!ActorKeys.fingerprint(key).equals(keyFingerprint)) {
                return "its key fingerprint does not match its public key";
            }
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(statement());
            return verifier.verify(Base64.getDecoder().decode(signature)) ? null : "its signature does not match its content";
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return "its key or signature cannot be read (" + e.getMessage() + ")";
        }
    }
}
