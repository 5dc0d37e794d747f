package io.steward.model.store;

/** A store operation failed; the message says what and what to do, fit to show a user. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
