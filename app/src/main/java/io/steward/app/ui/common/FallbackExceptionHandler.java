package io.steward.app.ui.common;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last line of defence for exceptions nobody caught, on any thread including the JavaFX thread:
 * logs each once with its error id and, once the window exists, shows one friendly error dialog
 * (at most one every few seconds, so a failing loop cannot flood the screen; the rest are logged).
 */
public final class FallbackExceptionHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(FallbackExceptionHandler.class);
    private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final FallbackExceptionHandler INSTANCE = new FallbackExceptionHandler();

    private final AtomicLong lastDialog = new AtomicLong(System.nanoTime() - QUIET_NANOS);
    private volatile DialogService dialogs;

    private FallbackExceptionHandler() {
    }

    /** Installs the handler for every thread (idempotent); call first thing at start-up. */
    public static FallbackExceptionHandler install() {
        if (Thread.getDefaultUncaughtExceptionHandler() != INSTANCE) {
            Thread.setDefaultUncaughtExceptionHandler(INSTANCE);
        }
        return INSTANCE;
    }

    /** From now on errors are also shown to the user; a new window starts with no dialog shown yet. */
    public void showDialogsWith(DialogService dialogService) {
        lastDialog.set(System.nanoTime() - QUIET_NANOS);
        this.dialogs = dialogService;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        ErrorReport report = ErrorReport.of(e);
        LOG.error("Uncaught exception on thread {} [{}]", thread.getName(), report.errorId(), e);
        DialogService target = dialogs;
        long now = System.nanoTime();
        long last = lastDialog.get();
        if (target == null || now - last < QUIET_NANOS || !lastDialog.compareAndSet(last, now)) {
            return;
        }
        try {
            target.showError("Something went wrong", report.message(), e);
        } catch (RuntimeException dialogFailure) {
            LOG.error("Could not show the error dialog", dialogFailure);
        }
    }
}
