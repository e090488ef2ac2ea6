package io.sluice.runtime.internal.ops;

import io.sluice.runtime.internal.exec.BatchOperator;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.exec.Flow;
import io.sluice.runtime.internal.exec.SideOutput;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;

import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Runs a row-wise transform (derive, select with casts) and routes the rows whose values cannot be computed to the
 * step's {@code rejects} port instead of failing the step. The fast path is one column-at-a-time call per batch;
 * only a batch that fails is split in halves until the failing rows are isolated (O(bad rows · log n) calls), the
 * good rows then go through in one call. A rejected row carries every input column as text, {@code _rule} (the
 * cast or derivation at fault), {@code _reason}, {@code _step} and {@code _run_id} (the model's transform-rejects
 * schema).
 */
public final class RejectingOperator<L extends AutoCloseable> implements BatchOperator<RejectingOperator.Local<L>> {
    private final BatchOperator<L> inner;
    private final Schema rejects;
    private final Probe probe;

    /**
     * Finds out, without side effects, whether a set of rows fails; the isolation of failing rows calls it on
     * halves of a batch. By default it is the transform itself into a scratch output; a transform that counts what
     * it does (a filter counts the rows it drops) gives one that computes without counting.
     */
    @FunctionalInterface
    public interface Probe {
        /** @throws RowError when some row of {@code rows} fails */
        void check(VectorSchemaRoot rows, WorkerState ws) throws Exception;
    }

    public RejectingOperator(BatchOperator<L> inner, Schema rejects) {
        this(inner, rejects, null);
    }

    public RejectingOperator(BatchOperator<L> inner, Schema rejects, Probe probe) {
        this.inner = inner;
        this.rejects = rejects;
        this.probe = probe;
    }

    @Override
    public Schema outputSchema() {
        return inner.outputSchema();
    }

    public static final class Local<L extends AutoCloseable> implements AutoCloseable {
        final L inner;
        final StepContext step;
        final SideOutput out;

        Local(L inner, StepContext step) {
            this.inner = inner;
            this.step = step;
            this.out = step.sideOutput(ExecGraph.REJECTS);
        }

        @Override
        public void close() throws Exception {
            inner.close();
        }
    }

    @Override
    public Local<L> createLocal(StepContext step, WorkerState ws) throws Exception {
        return new Local<>(inner.createLocal(step, ws), step);
    }

    @Override
    public Flow apply(VectorSchemaRoot in, VectorSchemaRoot out, Local<L> l, WorkerState ws) throws Exception {
        try {
            return inner.apply(in, out, l.inner, ws);
        } catch (RowError first) {
            // isolate the failing rows
        }
        int n = in.getRowCount();
        String[] rule = new String[n];
        String[] reason = new String[n];
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        isolate(in, all, rule, reason, l, ws);
        int[] good = new int[n];
        int[] bad = new int[n];
        int g = 0;
        int b = 0;
        for (int i = 0; i < n; i++) {
            if (reason[i] == null) {
                good[g++] = i;
            } else {
                bad[b++] = i;
            }
        }
        TransformRejects.emit(rejects, in, bad, b, rule, reason, l.step, l.out, ws);
        try (VectorSchemaRoot sub = VectorSchemaRoot.create(in.getSchema(), ws.allocator())) {
            Gather.rows(in, good, g, sub);
            Flow f = inner.apply(sub, out, l.inner, ws);
            if (f != Flow.NEEDS_INPUT) {
                throw new IllegalStateException("a rejecting transform must consume its input in one call, answered " + f); //$NON-NLS-1$
            }
        }
        return Flow.NEEDS_INPUT;
    }

    private void isolate(VectorSchemaRoot in, int[] rows, String[] rule, String[] reason, Local<L> l, WorkerState ws)
            throws Exception {
        try (VectorSchemaRoot sub = VectorSchemaRoot.create(in.getSchema(), ws.allocator());
                VectorSchemaRoot scratch = VectorSchemaRoot.create(inner.outputSchema(), ws.allocator())) {
            Gather.rows(in, rows, rows.length, sub);
            if (probe != null) {
                probe.check(sub, ws);
            } else {
                inner.apply(sub, scratch, l.inner, ws);
            }
            return;
        } catch (RowError e) {
            if (rows.length == 1) {
                rule[rows[0]] = e.rule();
                reason[rows[0]] = e.reason();
                return;
            }
        }
        int half = rows.length / 2;
        isolate(in, java.util.Arrays.copyOfRange(rows, 0, half), rule, reason, l, ws);
        isolate(in, java.util.Arrays.copyOfRange(rows, half, rows.length), rule, reason, l, ws);
    }

}
