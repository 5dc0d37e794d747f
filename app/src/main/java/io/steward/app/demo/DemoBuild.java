package io.steward.app.demo;

import io.steward.importers.Cancellation;
import io.steward.app.Workspace;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A demo ledger being built on its own named daemon thread, so the console opens at once and shows the
 * snapshots as they are committed. Closing it cancels the build (the file in flight is not stored) and waits
 * for the thread, so the ledger can then be closed safely.
 */
public final class DemoBuild implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DemoBuild.class);

    private final CompletableFuture<DemoLedger.Result> result = new CompletableFuture<>();
    private final Thread thread;
    private volatile boolean cancelled;

    private DemoBuild(Path dir, Workspace workspace, DemoLedger.Progress progress) {
        Cancellation cancel = () -> cancelled;
        thread = new Thread(() -> {
            try {
                result.complete(DemoLedger.create(dir, workspace, progress, cancel));
            } catch (CancellationException e) {
                result.completeExceptionally(e);
            } catch (RuntimeException | Error e) {
                LOG.error("building the demo ledger failed", e);
                result.completeExceptionally(e);
            }
        }, "steward-demo-build");
        thread.setDaemon(true);
    }

    /** Starts building the demo into the workspace's ledger (a new one in {@code dir}). */
    public static DemoBuild start(Path dir, Workspace workspace, DemoLedger.Progress progress) {
        DemoBuild build = new DemoBuild(dir, workspace, progress);
        build.thread.start();
        return build;
    }

    /** Completes with the demo when it is built; exceptionally when it failed or was cancelled. */
    public CompletableFuture<DemoLedger.Result> result() {
        return result;
    }

    @Override
    public void close() {
        cancelled = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
