package io.steward.model.ledger;

import io.steward.model.StewardPaths;
import io.steward.model.json.CanonicalJson;
import io.steward.model.store.OwnerOnlyFiles;
import io.steward.model.store.StoreException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import org.jooq.DSLContext;
import java.util.Base64;

import static io.steward.model.db.Tables.LEDGER_ENTRY;

/**
 * Takes signed checkpoints: signs the head inside a write transaction, appends the checkpoint as a
 * ledger entry, then appends the same JSON as one line to the sidecar beside the ledger.
 */
public final class Checkpoints {
    private final Ledger ledger;
    private final ActorKeys keys;
    private final Clock clock;

    public Checkpoints(Ledger ledger, ActorKeys keys, Clock clock) {
        this.ledger = ledger;
        this.keys = keys;
        this.clock = clock;
    }

    public Path sidecar() {
        return StewardPaths.sidecarOf(ledger.store().file());
    }

    /** Signs the head in its own write transaction and adds the checkpoint to the sidecar. */
    public Checkpoint take(String actor) {
        return take(actor, java.util.List.of());
    }

    /** Also appends the checkpoint line to each witness file (a copy kept elsewhere). */
    public Checkpoint take(String actor, java.util.List<Path> witnessFiles) {
        return writeAndCheckpoint(actor, tx -> null, witnessFiles).checkpoint();
    }

    /**
     * Runs {@code work} (e.g. a sign-off) in one write transaction and, in the same transaction, signs the
     * head it leaves; after the commit the checkpoint goes to the sidecar too.
     */
    public <T> Signed<T> writeAndCheckpoint(String actor, Function<DSLContext, T> work) {
        return writeAndCheckpoint(actor, work, java.util.List.of());
    }

    public <T> Signed<T> writeAndCheckpoint(String actor, Function<DSLContext, T> work, java.util.List<Path> witnessFiles) {
        Signed<T> signed = ledger.store().write(tx -> {
            // Pin the signer's key (first use) before the work, so the checkpoint signs the work's last entry.
            String who = ActorNames.normalise(actor);
            KeyPair pair = keys.keyFor(who);
            new LedgerTrust(ledger, keys.dir()).pinSigner(tx, who, pair.getPublic());
            T result = work.apply(tx);
            return new Signed<>(result, signHead(tx, who, pair));
        });
        publish(signed.checkpoint(), witnessFiles);
        return signed;
    }

    /**
     * Signs the head as it stands inside the caller's write transaction and appends the {@code checkpoint}
     * entry there. Call {@link #publish} after the commit to add it to the sidecar.
     */
    public Checkpoint take(DSLContext tx, String signer) {
        String actor = ActorNames.normalise(signer);
        KeyPair pair = keys.keyFor(actor);
        // The signer's key is pinned as trusted for this ledger the first time it signs (ledger.key-trusted, same transaction).
        new LedgerTrust(ledger, keys.dir()).pinSigner(tx, actor, pair.getPublic());
        return signHead(tx, actor, pair);
    }

    private Checkpoint signHead(DSLContext tx, String actor, KeyPair pair) {
        String publicKey = ActorKeys.encode(pair.getPublic());
        String fingerprint = ActorKeys.fingerprint(pair.getPublic());
        org.jooq.Record head = tx.select(LEDGER_ENTRY.SEQ, LEDGER_ENTRY.HASH).from(LEDGER_ENTRY)
                .orderBy(LEDGER_ENTRY.SEQ.desc()).limit(1).fetchOne();
        long seq = head == null ? 0 : head.get(LEDGER_ENTRY.SEQ);
        String headHash = Hashes.hex(head == null ? Hashes.GENESIS : head.get(LEDGER_ENTRY.HASH));
        Checkpoint unsigned = new Checkpoint(ledger.store().ledgerId(), seq, headHash,
                Instant.parse(Ledger.TIME.format(clock.instant())), actor, fingerprint, publicKey, "");
        Checkpoint signed = sign(unsigned, pair);
        ledger.append(tx, actor, LedgerEntries.CHECKPOINT, "seq " + seq, signed.toEntry());
        return signed;
    }

    /** Adds a committed checkpoint to the sidecar beside the ledger, and its signer's key to this machine's trusted keys. */
    public void publish(Checkpoint checkpoint) {
        publish(checkpoint, java.util.List.of());
    }

    /** Also appends the line to each witness file. */
    public void publish(Checkpoint checkpoint, java.util.List<Path> witnessFiles) {
        new LedgerTrust(ledger, keys.dir()).keys().add(new TrustedKeys.TrustedKey(checkpoint.actor(), checkpoint.keyFingerprint(),
                checkpoint.publicKey()));
        appendLine(sidecar(), checkpoint);
        for (Path witness : witnessFiles) {
            appendLine(witness, checkpoint);
        }
    }

    /** What a transaction returned, and the checkpoint taken at its end. */
    public record Signed<T>(T result, Checkpoint checkpoint) {
    }

    private static Checkpoint sign(Checkpoint c, KeyPair pair) {
        try {
            Signature s = Signature.getInstance(Checkpoint.ALGORITHM);
            s.initSign(pair.getPrivate());
            s.update(c.statement());
            String signature = Base64.getEncoder().encodeToString(s.sign());
            return new Checkpoint(c.ledgerId(), c.seq(), c.headHash(), c.time(), c.actor(), c.keyFingerprint(), c.publicKey(), signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    private static void appendLine(Path file, Checkpoint c) {
        byte[] line = (CanonicalJson.string(c.toJson()) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            OwnerOnlyFiles.createFile(file);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ch.write(ByteBuffer.wrap(line));
                ch.force(true);
            }
        } catch (IOException e) {
            throw new StoreException("The checkpoint is in the ledger (seq " + c.seq() + ") but could not be added to "
                    + file + ": " + e.getMessage() + ". Add the line by hand (`steward ledger show` prints the entry's payload) or take another"
                    + " checkpoint.", e);
        }
    }
}
