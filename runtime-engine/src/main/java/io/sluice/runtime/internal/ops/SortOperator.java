package io.sluice.runtime.internal.ops;

import io.sluice.runtime.internal.types.Types;
import io.sluice.runtime.internal.exec.BatchSink;
import io.sluice.runtime.internal.exec.BatchSource;
import io.sluice.runtime.internal.exec.BlockingOperator;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;
import io.sluice.runtime.internal.kernel.Compare;
import io.sluice.expression.types.DataType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Sort on several keys, each ascending or descending with nulls first or last; stable. Workers move their
 * batches into the step's allocator; {@code finish} extracts the key columns once and sorts a row index; the
 * result source (one worker, so order is kept downstream) gathers rows in that order.
 */
public final class SortOperator implements BlockingOperator<SortOperator.State> {
    /** One sort key. */
    public record Key(int column, boolean descending, boolean nullsFirst) {
    }

    private final Schema schema;
    private final List<Key> keys;

    public SortOperator(Schema schema, List<Key> keys) {
        this.schema = schema;
        this.keys = List.copyOf(keys);
    }

    @Override
    public Schema outputSchema() {
        return schema;
    }

    /** The kept batches and, after finish, the sorted order as (batch, row) pairs. */
    public static final class State implements AutoCloseable {
        final List<VectorSchemaRoot> batches = new ArrayList<>();
        int[] orderBatch;
        int[] orderRow;
        BufferAllocator allocator;

        @Override
        public void close() {
            for (VectorSchemaRoot r : batches) {
                r.close();
            }
            batches.clear();
        }
    }

    @Override
    public BatchSink<State, ?> sink() {
        return new BatchSink<State, AutoCloseable>() {
            @Override
            public State createGlobal(StepContext step) {
                State s = new State();
                s.allocator = step.allocator();
                return s;
            }

            @Override
            public AutoCloseable createLocal(State global, WorkerState ws) {
                return () -> {
                };
            }

            @Override
            public void accept(VectorSchemaRoot in, State global, AutoCloseable local, WorkerState ws) {
                VectorSchemaRoot copy = VectorSchemaRoot.create(schema, global.allocator);
                for (int c = 0; c < in.getFieldVectors().size(); c++) {
                    in.getVector(c).makeTransferPair(copy.getVector(c)).transfer();
                }
                copy.setRowCount(in.getRowCount());
                in.setRowCount(0);
                synchronized (global) {
                    global.batches.add(copy);
                }
            }

            @Override
            public void finish(State global, StepContext step) {
                sort(global);
            }
        };
    }

