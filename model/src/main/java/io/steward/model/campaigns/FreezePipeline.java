package io.steward.model.campaigns;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Freezes candidates on a second thread, chunk by chunk, while the connection thread goes on reading the scope and
 * inserting: SQLite and the Java work of freezing (canonical JSON, SHA-256, recommendation) overlap on two cores.
 * One worker takes the chunks in order, so the rows come back exactly in the order the candidates went in (the
 * stream hash depends on it). A failure on the worker is rethrown on the connection thread, where it rolls the
 * opening transaction back; {@link #close()} stops the worker whatever happened.
 *
 * @param <I> what the connection thread reads (a candidate)
 * @param <O> what it writes (a frozen row)
 */
final class FreezePipeline<I, O> implements AutoCloseable {
    /** Receives the finished rows in input order, on the connection thread. */
    @FunctionalInterface
    interface RowSink<O> {
        void accept(O row) throws SQLException;
    }

    private final Function<I, O> freeze;
    private final int chunkSize;
    private final int inFlight;
    private final ExecutorService worker;
    private final Deque<Future<List<O>>> pending = new ArrayDeque<>();
    private List<I> chunk;

    /**
     * @param chunkSize candidates per hand-over
     * @param inFlight  chunks the worker may be ahead of the inserts; more lets either side wait less, at the cost of
     *                  holding that many chunks in memory
     */
    FreezePipeline(Function<I, O> freeze, int chunkSize, int inFlight) {
        this.freeze = freeze;
        this.chunkSize = chunkSize;
        this.inFlight = inFlight;
        this.chunk = new ArrayList<>(chunkSize);
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "campaign-freeze");
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues one input; rows already frozen go to {@code sink}, waiting only when the worker is too far ahead. */
    void add(I input, RowSink<O> sink) throws SQLException {
        chunk.add(input);
        if (chunk.size() == chunkSize) {
            submit();
        }
        drain(sink, inFlight);
    }

    /** Freezes what is left and hands every remaining row to {@code sink}. */
    void finish(RowSink<O> sink) throws SQLException {
        submit();
        drain(sink, 0);
    }

    private void submit() {
        if (chunk.isEmpty()) {
            return;
        }
        List<I> work = chunk;
        chunk = new ArrayList<>(chunkSize);
        pending.add(worker.submit(() -> {
            List<O> rows = new ArrayList<>(work.size());
            for (I in : work) {
                rows.add(freeze.apply(in));
            }
            return rows;
        }));
    }

    /** Inserts every finished chunk at the head, and waits for the head while more than {@code keep} are pending. */
    private void drain(RowSink<O> sink, int keep) throws SQLException {
        while (!pending.isEmpty() && (pending.size() > keep || pending.peekFirst().isDone())) {
            for (O row : await(pending.pollFirst())) {
                sink.accept(row);
            }
        }
    }

    private static <O> List<O> await(Future<List<O>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while freezing campaign items");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("freezing campaign items failed: " + cause, cause);
        }
    }

    /** Drops pending chunks and stops the worker thread (after a failure, nothing of them is written). */
    @Override
    public void close() {
        pending.forEach(f -> f.cancel(true));
        pending.clear();
        worker.shutdownNow();
    }
}
