package io.sluice.runtime.internal.ops;

import io.sluice.runtime.internal.exec.BatchOperator;
import io.sluice.runtime.internal.exec.BatchSink;
import io.sluice.runtime.internal.exec.Flow;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;

import java.util.Arrays;
import java.util.List;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.arrow.vector.util.VectorSchemaRootAppender;

/**
 * Hash join. The right input is the build side: {@link #buildSink()} collects it (blocking) and indexes it by
 * key; the left input streams through the probe operator (this class). Output: all left columns, then all right
 * columns, named and typed as the model's schema propagation says (the planner passes that schema). A row whose
 * key has a null never matches. LEFT and FULL emit unmatched probe rows with nulls on the right as they stream;
 * RIGHT and FULL emit the build rows nobody matched once the whole probe side is through ({@link #drain}).
 */
public final class HashJoin implements BatchOperator<HashJoin.Local> {
    public enum Kind { INNER, LEFT, RIGHT, FULL }

    static final int OUT_ROWS = 4096;

    private final Kind kind;
    private final Schema output;
    private final Schema buildSchema;
    private final int[] probeKeys;
    private final int[] buildKeys;
    private final int leftCols;
    private volatile Table table;

    public HashJoin(Kind kind, Schema left, Schema right, int[] leftKeys, int[] rightKeys, Schema output) {
        if (leftKeys.length != rightKeys.length || leftKeys.length == 0) {
            throw new IllegalArgumentException("expected the same number (>0) of left and right keys, got " //$NON-NLS-1$
                    + leftKeys.length + " and " + rightKeys.length); //$NON-NLS-1$
        }
        if (output.getFields().size() != left.getFields().size() + right.getFields().size()) {
            throw new IllegalArgumentException("expected " + (left.getFields().size() + right.getFields().size()) //$NON-NLS-1$
                    + " output columns, got " + output.getFields().size()); //$NON-NLS-1$
        }
        this.kind = kind;
        this.output = output;
        this.buildSchema = right;
        this.probeKeys = leftKeys.clone();
        this.buildKeys = rightKeys.clone();
        this.leftCols = left.getFields().size();
    }

    @Override
    public Schema outputSchema() {
        return output;
    }

    /** The indexed build side: all right rows in one root, chains of rows per hash bucket, matched flags. */
    public static final class Table implements AutoCloseable {
        final VectorSchemaRoot rows;
        final FieldVector[] keys;
        final int[] heads;
        final int[] next;
        final long[] hashes;
        final byte[] matched;
        final int mask;

        Table(VectorSchemaRoot rows, int[] keyCols) {
            this.rows = rows;
            int n = rows.getRowCount();
            keys = new FieldVector[keyCols.length];
            for (int k = 0; k < keyCols.length; k++) {
                keys[k] = rows.getVector(keyCols[k]);
            }
            int size = Integer.highestOneBit(Math.max(16, n * 2 - 1)) << 1;
            heads = new int[size];
            Arrays.fill(heads, -1);
            mask = size - 1;
            next = new int[n];
            hashes = new long[n];
            matched = new byte[n];
            for (int r = n - 1; r >= 0; r--) { // chains in row order
                if (Keys.anyNull(keys, r)) {
                    next[r] = -1;
                    continue;
                }
                long h = Keys.hash(keys, r);
                hashes[r] = h;
                int b = (int) (h & mask);
                next[r] = heads[b];
                heads[b] = r;
            }
        }

        @Override
        public void close() {
            rows.close();
        }
    }

    /** Global state of the build sink: the batches collected, then the table. */
    public final class Build implements AutoCloseable {
        final BatchBuffer batches;
        Table built;

        Build(BufferAllocator allocator) {
            this.batches = new BatchBuffer(buildSchema, allocator);
        }

        @Override
        public synchronized void close() {
            batches.close();
            if (built != null) {
                built.close();
                built = null;
            }
        }
    }

