package io.sluice.runtime.internal.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * The worker loop of one started {@link ExecPipeline}: each of its workers pulls a batch from the source's global
 * state, pushes it through the operators (re-entering any that has more output) into the sink, and counts rows,
 * batches, bytes and busy time per step. The last worker to run dry drains the operators' kept output (a
 * streaming operator's end-of-input rows). {@link PipelineScheduler} creates one per started pipeline and runs
 * {@link #run} on each of its workers.
 */
final class PipelineWorker {
    private static final long PAUSE = Long.getLong(Executor.PAUSE_PROPERTY, 0L);

    private final ExecPipeline p;
    private final ExecContext ctx;
    private final BatchSource<?, ?> source;
    private final AutoCloseable sourceGlobal;
    private final AutoCloseable sinkGlobal;
    /** Rows every worker took from the source (the run's row limit). */
    private final AtomicLong sourceRows = new AtomicLong();
    /** Workers still pulling from the source; the last one drains the operators. */
    private final AtomicInteger sourcing;

    PipelineWorker(ExecPipeline p, ExecContext ctx, BatchSource<?, ?> source, AutoCloseable sourceGlobal,
            AutoCloseable sinkGlobal, int workers) {
        this.p = p;
        this.ctx = ctx;
        this.source = source;
        this.sourceGlobal = sourceGlobal;
        this.sinkGlobal = sinkGlobal;
        this.sourcing = new AtomicInteger(workers);
    }

    static void busy(StepContext s, long sinceNanos) {
        if (s != null) {
            s.counters().busyNanos.add(System.nanoTime() - sinceNanos);
        }
    }

    /** One worker's loop: pulls morsels until the source is exhausted, the run is cancelled or the chain is done. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    void run(WorkerState ws) throws Exception {
        BatchSource source = this.source;
        int nOps = p.ops.size();
        List<AutoCloseable> toClose = new ArrayList<>();
        try {
            VectorSchemaRoot[] roots = new VectorSchemaRoot[nOps + 1];
            roots[0] = VectorSchemaRoot.create(source.schema(), ws.allocator());
            toClose.add(roots[0]);
            AutoCloseable[] opLocals = new AutoCloseable[nOps];
            for (int i = 0; i < nOps; i++) {
                roots[i + 1] = VectorSchemaRoot.create(p.ops.get(i).outputSchema(), ws.allocator());
                toClose.add(roots[i + 1]);
                BatchOperator op = p.ops.get(i);
                StepContext sc = p.opSteps.get(i);
                opLocals[i] = StepFailure.attributed(sc, () -> op.createLocal(sc, ws));
                toClose.add(opLocals[i]);
            }
            AutoCloseable sourceLocal = StepFailure.attributed(p.sourceStep, () -> source.createLocal(sourceGlobal, ws));
            toClose.add(sourceLocal);
            AutoCloseable sinkLocal = StepFailure.attributed(p.sinkStep, () -> ((BatchSink) p.sink).createLocal(sinkGlobal, ws));
            toClose.add(sinkLocal);
            long maxRows = ctx.options().maxRows();
            Chain chain = new Chain(p, ws, roots, opLocals, sinkGlobal, sinkLocal);
            boolean stopped = false;
            while (true) {
                ws.checkCancelled();
                long t0 = System.nanoTime();
                boolean has = StepFailure.attributed(p.sourceStep, () -> source.next(sourceGlobal, sourceLocal, roots[0], ws));
                busy(p.sourceStep, t0);
                if (!has) {
                    break;
                }
                if (PAUSE > 0) {
                    Thread.sleep(PAUSE);
                }
                int n = roots[0].getRowCount();
                if (p.sourceStep != null) {
                    countOut(p.sourceStep.counters(), roots[0]);
                }
                if (n > 0 && chain.push(0, roots[0]) == Flow.DONE) {
                    stopped = true;
                    break;
                }
                if (maxRows >= 0 && p.sourceStep != null && sourceRows.addAndGet(n) >= maxRows) {
                    break;
                }
            }
            if (sourcing.decrementAndGet() == 0 && !stopped) {
                chain.drain();
            }
            StepFailure.attributed(p.sinkStep, () -> {
                ((BatchSink) p.sink).combine(sinkGlobal, sinkLocal, ws);
                return null;
            });
        } finally {
            Exception first = null;
            for (int i = toClose.size() - 1; i >= 0; i--) {
                try {
                    toClose.get(i).close();
                } catch (Exception e) {
                    if (first == null) {
                        first = e;
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }

    private static void countOut(StepCounters c, VectorSchemaRoot root) {
        c.rowsOut.add(root.getRowCount());
        c.batchesOut.increment();
        long bytes = 0;
        for (FieldVector v : root.getFieldVectors()) {
            bytes += v.getBufferSize();
        }
        c.bytesOut.add(bytes);
    }

    /** Pushes one batch through operators i.. and the sink, re-entering operators with more output. */
    private static final class Chain {
        private final ExecPipeline p;
        private final WorkerState ws;
        private final VectorSchemaRoot[] roots;
        private final AutoCloseable[] locals;
        private final AutoCloseable sinkGlobal;
        private final AutoCloseable sinkLocal;

        Chain(ExecPipeline p, WorkerState ws, VectorSchemaRoot[] roots, AutoCloseable[] locals, AutoCloseable sinkGlobal,
                AutoCloseable sinkLocal) {
            this.p = p;
            this.ws = ws;
            this.roots = roots;
            this.locals = locals;
            this.sinkGlobal = sinkGlobal;
            this.sinkLocal = sinkLocal;
        }

        /**
         * Whether the batch entering position i (operator i, or the sink at {@code ops.size()}) comes from a node of
         * the same step (a window's assignment feeding its aggregate): such rows are counted once, as the step's
         * input, not again at the step's inner edge.
         */
        private boolean innerEdge(int i) {
            if (i == 0) {
                return false;
            }
            StepCounters before = p.opSteps.get(i - 1).counters();
            StepCounters at = i == p.ops.size() ? (p.sinkStep == null ? null : p.sinkStep.counters())
                    : p.opSteps.get(i).counters();
            return before == at;
        }

        /** Lets every operator, in order, emit what it kept for the end of the input. */
        @SuppressWarnings({ "unchecked", "rawtypes" })
        void drain() throws Exception {
            for (int i = 0; i < p.ops.size(); i++) {
                BatchOperator op = p.ops.get(i);
                StepContext sc = p.opSteps.get(i);
                VectorSchemaRoot out = roots[i + 1];
                int at = i;
                while (true) {
                    ws.checkCancelled();
                    out.setRowCount(0);
                    long t0 = System.nanoTime();
                    Flow f = StepFailure.attributed(sc, () -> op.drain(out, locals[at], ws));
                    busy(sc, t0);
                    if (out.getRowCount() > 0) {
                        if (!innerEdge(i + 1)) {
                            countOut(sc.counters(), out);
                        }
                        if (push(i + 1, out) == Flow.DONE) {
                            return;
                        }
                    }
                    if (f != Flow.HAS_MORE_OUTPUT) {
                        break;
                    }
                }
            }
        }

        @SuppressWarnings({ "unchecked", "rawtypes" })
        Flow push(int i, VectorSchemaRoot in) throws Exception {
            if (i == p.ops.size()) {
                if (p.sinkStep != null && !innerEdge(i)) {
                    p.sinkStep.counters().rowsIn.add(in.getRowCount());
                    p.sinkStep.counters().batchesIn.increment();
                }
                long t0 = System.nanoTime();
                StepFailure.attributed(p.sinkStep, () -> {
                    ((BatchSink) p.sink).accept(in, sinkGlobal, sinkLocal, ws);
                    return null;
                });
                busy(p.sinkStep, t0);
                return Flow.NEEDS_INPUT;
            }
            BatchOperator op = p.ops.get(i);
            StepContext sc = p.opSteps.get(i);
            StepCounters c = sc.counters();
            if (!innerEdge(i)) {
                c.rowsIn.add(in.getRowCount());
                c.batchesIn.increment();
            }
            VectorSchemaRoot out = roots[i + 1];
            boolean inner = innerEdge(i + 1);
            while (true) {
                long t0 = System.nanoTime();
                Flow f = StepFailure.attributed(sc, () -> op.apply(in, out, locals[i], ws));
                busy(sc, t0);
                if (out.getRowCount() > 0) {
                    if (!inner) {
                        countOut(c, out);
                    }
                    if (push(i + 1, out) == Flow.DONE) {
                        return Flow.DONE;
                    }
                }
                if (f != Flow.HAS_MORE_OUTPUT) {
                    return f;
                }
                ws.checkCancelled();
            }
        }
    }
}
