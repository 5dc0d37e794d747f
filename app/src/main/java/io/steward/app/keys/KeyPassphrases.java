package io.steward.app.keys;

import io.steward.model.ledger.KeyPassphrase;

/** Where the app looks for the key passphrase, in order (docs/decisions/0008-key-protection.md). */
public final class KeyPassphrases {
    private KeyPassphrases() {
    }

    /** STEWARD_PASSPHRASE, else the OS credential store, else a terminal prompt. */
    public static KeyPassphrase standard() {
        return standard(new ConsolePassphrase());
    }

    /** STEWARD_PASSPHRASE, else the OS credential store, else {@code prompt} (the console's dialog, or the terminal). */
    public static KeyPassphrase standard(KeyPassphrase prompt) {
        return KeyPassphrase.firstOf(KeyPassphrase.environment(), new OsCredentialStore(), prompt);
    }
}
