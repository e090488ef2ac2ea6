package io.sluice.runtime.internal.exec;

import io.sluice.runtime.CancellationToken;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A bounded queue of record batches between two concurrently running pipelines: a full queue blocks the
 * producer (back-pressure). Batches hold references to the producer's buffers (no copy); the consumer
 * loads them into its own vectors and closes them. Waits wake up regularly to observe cancellation.
 */
public final class BatchQueue implements AutoCloseable {
    private final String name;
    private final Schema schema;
    private final java.util.concurrent.BlockingQueue<ArrowRecordBatch> queue;
    private final CancellationToken token;
    private volatile boolean endOfStream;
    private final java.util.concurrent.atomic.AtomicInteger producers = new java.util.concurrent.atomic.AtomicInteger(1);

    public BatchQueue(String name, Schema schema, int capacity, CancellationToken token) {
        this.name = name;
        this.schema = schema;
        this.queue = capacity == Integer.MAX_VALUE ? new java.util.concurrent.LinkedBlockingQueue<>()
                : new ArrayBlockingQueue<>(capacity);
        this.token = token;
    }

    public String name() {
        return name;
    }

    public Schema schema() {
        return schema;
    }

    /** Enqueues, waiting while the queue is full; takes ownership of the batch in every case. */
    public void put(ArrowRecordBatch batch) throws InterruptedException {
        try {
            while (!queue.offer(batch, 20, TimeUnit.MILLISECONDS)) {
                token.throwIfCancelled();
            }
        } catch (RuntimeException | InterruptedException e) {
            batch.close();
            throw e;
        }
    }

    /** The next batch, or null at the end of the stream. The caller owns the batch. */
    public ArrowRecordBatch take() throws InterruptedException {
        while (true) {
            ArrowRecordBatch b = queue.poll(20, TimeUnit.MILLISECONDS);
            if (b != null) {
                return b;
            }
            if (endOfStream && queue.isEmpty()) {
                return null;
            }
            token.throwIfCancelled();
        }
    }

    /** The queue ends when this many producers each said {@link #endOfStream} (default 1). */
    public BatchQueue producers(int n) {
        producers.set(n);
        return this;
    }

    /** This producer puts no more batches. */
    public void endOfStream() {
        if (producers.decrementAndGet() <= 0) {
            endOfStream = true;
        }
    }

    public double fill() {
        return queue.size() / (double) (queue.size() + queue.remainingCapacity());
    }

    /** Releases batches left behind by a failed or cancelled run. */
    @Override
    public void close() {
        endOfStream = true;
        ArrowRecordBatch b;
        while ((b = queue.poll()) != null) {
            b.close();
        }
    }
}
