package io.sluice.runtime.internal.ops;

import io.sluice.runtime.internal.exec.BatchSink;
import io.sluice.runtime.internal.exec.BatchSource;
import io.sluice.runtime.internal.exec.BlockingOperator;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.arrow.vector.util.VectorSchemaRootAppender;

/**
 * Keeps one row per key (nulls in a key are equal to each other, as in GROUP BY). Without an order column the
 * kept row is the first or last in input order — the pipeline feeding it then runs on one worker so that the
 * order is the source's; with an order column it is the row with the smallest (FIRST) or largest (LAST) order
 * value, NULL order values counting as larger than any other and ties going to input order. Without an order
 * column the kept rows come out in input order, from one worker; with one the result does not depend on input
 * order, so the next pipeline takes morsels of the kept rows on several workers (output order unspecified).
 * Blocking: the whole input is held (copied into the step's allocator).
 */
public final class Deduplicate implements BlockingOperator<Deduplicate.State> {
    private final Schema schema;
    private final int[] keys;
    private final boolean keepLast;
    private final int orderColumn;

    public Deduplicate(Schema schema, int[] keys, boolean keepLast, int orderColumn) {
        this.schema = schema;
        this.keys = keys.clone();
        this.keepLast = keepLast;
        this.orderColumn = orderColumn;
    }

    @Override
    public Schema outputSchema() {
        return schema;
    }

    public static final class State implements AutoCloseable {
        final BufferAllocator allocator;
        final List<VectorSchemaRoot> batches = new ArrayList<>();
        VectorSchemaRoot all;
        int[] kept = new int[0];

        State(BufferAllocator allocator) {
            this.allocator = allocator;
        }

        @Override
        public synchronized void close() {
            for (VectorSchemaRoot b : batches) {
                b.close();
            }
            batches.clear();
            if (all != null) {
                all.close();
                all = null;
            }
        }
    }

    @Override
    public BatchSink<State, ?> sink() {
        return new BatchSink<State, AutoCloseable>() {
            @Override
            public State createGlobal(StepContext step) {
                return new State(step.allocator());
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
                int n = in.getRowCount();
                if (n == 0) {
                    return;
                }
                VectorSchemaRoot copy = VectorSchemaRoot.create(schema, global.allocator);
                int[] sel = new int[n];
                for (int i = 0; i < n; i++) {
                    sel[i] = i;
                }
                Gather.rows(in, sel, n, copy);
                synchronized (global) {
                    global.batches.add(copy);
                }
            }

            @Override
            public void combine(State global, AutoCloseable local, WorkerState ws) {
            }

            @Override
            public void finish(State global, StepContext step) {
                synchronized (global) {
                    VectorSchemaRoot all = VectorSchemaRoot.create(schema, global.allocator);
                    all.allocateNew();
                    all.setRowCount(0);
                    if (!global.batches.isEmpty()) {
                        VectorSchemaRootAppender.append(false, all, global.batches.toArray(new VectorSchemaRoot[0]));
                    }
                    global.close();
                    global.all = all;
                    global.kept = choose(all);
                    step.counters().rowsFiltered.add(all.getRowCount() - global.kept.length);
                }
            }
        };
    }

    /** The rows to keep, ascending. */
    int[] choose(VectorSchemaRoot all) {
        int n = all.getRowCount();
        FieldVector[] k = new FieldVector[keys.length];
        for (int i = 0; i < k.length; i++) {
            k[i] = all.getVector(keys[i]);
        }
        FieldVector order = orderColumn < 0 ? null : all.getVector(orderColumn);
        int size = Integer.highestOneBit(Math.max(16, n * 2 - 1)) << 1;
        int mask = size - 1;
        int[] slots = new int[size]; // row index + 1 of the group's chosen row; 0 = empty
        long[] slotHash = new long[size];
        for (int r = 0; r < n; r++) {
            long h = Keys.hash(k, r);
            int s = (int) (h & mask);
            while (true) {
                int cur = slots[s] - 1;
                if (cur < 0) {
                    slots[s] = r + 1;
                    slotHash[s] = h;
                    break;
                }
                if (slotHash[s] == h && Keys.eq(k, cur, k, r, true)) {
                    if (better(order, r, cur)) {
                        slots[s] = r + 1;
                    }
                    break;
                }
                s = (s + 1) & mask;
            }
        }
        int[] kept = new int[n];
        int m = 0;
        for (int s : slots) {
            if (s > 0) {
                kept[m++] = s - 1;
            }
        }
        kept = Arrays.copyOf(kept, m);
        Arrays.sort(kept);
        return kept;
    }

    /** Whether row r (later in input order) replaces the chosen row cur. */
    private boolean better(FieldVector order, int r, int cur) {
        if (order == null) {
            return keepLast;
        }
        int c = compare(order, r, cur);
        return keepLast ? c >= 0 : c < 0;
    }

    /** Compares two cells, NULL larger than any value. */
    static int compare(FieldVector v, int a, int b) {
        boolean na = v.isNull(a);
        boolean nb = v.isNull(b);
        if (na || nb) {
            return na == nb ? 0 : na ? 1 : -1;
        }
        if (v instanceof VarCharVector s) {
            byte[] x = s.get(a);
            byte[] y = s.get(b);
            return Arrays.compareUnsigned(x, y);
        }
        if (v instanceof Float8Vector f) {
            return Double.compare(f.get(a), f.get(b));
        }
        if (v instanceof BigIntVector || v instanceof IntVector || v instanceof TimeStampVector
                || v instanceof DateDayVector || v instanceof BitVector) {
            return Long.compare(Keys.asLong(v, a), Keys.asLong(v, b));
        }
        throw new IllegalArgumentException("cannot order by " + v.getField()); //$NON-NLS-1$
    }

    /** The next kept row to hand out; workers claim morsels of kept rows from it. */
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
                int total = state.kept.length;
                int size = Math.max(1, ws.run().options().batchRows());
                int from = cursor.next.getAndAdd(size);
                if (from >= total) {
                    return false;
                }
                int n = Math.min(size, total - from);
                Gather.rows(state.all, Arrays.copyOfRange(state.kept, from, from + n), n, out);
                return true;
            }
        };
    }

    private static final AutoCloseable NO_STATE = () -> {
    };
}
