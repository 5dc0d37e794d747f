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
        return writeAndCheckpoint(actor, tx -> null).checkpoint();
    }

    /**
     * Runs {@code work} (e.g. a sign-off) in one write transaction and, in the same transaction, signs the
     * head it leaves; after the commit the checkpoint goes to the sidecar too.
     */
    public <T> Signed<T> writeAndCheckpoint(String actor, Function<DSLContext, T> work) {
        Signed<T> signed = ledger.store().write(tx -> {
            T result = work.apply(tx);
            return new Signed<>(result, take(tx, actor));
        });
        publish(signed.checkpoint());
        return signed;
    }

    /**
     * Signs the head as it stands inside the caller's write transaction and appends the {@code checkpoint}
     * entry there. Call {@link #publish} after the commit to add it to the sidecar.
     */
    public Checkpoint take(DSLContext tx, String actor) {
        KeyPair pair = keys.keyFor(actor);
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

    /** Adds a committed checkpoint to the sidecar beside the ledger. */
    public void publish(Checkpoint checkpoint) {
        appendToSidecar(checkpoint);
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

    private void appendToSidecar(Checkpoint c) {
        Path file = sidecar();
        byte[] line = (CanonicalJson.string(c.toJson()) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            OwnerOnlyFiles.createFile(file);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ch.write(ByteBuffer.wrap(line));
                ch.force(true);
            }
        } catch (IOException e) {
            throw new StoreException("The checkpoint is in the ledger (seq " + c.seq() + ") but could not be added to "
                    + file + ": " + e.getMessage() + ". Copy it from `steward ledger show` or take another checkpoint.", e);
        }
    }
}
