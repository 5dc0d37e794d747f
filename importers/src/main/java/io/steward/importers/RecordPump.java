package io.steward.importers;

import io.steward.importers.spi.Cancellation;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.spi.Importer;

import io.steward.importers.secrets.SafeFileName;
import io.steward.importers.secrets.SecretGuard;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.PreparedIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs an importer on its own thread (parse, normalise, screen) and hands its events in batches to the
 * calling thread, which writes them: parsing and writing overlap on two cores. A failure on either side
 * stops both; the caller sees the first failure.
 */
final class RecordPump {
    private static final int BATCH = 1_000;
    private static final int QUEUE = 8;
    private static final Object END = new Object();

    private final Importer importer;
    private final java.time.Instant importedAt;
    private final SafeFileName file;
    private final SecretGuard guard;
    private final ImportProgress progress;
    private final Cancellation cancel;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
    private volatile boolean consumerFailed;
    private volatile long records;

    RecordPump(Importer importer, SafeFileName file, SecretGuard guard, java.time.Instant importedAt, ImportProgress progress, Cancellation cancel) {
        this.importedAt = importedAt;
        this.importer = importer;
        this.file = file;
        this.guard = guard;
        this.progress = progress;
        this.cancel = cancel;
    }

    /** Records the importer reported reading (the last count it gave to its progress). */
    long records() {
        return records;
    }

    /** Parses on a worker thread and applies every event to {@code apply} on this thread, in file order. */
    void run(Consumer<Object> apply) {
        Thread producer = new Thread(this::produce, "steward-import-parse");
        producer.setDaemon(true);
        producer.start();
        long waited = 0;
        long started = System.nanoTime();
        try {
            while (true) {
                long w0 = System.nanoTime();
                Object item = take();
                waited += System.nanoTime() - w0;
                if (item == END) {
                    break;
                }
                if (item instanceof Failure f) {
                    rethrow(f.error());
                }
                @SuppressWarnings("unchecked")
                List<Object> batch = (List<Object>) item;
                for (Object event : batch) {
                    apply.accept(event);
                }
                cancel.check();
            }
            org.slf4j.LoggerFactory.getLogger(RecordPump.class).debug("writer waited {} ms of {} ms for parsed records",
                    waited / 1_000_000, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException | Error e) {
            consumerFailed = true;
            queue.clear();
            throw e;
        } finally {
            joinQuietly(producer);
        }
    }

    private record Failure(Throwable error) {
    }

    private void produce() {
        List<Object>[] batch = newBatch();
        Cancellation stop = () -> consumerFailed || cancel.requested();
        ImportProgress counting = (bytes, total, n) -> {
            records = n;
            progress.update(bytes, total, n);
        };
        try {
            ScreeningSink sink = new ScreeningSink(file, guard, importedAt, event -> {
                if (consumerFailed) {
                    throw new CancellationException("the write side stopped");
                }
                // Encoding for storage is CPU work: do it here, off the writing thread.
                batch[0].add(event instanceof IdentityRecord r ? PreparedIdentity.of(r) : event);
                if (batch[0].size() >= BATCH) {
                    put(batch[0]);
                    batch[0] = newBatch()[0];
                }
            });
            importer.read(file.path(), sink, counting, stop);
            sink.finish();
            put(batch[0]);
            put(END);
        } catch (Throwable t) {
            putQuietly(new Failure(t));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object>[] newBatch() {
        return new List[] {new ArrayList<>(BATCH)};
    }

    private void put(Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (consumerFailed) {
                    throw new CancellationException("the write side stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("import interrupted; nothing was saved");
        }
    }

    private void putQuietly(Object item) {
        try {
            put(item);
        } catch (CancellationException e) {
            // the consumer has gone; nobody is waiting for this failure
        }
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("import interrupted; nothing was saved");
        }
    }

    private static void rethrow(Throwable t) {
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t instanceof java.io.IOException io) {
            throw new java.io.UncheckedIOException(io);
        }
        throw new IllegalStateException(t);
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
