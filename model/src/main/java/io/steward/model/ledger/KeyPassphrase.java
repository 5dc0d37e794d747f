package io.steward.model.ledger;

import java.util.Optional;

/**
 * Where the passphrase that protects the private signing keys comes from: the OS credential store, the
 * environment, a console prompt or a dialog (docs/decisions/0008-key-protection.md). Only signing needs it;
 * verification reads public keys alone.
 */
@FunctionalInterface
public interface KeyPassphrase {
    /** The environment variable a user (or a test, or a CI job) sets the passphrase with. */
    String ENV = "STEWARD_PASSPHRASE";
    /** The older name, still read so that keystores protected with it keep working. */
    String LEGACY_ENV = "STEWARD_KEYSTORE_PASSWORD";

    /**
     * The passphrase, or empty when this source has none. {@code creating} is true when no key exists yet, so
     * an interactive source may ask twice and a store may create one.
     */
    Optional<char[]> get(boolean creating);

    /** A short name of the source for messages ("STEWARD_PASSPHRASE", "the macOS Keychain"). */
    default String describe() {
        return ENV;
    }

    /** STEWARD_PASSPHRASE (or the legacy STEWARD_KEYSTORE_PASSWORD) from the process environment. */
    static KeyPassphrase environment() {
        return creating -> {
            String value = System.getenv(ENV);
            if (value == null || value.isEmpty()) {
                value = System.getenv(LEGACY_ENV);
            }
            return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value.toCharArray());
        };
    }

    /** The first source that has a passphrase. */
    static KeyPassphrase firstOf(KeyPassphrase... sources) {
        return new KeyPassphrase() {
            @Override
            public Optional<char[]> get(boolean creating) {
                for (KeyPassphrase s : sources) {
                    Optional<char[]> p = s.get(creating);
                    if (p.isPresent()) {
                        return p;
                    }
                }
                return Optional.empty();
            }

            @Override
            public String describe() {
                return String.join(", ", java.util.Arrays.stream(sources).map(KeyPassphrase::describe).toList());
            }
        };
    }
}
