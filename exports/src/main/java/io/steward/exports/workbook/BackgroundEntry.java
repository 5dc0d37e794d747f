package io.steward.exports.workbook;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * The open zip entry of a streamed sheet, compressed on a thread of its own: the rows' XML (about 1 KB a row) is
 * handed over in copied blocks, so reading and writing rows and deflating them overlap on two cores instead of
 * taking turns on one (deflate was a fifth of an export's main thread). Blocks reach the zip in the order written;
 * at most {@link #IN_FLIGHT} wait, so memory stays small. A failure of the zip's output (disk full) is thrown on
 * the writer's thread at its next write or at {@link #drain()}.
 */
final class BackgroundEntry extends OutputStream {
    private static final int IN_FLIGHT = 4;

    private final OutputStream zip;
    private final ExecutorService deflater;
    private final Semaphore room = new Semaphore(IN_FLIGHT);
    private final BlockingQueue<byte[]> spare = new ArrayBlockingQueue<>(IN_FLIGHT);
    private volatile IOException failure;

    /** {@code zip} is written only by the thread of {@code deflater}, which must run one task at a time. */
    BackgroundEntry(OutputStream zip, ExecutorService deflater) {
        this.zip = zip;
        this.deflater = deflater;
    }

    /** One thread, so blocks are compressed in order; a daemon, so an abandoned export cannot keep the JVM alive. */
    static ExecutorService deflaterThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "workbook-deflate");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        rethrow();
        if (len == 0) {
            return;
        }
        try {
            room.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("workbook export interrupted");
        }
        byte[] block = spare.poll();
        if (block == null || block.length < len) {
            block = new byte[Math.max(len, 1 << 16)];
        }
        System.arraycopy(b, off, block, 0, len);
        byte[] owned = block;
        deflater.execute(() -> {
            try {
                if (failure == null) {
                    zip.write(owned, 0, len);
                }
            } catch (IOException e) {
                failure = e;
            } finally {
                spare.offer(owned);
                room.release();
            }
        });
    }

    /** Waits until every block written so far is in the zip; the zip may then be used on this thread again. */
    void drain() throws IOException {
        Future<?> done = deflater.submit(() -> { });
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("workbook export interrupted");
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
        rethrow();
    }

    private void rethrow() throws IOException {
        IOException e = failure;
        if (e != null) {
            throw e;
        }
    }
}
