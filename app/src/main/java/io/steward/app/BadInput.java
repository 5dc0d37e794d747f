package io.steward.app;

import io.steward.model.BadInputException;
import io.steward.model.ledger.ActorKeys;
import io.steward.model.store.StoreException;

/**
 * Which failures mean "what you gave Steward cannot be used" (a file, a ledger, a key) rather than
 * "Steward broke". Their messages are written for users: the CLI prints them (exit 3) and the
 * console shows them as they are.
 */
public final class BadInput {
    private BadInput() {
    }

    public static boolean is(Throwable e) {
        return e instanceof BadInputException || e instanceof StoreException
                || e instanceof ActorKeys.KeyException;
    }
}
