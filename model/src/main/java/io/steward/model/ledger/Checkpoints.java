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
import java.util.Base64;
import org.jooq.Record;

import static io.steward.model.db.Tables.LEDGER_ENTRY;

/**
 * Takes signed checkpoints: signs the head inside a write transaction, appends the checkpoint as a
 * ledger entry, then appends the same JSON as one line to the sidecar beside the ledger.
 */
public final class Checkpoints {
    private final Ledger ledger;
    private final ActorKeys keys;
    private final Clock clock;

    public Checkpoints(Ledger ledger, ActorKeys keys) {
        this(ledger, keys, Clock.systemUTC());
    }

    public Checkpoints(Ledger ledger, ActorKeys keys, Clock clock) {
        this.ledger = ledger;
        this.keys = keys;
        this.clock = clock;
    }

    public Path sidecar() {
        return StewardPaths.sidecarOf(ledger.store().file());
    }

    public Checkpoint take(String actor) {
        return take(actor, java.util.List.of());
    }

    /**
     * Signs the head; the checkpoint line also goes to each witness file (copies kept elsewhere). The signer's
     * key is pinned as trusted for this ledger the first time it signs ({@code ledger.key-trusted}, same transaction).
     */
    public Checkpoint take(String actor, java.util.List<Path> witnessFiles) {
        String who = ActorNames.normalise(actor);
        KeyPair pair = keys.keyFor(who);
        String publicKey = ActorKeys.encode(pair.getPublic());
        String fingerprint = ActorKeys.fingerprint(pair.getPublic());
        LedgerTrust trust = new LedgerTrust(ledger, keys.dir());
        TrustedKeys.TrustedKey[] pinned = new TrustedKeys.TrustedKey[1];
        Checkpoint checkpoint = ledger.store().write(tx -> {
            pinned[0] = trust.pinSigner(tx, who, pair.getPublic());
            Record head = tx.select(LEDGER_ENTRY.SEQ, LEDGER_ENTRY.HASH).from(LEDGER_ENTRY)
                    .orderBy(LEDGER_ENTRY.SEQ.desc()).limit(1).fetchOne();
            long seq = head == null ? 0 : head.get(LEDGER_ENTRY.SEQ);
            String headHash = Hashes.hex(head == null ? Hashes.GENESIS : head.get(LEDGER_ENTRY.HASH));
            Checkpoint unsigned = new Checkpoint(ledger.store().ledgerId(), seq, headHash,
                    java.time.Instant.parse(Ledger.TIME.format(clock.instant())), who, fingerprint, publicKey, "");
            Checkpoint signed = sign(unsigned, pair);
            ledger.append(tx, who, Checkpoint.ENTRY_KIND, "seq " + seq, signed.toJson());
            return signed;
        });
        if (pinned[0] != null) {
            trust.keys().add(pinned[0]);
        }
        appendLine(sidecar(), checkpoint);
        for (Path witness : witnessFiles) {
            appendLine(witness, checkpoint);
        }
        return checkpoint;
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
