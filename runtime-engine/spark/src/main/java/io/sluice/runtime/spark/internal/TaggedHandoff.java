package io.sluice.runtime.spark.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.BlockingQueue;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import io.sluice.runtime.internal.exec.BatchOperator;
import io.sluice.runtime.internal.exec.StatelessSink;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;

/**
 * The sink of an embedded graph running inside a Spark task: converts each batch of one port to tagged Spark rows
 * (column 0 the port: 0 = {@code out}, 1 = {@code rejects}; then the {@code out} columns; then the {@code rejects}
 * columns) and queues them for the task's iterator ({@link #rows}). The graph's thread ends the queue with
 * {@link #END} or the Throwable it failed with.
 */
final class TaggedHandoff implements StatelessSink<AutoCloseable> {
    /** The last element of a queue whose graph finished. */
    static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final int port;
    private final int width;
    private final int rejectsWidth;
    private final int[] keep;
    private final org.apache.spark.util.LongAccumulator counted;

    TaggedHandoff(BlockingQueue<Object> queue, int port, int width, int rejectsWidth) {
        this(queue, port, width, rejectsWidth, null, null);
    }

    /**
     * @param keep    the tagged columns the rows carry, in this order (null: all of them) — a scan hands over only the
     *                columns the plan above it uses
     * @param counted where the rows handed over are counted (null: not here)
     */
    TaggedHandoff(BlockingQueue<Object> queue, int port, int width, int rejectsWidth, int[] keep,
            org.apache.spark.util.LongAccumulator counted) {
        this.queue = queue;
        this.port = port;
        this.width = width;
        this.rejectsWidth = rejectsWidth;
        this.keep = keep;
        this.counted = counted;
    }

    /**
     * The rows queued, in order, until {@link #END}; a Throwable queued is thrown. {@code feed}, when not null, is
     * called whenever the queue is empty and should return false once it has nothing more to give (the input side of
     * a task that feeds the graph from the same thread).
     */
    static Iterator<Row> rows(BlockingQueue<Object> queue, java.util.function.BooleanSupplier feed) {
        return new Iterator<>() {
            private Iterator<Row> batch = java.util.Collections.emptyIterator();
            private boolean done;
            private boolean fed = feed == null;

            @Override
            public boolean hasNext() {
                while (!batch.hasNext() && !done) {
                    Object o;
                    try {
                        o = fed ? queue.take() : queue.poll();
                        if (o == null) {
                            fed = !feed.getAsBoolean();
                            continue;
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted", e); //$NON-NLS-1$
                    }
                    if (o == END) {
                        done = true;
                    } else if (o instanceof Throwable e) {
                        done = true;
                        throw new IllegalStateException(e.getMessage(), e);
                    } else {
                        @SuppressWarnings("unchecked")
                        List<Row> rows = (List<Row>) o;
                        batch = rows.iterator();
                    }
                }
                return batch.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.next();
            }
        };
    }

    @Override
    public AutoCloseable createGlobal(StepContext step) {
        return BatchOperator.NO_STATE;
    }

    @Override
    public void accept(VectorSchemaRoot in, AutoCloseable global, AutoCloseable local, WorkerState ws) throws Exception {
        List<FieldVector> vs = in.getFieldVectors();
        List<Row> rows = new ArrayList<>(in.getRowCount());
        int offset = port == 0 ? 1 : 1 + width;
        for (int r = 0; r < in.getRowCount(); r++) {
            Object[] values;
            if (keep == null) {
                values = new Object[1 + width + rejectsWidth];
                values[0] = port;
                for (int c = 0; c < vs.size(); c++) {
                    values[offset + c] = FileSourceTask.value(vs.get(c), r);
                }
            } else {
                values = new Object[keep.length];
                for (int k = 0; k < keep.length; k++) {
                    int c = keep[k] - offset;
                    values[k] = keep[k] == 0 ? (Object) port : c >= 0 && c < vs.size() ? FileSourceTask.value(vs.get(c), r) : null;
                }
            }
            rows.add(RowFactory.create(values));
        }
        if (counted != null) {
            counted.add(rows.size());
        }
        queue.put(rows);
    }

    @Override
    public void combine(AutoCloseable global, AutoCloseable local, WorkerState ws) {
    }

    @Override
    public void finish(AutoCloseable global, StepContext step) {
    }
}
