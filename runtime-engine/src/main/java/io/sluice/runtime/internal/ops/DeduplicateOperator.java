package io.sluice.runtime.internal.ops;

import io.sluice.runtime.internal.exec.BatchSink;
import io.sluice.runtime.internal.exec.BatchSource;
import io.sluice.runtime.internal.exec.BlockingOperator;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;
import io.sluice.expression.types.TemporalValues;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FixedSizeBinaryVector;
import org.apache.arrow.vector.FloatingPointVector;
import org.apache.arrow.vector.TimeMicroVector;
import org.apache.arrow.vector.TimeMilliVector;
import org.apache.arrow.vector.TimeNanoVector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Keeps one row per key (nulls in a key are equal to each other, as in GROUP BY). Without an order column the
 * kept row is the first or last in input order — the pipeline feeding it then runs on one worker so that the
 * order is the source's; with an order column it is the row with the smallest (FIRST) or largest (LAST) order
 * value, NULL order values counting as larger than any other and ties going to input order. Without an order
 * column the kept rows come out in input order, from one worker; with one the result does not depend on input
 * order, so the next pipeline takes morsels of the kept rows on several workers (output order unspecified).
 * Blocking: the whole input is held (copied into the step's allocator, batch by batch, never concatenated); each
 * batch is released once its kept rows went out.
 */
public final class DeduplicateOperator implements BlockingOperator<DeduplicateOperator.State> {
    private final Schema schema;
    private final int[] keys;
    private final boolean keepLast;
    private final int orderColumn;

    public DeduplicateOperator(Schema schema, int[] keys, boolean keepLast, int orderColumn) {
        this.schema = schema;
        this.keys = keys.clone();
        this.keepLast = keepLast;
        this.orderColumn = orderColumn;
    }

    @Override
    public Schema outputSchema() {
        return schema;
    }

    /**
     * The collected input batches (in arrival order) and, once finished, the kept rows of each batch: rows
     * {@code keptRows[keptStart[b] .. keptStart[b + 1])} of batch b, ascending. A batch is closed as soon as its
     * kept rows went out.
     */
    public static final class State implements AutoCloseable {
        final BatchBuffer batches;
        VectorSchemaRoot[] finished = new VectorSchemaRoot[0];
        int[] keptStart = { 0 };
        int[] keptRows = new int[0];

        State(Schema schema, BufferAllocator allocator) {
            this.batches = new BatchBuffer(schema, allocator);
        }

        @Override
        public synchronized void close() {
            batches.close();
            for (int b = 0; b < finished.length; b++) {
                if (finished[b] != null) {
                    finished[b].close();
                    finished[b] = null;
                }
            }
        }
    }

    @Override
    public BatchSink<State, ?> sink() {
        return new BatchSink<State, AutoCloseable>() {
            @Override
            public State createGlobal(StepContext step) {
                return new State(schema, step.allocator());
            }

            @Override
            public AutoCloseable createLocal(State global, WorkerState ws) {
                return NO_STATE;
            }

            @Override
            public boolean needsInputOrder() {
                return orderColumn < 0;
            }

            @Override
            public void accept(VectorSchemaRoot in, State global, AutoCloseable local, WorkerState ws) {
                global.batches.add(in);
            }

            @Override
            public void finish(State global, StepContext step) {
                synchronized (global) {
                    VectorSchemaRoot[] batches = global.batches.take();
                    global.finished = batches;
                    long total = choose(batches, global);
                    step.counters().rowsFiltered.add(total - global.keptRows.length);
                }
            }
        };
    }

    /**
     * Picks the row to keep per key over all batches (addressed as batch and row, no concatenation) and fills
     * the state's kept rows per batch; returns the number of input rows.
     */
    long choose(VectorSchemaRoot[] batches, State state) {
        long total = 0;
        for (VectorSchemaRoot b : batches) {
            total += b.getRowCount();
        }
        if (total > Integer.MAX_VALUE / 2) {
            throw new IllegalStateException("expected at most " + Integer.MAX_VALUE / 2 //$NON-NLS-1$
                    + " rows to deduplicate, got " + total); //$NON-NLS-1$
        }
        int nb = batches.length;
        FieldVector[][] k = new FieldVector[nb][keys.length];
        FieldVector[] order = new FieldVector[nb];
        for (int b = 0; b < nb; b++) {
            for (int i = 0; i < keys.length; i++) {
                k[b][i] = batches[b].getVector(keys[i]);
            }
            order[b] = orderColumn < 0 ? null : batches[b].getVector(orderColumn);
        }
        int[] base = new int[nb + 1]; // first global row id of each batch
        for (int b = 0; b < nb; b++) {
            base[b + 1] = base[b] + batches[b].getRowCount();
        }
        int size = Integer.highestOneBit(Math.max(16, (int) total * 2 - 1)) << 1;
        int mask = size - 1;
        int[] slots = new int[size]; // global row id + 1 of the group's chosen row; 0 = empty
        long[] slotHash = new long[size];
        int groups = 0;
        for (int b = 0; b < nb; b++) {
            FieldVector[] kb = k[b];
            int n = batches[b].getRowCount();
            for (int r = 0; r < n; r++) {
                long h = Keys.hash(kb, r);
                int s = (int) (h & mask);
                while (true) {
                    int cur = slots[s] - 1;
                    if (cur < 0) {
                        slots[s] = base[b] + r + 1;
                        slotHash[s] = h;
                        groups++;
                        break;
                    }
                    if (slotHash[s] == h) {
                        int cb = batchOf(base, cur);
                        int cr = cur - base[cb];
                        if (Keys.eq(k[cb], cr, kb, r, true)) {
                            if (better(order[b], r, order[cb], cr)) {
                                slots[s] = base[b] + r + 1;
                            }
                            break;
                        }
                    }
                    s = (s + 1) & mask;
                }
            }
        }
        // bucket the kept rows by batch (counting sort), rows ascending within a batch
        int[] start = new int[nb + 1];
        for (int s = 0; s < size; s++) {
            if (slots[s] > 0) {
                int cur = slots[s] - 1;
                int b = batchOf(base, cur);
                slots[s] = -(b + 1); // remember the batch for the second pass
                slotHash[s] = cur - base[b];
                start[b + 1]++;
            }
        }
        for (int b = 0; b < nb; b++) {
            start[b + 1] += start[b];
        }
        int[] fill = Arrays.copyOf(start, nb);
        int[] rows = new int[groups];
        for (int s = 0; s < size; s++) {
            if (slots[s] < 0) {
                rows[fill[-slots[s] - 1]++] = (int) slotHash[s];
            }
        }
        for (int b = 0; b < nb; b++) {
            Arrays.sort(rows, start[b], start[b + 1]);
        }
        state.keptStart = start;
        state.keptRows = rows;
        return total;
    }

    /** The batch holding global row id g: the last b with base[b] <= g. */
    private static int batchOf(int[] base, int g) {
        int lo = 0;
        int hi = base.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (base[mid] <= g) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Whether row r of a batch (later in input order) replaces the chosen row cur of batch curOrder. */
    private boolean better(FieldVector order, int r, FieldVector curOrder, int cur) {
        if (order == null) {
            return keepLast;
        }
        int c = compare(order, r, curOrder, cur);
        return keepLast ? c >= 0 : c < 0;
    }

    /**
     * Compares two cells of same-typed vectors, NULL larger than any value: numbers (every integer width, floats,
     * DECIMAL) by value, dates and times by time, strings and bytes byte by byte (unsigned).
     */
    static int compare(FieldVector v, int a, FieldVector w, int b) {
        boolean na = v.isNull(a);
        boolean nb = w.isNull(b);
        if (na || nb) {
            return na == nb ? 0 : na ? 1 : -1;
        }
        if (v instanceof VarCharVector s && w instanceof VarCharVector t) {
            byte[] x = s.get(a);
            byte[] y = t.get(b);
            return Arrays.compareUnsigned(x, y);
        }
        if (v instanceof FloatingPointVector f && w instanceof FloatingPointVector g) {
            return Double.compare(f.getValueAsDouble(a), g.getValueAsDouble(b));
        }
        if (v instanceof BaseIntVector i && w instanceof BaseIntVector j) {
            return Long.compare(i.getValueAsLong(a), j.getValueAsLong(b));
        }
        if (v instanceof DecimalVector d && w instanceof DecimalVector e) {
            return d.getObject(a).compareTo(e.getObject(b));
        }
        if (v instanceof TimeStampVector || v instanceof DateDayVector || v instanceof BitVector) {
            return Long.compare(Keys.asLong(v, a), Keys.asLong(w, b));
        }
        if (v instanceof TimeMilliVector || v instanceof TimeMicroVector || v instanceof TimeNanoVector) {
            return Long.compare(io.sluice.runtime.internal.types.Types.timeValue(v, a), io.sluice.runtime.internal.types.Types.timeValue(w, b));
        }
        if (v instanceof VarBinaryVector || v instanceof FixedSizeBinaryVector) {
            return Arrays.compareUnsigned((byte[]) v.getObject(a), (byte[]) w.getObject(b));
        }
        throw new IllegalArgumentException("cannot order by " + v.getField()); //$NON-NLS-1$
    }

    /** The next batch whose kept rows to hand out; workers claim one batch at a time. */
    static final class Cursor implements AutoCloseable {
        final AtomicInteger next = new AtomicInteger();

        @Override
        public void close() {
        }
    }

    @Override
    public BatchSource<?, ?> resultSource(State state) {
        return new BatchSource<Cursor, AutoCloseable>() {
            @Override
            public Schema schema() {
                return schema;
            }

            @Override
            public Cursor createGlobal(StepContext step) {
                return new Cursor();
            }

            @Override
            public int maxThreads(Cursor global) {
                // without an order column the kept rows come out in input order (one worker); with one, the
                // result does not depend on order, so the next pipeline takes morsels on every worker
                return orderColumn < 0 ? 1 : Integer.MAX_VALUE;
            }

            @Override
            public AutoCloseable createLocal(Cursor global, WorkerState ws) {
                return NO_STATE;
            }

            @Override
            public boolean next(Cursor cursor, AutoCloseable local, VectorSchemaRoot out, WorkerState ws) {
                VectorSchemaRoot[] batches = state.finished;
                while (true) {
                    int b = cursor.next.getAndIncrement();
                    if (b >= batches.length) {
                        return false;
                    }
                    int from = state.keptStart[b];
                    int n = state.keptStart[b + 1] - from;
                    VectorSchemaRoot batch = batches[b];
                    if (n > 0) {
                        Gather.rows(batch, Arrays.copyOfRange(state.keptRows, from, from + n), n, out);
                    }
                    batch.close(); // this worker claimed it alone; its kept rows are out
                    batches[b] = null;
                    if (n > 0) {
                        break;
                    }
                }
                return true;
            }
        };
    }

    private static final AutoCloseable NO_STATE = () -> {
    };
}
