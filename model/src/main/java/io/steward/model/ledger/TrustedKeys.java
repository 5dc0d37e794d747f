package io.steward.model.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steward.model.json.JsonTrees;
import io.steward.model.store.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The public keys this machine trusts to sign checkpoints of one ledger, like SSH's known_hosts: the file
 * {@code <keys dir>/trusted/<ledger id>.keys} (JSON Lines, owner-only). It is kept outside the ledger on
 * purpose: someone who rebuilds the ledger can write trust entries into it, but cannot change which keys
 * this machine pinned. Every change is also a ledger entry ({@link LedgerTrust}).
 */
public final class TrustedKeys {
    /** One trusted key: the actor it signs for, its fingerprint and its base64 SubjectPublicKeyInfo. */
    public record TrustedKey(String actor, String fingerprint, String publicKey) {
        ObjectNode toJson() {
            ObjectNode n = JsonTrees.object();
            n.put("actor", actor);
            n.put("fingerprint", fingerprint);
            n.put("publicKey", publicKey);
            return n;
        }
    }

    private static final long MAX_BYTES = 1 << 20;
    private final Path file;

    public TrustedKeys(Path keysDir, String ledgerId) {
        this.file = keysDir.resolve("trusted").resolve(ledgerId + ".keys");
    }

    public Path file() {
        return file;
    }

    /** False on a machine that has never verified or signed this ledger (its first use pins keys). */
    public boolean exists() {
        return Files.isRegularFile(file);
    }

    public List<TrustedKey> list() {
        if (!exists()) {
            return List.of();
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ActorKeys.KeyException("The trusted-keys file " + file + " is larger than 1 MB: it is not one Steward wrote.");
            }
            List<TrustedKey> out = new ArrayList<>();
            int lineNo = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JsonTrees.parse(line.getBytes(StandardCharsets.UTF_8));
                if (!n.hasNonNull("actor") || !n.hasNonNull("fingerprint") || !n.hasNonNull("publicKey")) {
                    throw new ActorKeys.KeyException("Line " + lineNo + " of the trusted-keys file " + file + " is not a trusted key.");
                }
                out.add(new TrustedKey(n.get("actor").asText(), n.get("fingerprint").asText(), n.get("publicKey").asText()));
            }
            return out;
        } catch (IOException | IllegalArgumentException e) {
            throw new ActorKeys.KeyException("Cannot read the trusted-keys file " + file + ": " + e.getMessage(), e);
        }
    }

    public Optional<TrustedKey> byFingerprint(String fingerprint) {
        return list().stream().filter(k -> k.fingerprint().equals(fingerprint)).findFirst();
    }

    public void save(List<TrustedKey> keys) {
        try {
            OwnerOnlyFiles.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "trust", ".tmp");
            OwnerOnlyFiles.restrict(tmp);
            StringBuilder b = new StringBuilder();
            for (TrustedKey k : keys) {
                b.append(new String(JsonTrees.bytes(k.toJson()), StandardCharsets.UTF_8)).append('\n');
            }
            Files.writeString(tmp, b, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ActorKeys.KeyException("Cannot write the trusted-keys file " + file + ": " + e.getMessage(), e);
        }
    }

    void add(TrustedKey key) {
        List<TrustedKey> keys = new ArrayList<>(list());
        if (keys.stream().noneMatch(k -> k.fingerprint().equals(key.fingerprint()))) {
            keys.add(key);
            save(keys);
        }
    }

    void remove(String fingerprint) {
        List<TrustedKey> keys = new ArrayList<>(list());
        keys.removeIf(k -> k.fingerprint().equals(fingerprint));
        save(keys);
    }
}
