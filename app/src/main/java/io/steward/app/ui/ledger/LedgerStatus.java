package io.steward.app.ui.ledger;

/** The outcome line of the Ledger page: what happened last, in words, plus how it should look. */
public record LedgerStatus(Kind kind, String title, String detail) {
    /** Drives the style and the icon, so the state never depends on colour alone. */
    public enum Kind { INFO, RUNNING, SUCCESS, WARNING, DANGER }

    static final LedgerStatus NOT_VERIFIED = new LedgerStatus(Kind.INFO, "Not verified in this session",
            "Verify re-computes every entry's hash, follows the chain and checks the signed checkpoints.");
}
