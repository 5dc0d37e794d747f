package io.steward.model.stepup;

import static io.steward.model.db.Tables.LEDGER_ENTRY;
import static io.steward.model.db.Tables.STEPUP_DECISION;
import static io.steward.model.db.Tables.STEPUP_GRANT;
import static io.steward.model.db.Tables.STEPUP_REQUEST;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steward.model.json.CanonicalJson;
import io.steward.model.ledger.Hashes;
import io.steward.model.store.OwnerOnlyFiles;
import io.steward.model.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * The decision file an enforcement point consumes: one JSON object per decision (JSON Lines, canonical JSON,
 * oldest first), a detached Ed25519 signature over the file's exact bytes ({@code FILE.sig}, 64 raw bytes) and
 * the signer's public key in PEM ({@code FILE.pub.pem}). Stock OpenSSL verifies it:
 * {@code openssl pkeyutl -verify -pubin -inkey FILE.pub.pem -rawin -in FILE -sigfile FILE.sig}.
 */
public final class DecisionFile {
    /** The three files written and how many decisions the first holds. */
    public record Written(Path file, Path signature, Path publicKey, int decisions) {
    }

    private DecisionFile() {
    }

    public static Path signatureOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".sig");
    }

    public static Path publicKeyOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".pub.pem");
    }

    /** Writes the decision file, its signature and the public key (each owner-only). */
    public static Written export(Store store, KeyPair key, String signer, Path out) {
        List<String> lines = store.read(ctx -> ctx.select(STEPUP_DECISION.LEDGER_SEQ, STEPUP_DECISION.REQUEST_ID, STEPUP_DECISION.DECISION,
                        STEPUP_DECISION.ACTOR, STEPUP_DECISION.DECIDED_AT, STEPUP_DECISION.TTL_SECONDS, STEPUP_DECISION.REASON,
                        STEPUP_DECISION.POLICY, STEPUP_REQUEST.IDENTITY_KEY, STEPUP_REQUEST.REQUESTER, STEPUP_REQUEST.PRIVILEGE,
                        STEPUP_REQUEST.RESOURCE, STEPUP_REQUEST.ENVIRONMENT, STEPUP_GRANT.GRANTED_AT, STEPUP_GRANT.EXPIRES_AT,
                        STEPUP_GRANT.LEDGER_SEQ, LEDGER_ENTRY.HASH)
                .from(STEPUP_DECISION)
                .join(STEPUP_REQUEST).on(STEPUP_REQUEST.ID.eq(STEPUP_DECISION.REQUEST_ID))
                .join(LEDGER_ENTRY).on(LEDGER_ENTRY.SEQ.eq(STEPUP_DECISION.LEDGER_SEQ))
                .leftJoin(STEPUP_GRANT).on(STEPUP_GRANT.REQUEST_ID.eq(STEPUP_DECISION.REQUEST_ID))
                .orderBy(STEPUP_DECISION.LEDGER_SEQ)
                .fetch(r -> {
                    ObjectNode o = CanonicalJson.MAPPER.createObjectNode();
                    o.put("ledgerSeq", r.value1());
                    o.put("entryHash", Hashes.hex(r.value17()));
                    o.put("request", r.value2());
                    o.put("decision", r.value3());
                    o.put("actor", r.value4());
                    o.put("decidedAt", r.value5());
                    o.put("identityKey", r.value9());
                    o.put("requester", r.value10());
                    o.put("privilege", r.value11());
                    o.put("resource", r.value12());
                    o.put("environment", r.value13());
                    o.put("reason", r.value7());
                    if (r.value6() != null) {
                        o.put("ttl", Duration.ofSeconds(r.value6()).toString());
                    }
                    // the grant's window belongs on the decision that completed it, and on a revocation
                    boolean completes = r.value16() != null && r.value16().equals(r.value1());
                    if (completes || "revoked".equals(r.value3())) {
                        o.put("grantedAt", r.value14());
                        o.put("expiresAt", r.value15());
                    }
                    o.set("policy", CanonicalJson.parse(r.value8().getBytes(StandardCharsets.UTF_8)));
                    o.put("signer", signer);
                    return CanonicalJson.string(o);
                }));
        StringBuilder body = new StringBuilder();
        lines.forEach(l -> body.append(l).append('\n'));
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        try {
            Signature sig = Signature.getInstance("Ed25519");
            sig.initSign(key.getPrivate());
            sig.update(bytes);
            byte[] signature = sig.sign();
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            write(out, bytes);
            write(signatureOf(out), signature);
            write(publicKeyOf(out), pem.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the decision file with Ed25519: " + e.getMessage(), e);
        }
        return new Written(out, signatureOf(out), publicKeyOf(out), lines.size());
    }

    private static void write(Path file, byte[] bytes) {
        try {
            OwnerOnlyFiles.createFile(file);
            Files.write(file, bytes);
            OwnerOnlyFiles.restrict(file);
        } catch (IOException e) {
            throw new io.steward.model.BadInputException(file, null, "cannot write the file: " + e.getMessage()
                    + ". Choose a folder you can write to with --out.");
        }
    }
}
