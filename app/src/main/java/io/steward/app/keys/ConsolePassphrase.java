package io.steward.app.keys;

import io.steward.model.ledger.KeyPassphrase;
import java.io.Console;
import java.util.Arrays;
import java.util.Optional;

/** Asks for the key passphrase on the terminal (twice when it is being set); none without a terminal. */
public final class ConsolePassphrase implements KeyPassphrase {
    private char[] remembered;

    @Override
    public synchronized Optional<char[]> get(boolean creating) {
        if (remembered != null) {
            return Optional.of(remembered.clone());
        }
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        char[] first = console.readPassword(creating ? "Choose a passphrase for your Steward signing key: "
                : "Passphrase of your Steward signing key: ");
        if (first == null || first.length == 0) {
            return Optional.empty();
        }
        if (creating) {
            char[] again = console.readPassword("Type it again: ");
            if (again == null || !Arrays.equals(first, again)) {
                console.printf("The two passphrases differ; nothing was signed.%n");
                return Optional.empty();
            }
        }
        remembered = first.clone();
        return Optional.of(first);
    }

    @Override
    public String describe() {
        return "a terminal prompt";
    }
}
