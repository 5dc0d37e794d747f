package io.steward.model.ledger;

import io.steward.model.StewardPaths;
import io.steward.model.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The tamper cases every verification surface must catch (issue: CLI and Ledger page alike). Each
 * prepares a real ledger of 20 decisions by alice, a checkpoint after the 10th (entry 11 pins alice's key, entry
 * 12 is the checkpoint) and one at the end (entry 23), then tampers with
 * the file as an attacker would, and says which seq (if any) the report must name.
 */
public enum TamperCase {
    ROW_EDITED(7L, "changed") {
        @Override
        void tamper(Path ledger, Path keysDir) throws IOException {
            new Tamper(ledger).editBody(7, "\"n\":6", "\"n\":66");
        }
    },
    MIDDLE_ROW_DELETED(12L, "missing") {
        @Override
        void tamper(Path ledger, Path keysDir) throws IOException {
            new Tamper(ledger).deleteEntry(12);
        }
    },
    NEWEST_ROWS_DELETED(18L, "newest entries were deleted") {
        @Override
        void tamper(Path ledger, Path keysDir) throws IOException {
            new Tamper(ledger).deleteFrom(18);
        }
    },
    CHAIN_REBUILT(11L, "rebuilt") {
        @Override
        void tamper(Path ledger, Path keysDir) throws IOException {
            new Tamper(ledger).rebuildChain(3, "\"n\":2", "\"n\":22");
        }
    },
    SIDECAR_LINE_DROPPED(12L, "has no line") {
        @Override
        void tamper(Path ledger, Path keysDir) throws IOException {
            Path sidecar = StewardPaths.sidecarOf(ledger);
            rewrite(sidecar, Files.readString(sidecar).lines().skip(1).map(l -> l + "\n").reduce("", String::concat));
        }
    },
    NEWEST_CHECKPOINT_ENTRY_DELETED(23L, "has no checkpoint entry") {
        @Override
        void tamper(Path ledger, Path keysDir) throws IOException {
            new Tamper(ledger).deleteFrom(23);
        }
    },
    SIDECAR_DELETED(null, "is missing") {
        @Override
        void tamper(Path ledger, Path keysDir) throws IOException {
            rewrite(StewardPaths.sidecarOf(ledger), null);
        }
    },
    GARBAGE_HEAD(24L, "not written by Steward") {
        @Override
        void tamper(Path ledger, Path keysDir) throws IOException {
            new Tamper(ledger).appendRaw("{ \"kind\": \"garbage\", \"seq\": 24 }");
        }
    },
    BODY_FROM_ANOTHER_ROW(24L, "says it is entry 7") {
        @Override
        void tamper(Path ledger, Path keysDir) throws IOException {
            new Tamper(ledger).appendRaw("{\"actor\":\"alice\",\"kind\":\"test.decision\",\"payload\":{\"n\":6},\"seq\":7,"
                    + "\"subject\":\"item-6\",\"time\":\"2026-11-28T10:00:00.000Z\"}");
        }
    },
    RESIGNED_UNDER_NEW_ACTOR(23L, "does not trust for auditor") {
        @Override
        void tamper(Path ledger, Path keysDir) throws IOException {
            resign(ledger, keysDir, "auditor");
        }
    },
    RESIGNED_UNDER_UPPER_CASE_NAME(23L, "does not trust for alice") {
        @Override
        void tamper(Path ledger, Path keysDir) throws IOException {
            resign(ledger, keysDir, "ALICE");
        }
    },
    RESIGNED_UNDER_LOOK_ALIKE_NAME(22L, "not a valid actor name") {
        @Override
        void tamper(Path ledger, Path keysDir) throws IOException {
            new Tamper(ledger).rebuildChain(7, "\"n\":6", "\"n\":66");
            rewrite(StewardPaths.sidecarOf(ledger), null);
            // Steward refuses the name, so the attacker writes the signed checkpoint entry by hand.
            try (Store store = Store.open(ledger)) {
                var head = new Ledger(store, java.time.Clock.systemUTC()).head().orElseThrow();
                var pair = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                String actor = "alice\u200b";
                Checkpoint unsigned = new Checkpoint(store.ledgerId(), head.seq(), head.hash(), java.time.Instant.parse("2026-11-28T10:00:00Z"),
                        actor, ActorKeys.fingerprint(pair.getPublic()), ActorKeys.encode(pair.getPublic()), "");
                var sig = java.security.Signature.getInstance("Ed25519");
                sig.initSign(pair.getPrivate());
                sig.update(unsigned.statement());
                Checkpoint cp = new Checkpoint(unsigned.ledgerId(), unsigned.seq(), unsigned.headHash(), unsigned.time(), actor,
                        unsigned.keyFingerprint(), unsigned.publicKey(), java.util.Base64.getEncoder().encodeToString(sig.sign()));
                var body = io.steward.model.json.CanonicalJson.MAPPER.createObjectNode();
                body.put("actor", actor);
                body.put("kind", Checkpoint.ENTRY_KIND);
                body.set("payload", cp.toJson());
                body.put("seq", head.seq() + 1);
                body.put("subject", "seq " + head.seq());
                body.put("time", "2026-11-28T10:00:00.000Z");
                store.close();
                new Tamper(ledger).appendRaw(io.steward.model.json.CanonicalJson.string(body));
                rewrite(StewardPaths.sidecarOf(ledger), io.steward.model.json.CanonicalJson.string(cp.toJson()) + "\n");
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    },
    CHECKPOINT_FILE_EDITED(null, "checkpoint file was edited") {
        @Override
        void tamper(Path ledger, Path keysDir) throws IOException {
            Path sidecar = StewardPaths.sidecarOf(ledger);
            try {
                Files.writeString(sidecar, Files.readString(sidecar).replaceFirst("\"seq\":11", "\"seq\":10"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private final Long failedSeq;
    private final String reason;

    TamperCase(Long failedSeq, String reason) {
        this.failedSeq = failedSeq;
        this.reason = reason;
    }

    /** The seq the report must name, or null when the failure is a checkpoint line rather than an entry. */
    public Long failedSeq() {
        return failedSeq;
    }

    /** Words the failure sentence must contain. */
    public String reason() {
        return reason;
    }

    /** Writes the ledger (20 entries by alice, checkpoints after 10 and 20), then tampers with it. */
    public void prepare(Path ledger, Path keysDir) {
        try (Store store = Store.open(ledger)) {
            Ledger l = new Ledger(store, java.time.Clock.systemUTC());
            Checkpoints checkpoints = new Checkpoints(l, new ActorKeys(keysDir), java.time.Clock.systemUTC());
            for (int i = 0; i < 20; i++) {
                l.append("alice", TestEntries.DECISION, "item-" + i, new TestEntries.Note(i, null));
                if (i == 9) {
                    checkpoints.take("alice");
                }
            }
            checkpoints.take("alice");
        }
        try {
            tamper(ledger, keysDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    abstract void tamper(Path ledger, Path keysDir) throws IOException;

    /** An attacker with the file but not alice's key: rebuilds the chain, drops the sidecar, signs with a fresh key. */
    static void resign(Path ledger, Path keysDir, String actor) {
        new Tamper(ledger).rebuildChain(7, "\"n\":6", "\"n\":66");
        rewrite(StewardPaths.sidecarOf(ledger), null);
        try (Store store = Store.open(ledger)) {
            new Checkpoints(new Ledger(store, java.time.Clock.systemUTC()), new ActorKeys(keysDir.resolveSibling("attacker-keys")),
                    java.time.Clock.systemUTC()).take(actor);
        }
    }

    static void rewrite(Path file, String text) {
        try {
            if (text == null) {
                Files.delete(file);
            } else {
                Files.writeString(file, text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
