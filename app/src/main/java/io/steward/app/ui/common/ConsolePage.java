package io.steward.app.ui.common;

import io.steward.model.ledger.LedgerChanged;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.kordamp.ikonli.Ikon;

/**
 * One page of the console, as the shell sees it: a navigation entry (title, summary, icon; Ctrl+N by its place
 * in the registration list), a view built once with the window, off the FX thread, and its view models' lifecycle. A new page is one
 * {@link Factory} added to the console's page list; it learns of every decision through {@link #ledgerChanged}.
 * Pages never use each other's widgets: shared ones live in {@code ui.common}.
 */
public interface ConsolePage {
    /** Builds a page over the console's shared services. */
    @FunctionalInterface
    interface Factory {
        ConsolePage create(ConsoleContext context);
    }

    /** A stable, short, letters-only id; the navigation button is {@code "nav" + id}. */
    String id();

    String title();

    /** One line for the navigation tooltip. */
    String summary();

    Ikon icon();

    /**
     * The page's view, built on the first call and the same node afterwards. The shell calls it once while it builds
     * the window, off the FX thread (a scene not yet shown may be built on any thread): it must only build nodes and
     * bind them to the page's view models, which load nothing before {@link #start}.
     */
    Node view();

    /** Once, when the page is first shown (the window with its view is in): load the first data. */
    default void start() {
    }

    /** Each time the page comes to the front. */
    default void shown() {
    }

    /**
     * After any transaction of this process that appended ledger entries has committed, on the FX thread, for
     * every started page (shown or not): refresh what the decision may have changed.
     */
    default void ledgerChanged(LedgerChanged change) {
    }

    /** Window-wide shortcuts beyond Ctrl+N (e.g. Ctrl+I); {@code bringForward} shows this page first. */
    default void installShortcuts(Scene scene, Runnable bringForward) {
    }

    /** When the console closes: cancel work, release listeners. */
    default void close() {
    }
}
