package io.steward.model.ledger;

/** Receives verification progress from a background thread; implementations throttle UI updates. */
@FunctionalInterface
public interface VerifyProgress {
    VerifyProgress NONE = (done, total) -> { };

    void update(long done, long total);
}
