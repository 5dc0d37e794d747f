package io.steward.app.keys;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import io.steward.model.ledger.KeyPassphrase;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key passphrase kept in the operating system's credential store (macOS Keychain, Windows Credential
 * Manager, Linux Secret Service over D-Bus): a random 256-bit passphrase created on first use, so nobody has to
 * choose or type one. Where no store is reachable (a server, a container, no D-Bus session) it has none and the
 * next source is asked.
 */
public final class OsCredentialStore implements KeyPassphrase {
    static final String SERVICE = "Steward signing keys";
    static final String ACCOUNT = "key-passphrase";

    private String backend = "the OS credential store";

    @Override
    public Optional<char[]> get(boolean creating) {
        try (Keyring keyring = Keyring.create()) {
            backend = keyring.getKeyringStorageType().toString();
            try {
                String stored = keyring.getPassword(SERVICE, ACCOUNT);
                if (stored != null && !stored.isEmpty()) {
                    return Optional.of(stored.toCharArray());
                }
            } catch (PasswordAccessException notThere) {
                // no entry yet
            }
            if (!creating) {
                return Optional.empty();
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String passphrase = Base64.getEncoder().withoutPadding().encodeToString(random);
            keyring.setPassword(SERVICE, ACCOUNT, passphrase);
            return Optional.of(passphrase.toCharArray());
        } catch (BackendNotSupportedException | PasswordAccessException | RuntimeException | LinkageError e) {
            log().debug("No OS credential store: {}", e.toString());
            return Optional.empty();
        } catch (Exception e) {
            log().debug("OS credential store failed: {}", e.toString());
            return Optional.empty();
        }
    }

    /** Asked for on use, not held in a static field: a command that never needs a key should not start the logging. */
    private static Logger log() {
        return LoggerFactory.getLogger(OsCredentialStore.class);
    }

    @Override
    public String describe() {
        return backend;
    }
}
