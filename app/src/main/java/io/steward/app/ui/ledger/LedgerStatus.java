package io.steward.app.ui.ledger;

import io.steward.app.ui.common.Tone;

/** The outcome line of the Ledger page: what happened last, in words, plus how it should look. */
public record LedgerStatus(Tone tone, String title, String detail) {
    static final LedgerStatus NOT_VERIFIED = new LedgerStatus(Tone.INFO, "Not verified in this session",
            "Verify re-computes every entry's hash, follows the chain and checks the signed checkpoints.");
}
