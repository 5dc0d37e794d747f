package io.steward.app.ui.common;

import io.steward.app.Workspace;
import io.steward.model.ledger.LedgerChanged;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Hands every ledger change of this process to the console's subscribers on one thread (the FX thread in the
 * console), in commit order. Appends commit on background threads; pages refresh on the FX thread.
 */
public final class LedgerChangeRelay implements AutoCloseable {
    private final List<Consumer<LedgerChanged>> subscribers = new CopyOnWriteArrayList<>();
    private final Runnable unsubscribe;

    public LedgerChangeRelay(Workspace workspace, Executor uiThread) {
        this.unsubscribe = workspace.onLedgerChanged(change -> uiThread.execute(() -> subscribers.forEach(s -> s.accept(change))));
    }

    public void subscribe(Consumer<LedgerChanged> subscriber) {
        subscribers.add(subscriber);
    }

    @Override
    public void close() {
        unsubscribe.run();
        subscribers.clear();
    }
}
