package io.steward.model.ledger;

import io.steward.model.store.Store;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Adds and removes trusted checkpoint keys of a ledger: each change is a ledger entry
 * ({@code ledger.key-trusted} / {@code ledger.key-untrusted}) and an update of this machine's
 * {@link TrustedKeys} file. A signer's own key is pinned the first time it signs (trust on first use).
 */
public final class LedgerTrust {
    public static final String KEY_TRUSTED = "ledger.key-trusted";
    public static final String KEY_UNTRUSTED = "ledger.key-untrusted";

    /** Payload of {@code ledger.key-trusted}. */
    public record KeyTrusted(String actor, String fingerprint, String publicKey) {
    }

    /** Payload of {@code ledger.key-untrusted}. */
    public record KeyUntrusted(String actor, String fingerprint) {
    }

    private final Ledger ledger;
    private final TrustedKeys keys;

    public LedgerTrust(Ledger ledger, java.nio.file.Path keysDir) {
        this.ledger = ledger;
        this.keys = new TrustedKeys(keysDir, ledger.store().ledgerId());
    }

    public TrustedKeys keys() {
        return keys;
    }

    /** Trusts {@code publicKeyBase64} for {@code actor}; {@code by} is who decided it. */
    public TrustedKeys.TrustedKey add(String by, String actor, String publicKeyBase64) {
        String who = ActorNames.normalise(actor);
        PublicKey key;
        try {
            key = ActorKeys.decode(publicKeyBase64.strip());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key (base64 of its SubjectPublicKeyInfo, as `steward ledger"
                    + " trust list` and the checkpoint file show it): " + e.getMessage());
        }
        TrustedKeys.TrustedKey trusted = new TrustedKeys.TrustedKey(who, ActorKeys.fingerprint(key), ActorKeys.encode(key));
        refuseSecondKey(trusted);
        ledger.store().write(tx -> ledger.append(tx, by, LedgerEntries.KEY_TRUSTED, who,
                new KeyTrusted(who, trusted.fingerprint(), trusted.publicKey())));
        keys.add(trusted);
        return trusted;
    }

    /** Stops trusting the key with this fingerprint (or unique prefix of at least 8 hex digits). */
    public TrustedKeys.TrustedKey remove(String by, String fingerprint) {
        String prefix = fingerprint.strip().toLowerCase(java.util.Locale.ROOT);
        if (prefix.length() < 8) {
            throw new IllegalArgumentException("give at least 8 hex digits of the key's fingerprint");
        }
        List<TrustedKeys.TrustedKey> matches = keys.list().stream().filter(k -> k.fingerprint().startsWith(prefix)).toList();
        if (matches.size() != 1) {
            throw new IllegalArgumentException(matches.isEmpty() ? "no trusted key has the fingerprint " + prefix
                    : "the fingerprint " + prefix + " matches " + matches.size() + " keys; give more digits");
        }
        TrustedKeys.TrustedKey k = matches.get(0);
        ledger.store().write(tx -> ledger.append(tx, by, LedgerEntries.KEY_UNTRUSTED, k.actor(), new KeyUntrusted(k.actor(), k.fingerprint())));
        keys.remove(k.fingerprint());
        return k;
    }

    /**
     * Inside a checkpoint's transaction: pins the signer's key when this machine does not trust it yet (appending
     * {@code ledger.key-trusted}); refuses when another key is already trusted for the same actor. Returns the key
     * to add to the file once the transaction has committed, or null.
     */
    TrustedKeys.TrustedKey pinSigner(DSLContext tx, String actor, PublicKey key) {
        TrustedKeys.TrustedKey trusted = new TrustedKeys.TrustedKey(actor, ActorKeys.fingerprint(key), ActorKeys.encode(key));
        if (keys.list().contains(trusted)) {
            return null;
        }
        refuseSecondKey(trusted);
        ledger.append(tx, actor, LedgerEntries.KEY_TRUSTED, actor, new KeyTrusted(actor, trusted.fingerprint(), trusted.publicKey()));
        return trusted;
    }

    private void refuseSecondKey(TrustedKeys.TrustedKey trusted) {
        for (TrustedKeys.TrustedKey k : keys.list()) {
            if (k.actor().equals(trusted.actor()) && !k.fingerprint().equals(trusted.fingerprint())) {
                throw new IllegalArgumentException("this ledger already trusts another key for " + k.actor() + " (" + k.fingerprint()
                        .substring(0, 16) + "…); remove it first with `steward ledger trust remove`");
            }
        }
    }

    public Store store() {
        return ledger.store();
    }
}
