package io.steward.model.ledger;

/** A command that would extend the chain refused to, because the chain does not verify (CLI exit 1). */
public final class LedgerNotVerifiedException extends RuntimeException {
    public LedgerNotVerifiedException(String message) {
        super(message);
    }
}