    /** The blocking side: collects the right input; {@code finish} builds the table the probe uses. */
    public BatchSink<Build, AutoCloseable> buildSink() {
        return new BatchSink<>() {
            @Override
            public Build createGlobal(StepContext step) {
                return new Build(step.allocator());
            }

            @Override
            public AutoCloseable createLocal(Build global, WorkerState ws) {
                return NO_STATE;
            }

            @Override
            public void accept(VectorSchemaRoot in, Build global, AutoCloseable local, WorkerState ws) {
                global.batches.add(in);
            }

            @Override
            public void finish(Build global, StepContext step) {
                synchronized (global) {
                    VectorSchemaRoot all = VectorSchemaRoot.create(buildSchema, global.batches.allocator());
                    all.allocateNew();
                    all.setRowCount(0);
                    VectorSchemaRoot[] batches = global.batches.take();
                    if (batches.length > 0) {
                        VectorSchemaRootAppender.append(false, all, batches);
                    }
                    for (VectorSchemaRoot b : batches) {
                        b.close();
                    }
                    global.built = new Table(all, buildKeys);
                    table = global.built;
                }
            }
        };
    }

    /** Per worker: where in the current probe batch it stopped, and the scratch selection arrays. */
    public static final class Local implements AutoCloseable {
        int pos;
        int drainPos;
        int[] probeSel = new int[OUT_ROWS * 2];
        int[] buildSel = new int[OUT_ROWS * 2];

        void ensure(int n) {
            if (probeSel.length < n) {
                probeSel = Arrays.copyOf(probeSel, n * 2);
                buildSel = Arrays.copyOf(buildSel, n * 2);
            }
        }

        @Override
        public void close() {
        }
    }

    @Override
    public Local createLocal(StepContext step, WorkerState ws) {
        if (table == null) {
            throw new IllegalStateException("the build side of the join has not finished"); //$NON-NLS-1$
        }
        return new Local();
    }

    @Override
    public Flow apply(VectorSchemaRoot in, VectorSchemaRoot out, Local l, WorkerState ws) {
        Table t = table;
        int n = in.getRowCount();
        FieldVector[] pk = new FieldVector[probeKeys.length];
        for (int k = 0; k < pk.length; k++) {
            pk[k] = in.getVector(probeKeys[k]);
        }
        boolean keepUnmatched = kind == Kind.LEFT || kind == Kind.FULL;
        int k = 0;
        int row = l.pos;
        for (; row < n && k < OUT_ROWS; row++) {
            boolean found = false;
            if (!Keys.anyNull(pk, row)) {
                long h = Keys.hash(pk, row);
                for (int b = t.heads[(int) (h & t.mask)]; b >= 0; b = t.next[b]) {
                    if (t.hashes[b] == h && Keys.eq(pk, row, t.keys, b, false)) {
                        l.ensure(k + 1);
                        l.probeSel[k] = row;
                        l.buildSel[k++] = b;
                        t.matched[b] = 1;
                        found = true;
                    }
                }
            }
            if (!found && keepUnmatched) {
                l.ensure(k + 1);
                l.probeSel[k] = row;
                l.buildSel[k++] = -1;
            }
        }
        emit(in, t.rows, l.probeSel, l.buildSel, k, out);
        if (row < n) {
            l.pos = row;
            return Flow.HAS_MORE_OUTPUT;
        }
        l.pos = 0;
        return Flow.NEEDS_INPUT;
    }

    @Override
    public Flow drain(VectorSchemaRoot out, Local l, WorkerState ws) {
        if (kind != Kind.RIGHT && kind != Kind.FULL) {
            return Flow.DONE;
        }
        Table t = table;
        int n = t.rows.getRowCount();
        int k = 0;
        int row = l.drainPos;
        for (; row < n && k < OUT_ROWS; row++) {
            if (t.matched[row] == 0) {
                l.ensure(k + 1);
                l.probeSel[k] = -1;
                l.buildSel[k++] = row;
            }
        }
        l.drainPos = row;
        emit(null, t.rows, l.probeSel, l.buildSel, k, out);
        return row < n ? Flow.HAS_MORE_OUTPUT : Flow.DONE;
    }

    /** Gathers the output column by column: left columns by probeSel, right by buildSel (-1 gives nulls). */
    private void emit(VectorSchemaRoot probe, VectorSchemaRoot build, int[] probeSel, int[] buildSel, int k,
            VectorSchemaRoot out) {
        List<FieldVector> outs = out.getFieldVectors();
        for (int c = 0; c < outs.size(); c++) {
            FieldVector o = outs.get(c);
            if (c < leftCols) {
                if (probe == null) {
                    Gather.nulls(o, k);
                } else {
                    Gather.column(probe.getVector(c), probeSel, k, o);
                }
            } else {
                Gather.column(build.getVector(c - leftCols), buildSel, k, o);
            }
        }
        out.setRowCount(k);
    }
}