    private void sort(State s) {
        int total = 0;
        for (VectorSchemaRoot r : s.batches) {
            total += r.getRowCount();
        }
        int[] bi = new int[total];
        int[] ri = new int[total];
        int p = 0;
        for (int b = 0; b < s.batches.size(); b++) {
            for (int r = 0; r < s.batches.get(b).getRowCount(); r++) {
                bi[p] = b;
                ri[p] = r;
                p++;
            }
        }
        // extract keys column-wise over the global row numbering
        int nk = keys.size();
        long[][] lk = new long[nk][];
        double[][] dk = new double[nk][];
        String[][] sk = new String[nk][];
        java.math.BigDecimal[][] bk = new java.math.BigDecimal[nk][];
        boolean[][] nulls = new boolean[nk][];
        for (int k = 0; k < nk; k++) {
            DataType t = Types.of(schema.getFields().get(keys.get(k).column()));
            nulls[k] = new boolean[total];
            switch (t.id()) {
                case FLOAT64, FLOAT32 -> dk[k] = new double[total];
                case DECIMAL -> bk[k] = new java.math.BigDecimal[total];
                case STRING -> sk[k] = new String[total];
                default -> lk[k] = new long[total];
            }
            for (int i = 0; i < total; i++) {
                FieldVector v = s.batches.get(bi[i]).getVector(keys.get(k).column());
                int r = ri[i];
                if (v.isNull(r)) {
                    nulls[k][i] = true;
                    continue;
                }
                switch (v) {
                    case Float8Vector f -> dk[k][i] = f.get(r);
                    case org.apache.arrow.vector.Float4Vector f -> dk[k][i] = f.get(r);
                    case org.apache.arrow.vector.DecimalVector f -> bk[k][i] = f.getObject(r);
                    case BaseFixedWidthVector f when f.getTypeWidth() == 1 -> lk[k][i] = f.getDataBuffer().getByte(r);
                    case BaseFixedWidthVector f when f.getTypeWidth() == 2 -> lk[k][i] = f.getDataBuffer().getShort((long) r * 2);
                    case VarCharVector x -> sk[k][i] = new String(x.get(r), StandardCharsets.UTF_8);
                    case BitVector x -> lk[k][i] = x.get(r);
                    case BaseFixedWidthVector f when f.getTypeWidth() == 4 -> lk[k][i] = f.getDataBuffer().getInt((long) r * 4);
                    case BaseFixedWidthVector f -> lk[k][i] = f.getDataBuffer().getLong((long) r * 8);
                    default -> throw new IllegalStateException(v.getClass().getName());
                }
            }
        }
        int[] idx = new int[total];
        for (int i = 0; i < total; i++) {
            idx[i] = i;
        }
        IntComparator cmp = (a, b) -> {
            for (int k = 0; k < nk; k++) {
                Key key = keys.get(k);
                boolean na = nulls[k][a];
                boolean nb = nulls[k][b];
                if (na || nb) {
                    if (na && nb) {
                        continue;
                    }
                    return na == key.nullsFirst() ? -1 : 1;
                }
                int c;
                if (dk[k] != null) {
                    c = Compare.doubles(dk[k][a], dk[k][b]);
                } else if (sk[k] != null) {
                    c = Compare.strings(sk[k][a], sk[k][b]);
                } else if (bk[k] != null) {
                    c = bk[k][a].compareTo(bk[k][b]);
                } else {
                    c = Long.compare(lk[k][a], lk[k][b]);
                }
                if (c != 0) {
                    return key.descending() ? -c : c;
                }
            }
            return 0;
        };
        mergeSort(idx, new int[total], 0, total, cmp);
        s.orderBatch = new int[total];
        s.orderRow = new int[total];
        for (int i = 0; i < total; i++) {
            s.orderBatch[i] = bi[idx[i]];
            s.orderRow[i] = ri[idx[i]];
        }
    }

    /** Position of the result source. */
    static final class Cursor implements AutoCloseable {
        int next;

        @Override
        public void close() {
        }
    }

    interface IntComparator {
        int compare(int a, int b);
    }

    static void mergeSort(int[] a, int[] tmp, int from, int to, IntComparator c) {
        if (to - from < 24) {
            for (int i = from + 1; i < to; i++) {
                int x = a[i];
                int j = i - 1;
                while (j >= from && c.compare(a[j], x) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, c);
        mergeSort(a, tmp, mid, to, c);
        if (c.compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && c.compare(tmp[i], tmp[j]) <= 0)) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
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
            public AutoCloseable createLocal(Cursor global, WorkerState ws) {
                return () -> {
                };
            }

            @Override
            public boolean next(Cursor cursor, AutoCloseable local, VectorSchemaRoot out, WorkerState ws) {
                int total = state.orderBatch.length;
                int from = cursor.next;
                if (from >= total) {
                    return false;
                }
                int n = Math.min(ws.run().options().batchRows(), total - from);
                for (int c = 0; c < schema.getFields().size(); c++) {
                    FieldVector o = out.getVector(c);
                    o.setInitialCapacity(n);
                    o.allocateNew();
                    for (int i = 0; i < n; i++) {
                        o.copyFromSafe(state.orderRow[from + i], i,
                                state.batches.get(state.orderBatch[from + i]).getVector(c));
                    }
                    o.setValueCount(n);
                }
                out.setRowCount(n);
                cursor.next = from + n;
                return true;
            }
        };
    }
}
