package io.sluice.runtime.internal.exec;

import io.sluice.runtime.CancellationToken.CancelledException;
import io.sluice.runtime.internal.exec.ExecGraph.Node;
import io.sluice.runtime.internal.exec.ExecGraph.Port;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Cuts an {@link ExecGraph} into pipelines and runs them.
 *
 * <p>A pipeline is one source, a chain of streaming operators and one sink. It ends at a blocking operator
 * (whose sink it runs; the operator's result source starts the next pipeline once this one completed), at a
 * sink, or at a port with several consumers: there a {@link QueueWriter} puts every batch into one bounded
 * {@link BatchQueue} per consumer and each consumer starts a pipeline of its own that runs concurrently
 * (back-pressure through the queue). Side outputs ({@code rejects}) work the same way.
 *
 * <p>Each pipeline runs on {@code min(threads, source.maxThreads)} workers; each worker pulls morsels from
 * the source's global state and pushes them through the whole chain, re-entering operators that have more
 * output. Operators never start threads. The first failure cancels the run's token; every worker stops at its
 * next batch or queue wait.
 */
public final class Executor {
    /**
     * Testing knob: pause after each batch a pipeline's source produces (milliseconds), so that a test can kill or
     * signal a run process while it is in the middle of its input.
     */
    public static final String PAUSE_PROPERTY = "sluice.exec.pauseMillis"; //$NON-NLS-1$
    private static final long PAUSE = Long.getLong(PAUSE_PROPERTY, 0L);

    private final ExecContext ctx;
    private final List<Pipeline> pipelines = new ArrayList<>();
    private final Map<Node, StepContext> steps = new LinkedHashMap<>();
    private final ExecGraph graph;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    /** Sinks that finished (prepared) and wait for the run's checks before they commit, in finishing order. */
    private final List<Runnable> commits = java.util.Collections.synchronizedList(new ArrayList<>());

    /** A check of the whole run that runs after every pipeline finished and before any sink commits. */
    @FunctionalInterface
    public interface BeforeCommit {
        /** Throws to refuse the commit: no sink commits, every prepared output is discarded when the run closes. */
        void check();
    }

    public Executor(ExecGraph graph, ExecContext ctx) {
        this.graph = graph;
        this.ctx = ctx;
        for (Node n : graph.nodes()) {
            StepCounters c = n.counted() ? ctx.counters(n.metricsName(), n.kind()) : new StepCounters(n.metricsName(), n.kind());
            if (n.role() == ExecGraph.Role.SINK && n.metricsName().equals(n.name())) {
                c.markSink();
            }
            steps.put(n, new StepContext(n.metricsName(), c, ctx, new HashMap<>()));
        }
        compile();
        for (Pipeline p : pipelines) {
            for (Node n : p.nodes) {
                for (Node before : n.after()) {
                    for (Pipeline q : pipelines) {
                        if (q.sinkNode == before) {
                            p.deps.add(q);
                        }
                    }
                }
            }
        }
    }

    /** One source, streaming operators, one sink. */
    static final class Pipeline {
        final int id;
        Supplier<BatchSource<?, ?>> source;
        StepContext sourceStep;
        final List<BatchOperator<?>> ops = new ArrayList<>();
        final List<StepContext> opSteps = new ArrayList<>();
        BatchSink<?, ?> sink;
        StepContext sinkStep;
        final Set<Pipeline> deps = new LinkedHashSet<>();
        final List<QueueWriter> sideWriters = new ArrayList<>();
        final AtomicReference<Object> sinkGlobal = new AtomicReference<>();
        final Set<StepCounters> counters = new LinkedHashSet<>();
        final List<Node> nodes = new ArrayList<>();
        Node sinkNode;

        Pipeline(int id) {
            this.id = id;
        }

        String label() {
            StringBuilder sb = new StringBuilder("p").append(id).append(':'); //$NON-NLS-1$
            sb.append(sourceStep == null ? "queue" : sourceStep.name()); //$NON-NLS-1$
            for (StepContext s : opSteps) {
                sb.append('>').append(s.name());
            }
            sb.append('>').append(sinkStep == null ? sink.getClass().getSimpleName() : sinkStep.name());
            return sb.toString();
        }
    }

    // ---------------------------------------------------------------------------------------------- planning

    private Pipeline newPipeline(Set<Pipeline> deps) {
        Pipeline p = new Pipeline(pipelines.size());
        p.deps.addAll(deps);
        pipelines.add(p);
        return p;
    }

    private void compile() {
        for (Node n : graph.nodes()) {
            if (n.role() == ExecGraph.Role.SOURCE) {
                Pipeline p = newPipeline(Set.of());
                BatchSource<?, ?> src = n.source();
                p.source = () -> src;
                p.sourceStep = steps.get(n);
                p.nodes.add(n);
                p.counters.add(p.sourceStep.counters());
                attachSides(n, p);
                continueChain(p, n.out());
            }
        }
    }

    private void continueChain(Pipeline p, Port port) {
        while (true) {
            List<Node> consumers = graph.consumers(port);
            if (consumers.isEmpty()) {
                p.sink = new DiscardOutput(port.schema());
                return;
            }
            if (consumers.size() > 1) {
                List<BatchQueue> queues = new ArrayList<>();
                for (Node c : consumers) {
                    BatchQueue q = newQueue(port, c);
                    queues.add(q);
                    startFromQueue(q, c, p.deps);
                }
                p.sink = new QueueWriter(port.schema(), queues);
                return;
            }
            Node c = consumers.get(0);
            switch (c.role()) {
                case OPERATOR -> {
                    addOperator(p, c);
                    port = c.out();
                }
                case SINK -> {
                    setSink(p, c);
                    return;
                }
                case BLOCKING -> {
                    attachBlocking(p, c);
                    return;
                }
                case MERGE -> {
                    p.sink = new QueueWriter(port.schema(), List.of(mergeQueue(c)));
                    p.counters.add(steps.get(c).counters());
                    return;
                }
                default -> throw new IllegalStateException("a source cannot consume " + port); //$NON-NLS-1$
            }
        }
    }

    private final Map<Node, BatchQueue> mergeQueues = new HashMap<>();

    /** The one queue every input of a merge node writes into; its consumer pipeline starts with it. */
    private BatchQueue mergeQueue(Node m) {
        BatchQueue q = mergeQueues.get(m);
        if (q == null) {
            q = ctx.register(new BatchQueue(m.name() + ".in", m.out().schema(), //$NON-NLS-1$
                    Math.max(1, ctx.options().queueBatches()), ctx.token())).producers(m.mergeInputs().size());
            mergeQueues.put(m, q);
            steps.get(m).counters().inputQueue(q::fill);
            Pipeline next = newPipeline(Set.of());
            QueueSource qs = new QueueSource(q);
            next.source = () -> qs;
            next.nodes.add(m);
            next.counters.add(steps.get(m).counters());
            continueChain(next, m.out());
        }
        return q;
    }

    /** Whether the chain starting at this node waits for another pipeline (a join probe waits for its build). */
    private boolean waitsForOthers(Node n) {
        while (n != null) {
            if (!n.after().isEmpty()) {
                return true;
            }
            if (n.role() != ExecGraph.Role.OPERATOR) {
                return false;
            }
            List<Node> next = graph.consumers(n.out());
            n = next.size() == 1 ? next.get(0) : null;
        }
        return false;
    }

    private BatchQueue newQueue(Port from, Node to) {
        // a consumer that cannot start yet must not block its producer (which may feed what it waits for)
        int capacity = waitsForOthers(to) ? Integer.MAX_VALUE : Math.max(1, ctx.options().queueBatches());
        BatchQueue q = ctx.register(new BatchQueue(from.node().name() + "." + from.name() + ">" + to.name(), //$NON-NLS-1$ //$NON-NLS-2$
                from.schema(), capacity, ctx.token()));
        steps.get(to).counters().inputQueue(q::fill);
        return q;
    }

    private void addOperator(Pipeline p, Node c) {
        p.ops.add(c.operator());
        p.nodes.add(c);
        StepContext sc = steps.get(c);
        p.opSteps.add(sc);
        p.counters.add(sc.counters());
        attachSides(c, p);
    }

    private void setSink(Pipeline p, Node c) {
        p.sink = c.sink();
        p.sinkNode = c;
        p.nodes.add(c);
        p.sinkStep = steps.get(c);
        p.counters.add(p.sinkStep.counters());
    }

    private void startFromQueue(BatchQueue q, Node c, Set<Pipeline> deps) {
        Pipeline p = newPipeline(deps);
        QueueSource qs = new QueueSource(q);
        p.source = () -> qs;
        switch (c.role()) {
            case OPERATOR -> {
                addOperator(p, c);
                continueChain(p, c.out());
            }
            case SINK -> setSink(p, c);
            case BLOCKING -> attachBlocking(p, c);
            case MERGE -> {
                p.sink = new QueueWriter(q.schema(), List.of(mergeQueue(c)));
                p.counters.add(steps.get(c).counters());
            }
            default -> throw new IllegalStateException("a source cannot have an input: " + c); //$NON-NLS-1$
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private void attachBlocking(Pipeline p, Node c) {
        BlockingOperator op = (BlockingOperator) c.blocking();
        p.sink = op.sink();
        p.sinkNode = c;
        p.nodes.add(c);
        p.sinkStep = steps.get(c);
        p.counters.add(p.sinkStep.counters());
        Set<Pipeline> deps = new LinkedHashSet<>(p.deps);
        deps.add(p);
        Pipeline next = newPipeline(deps);
        Pipeline build = p;
        next.source = () -> op.resultSource((AutoCloseable) build.sinkGlobal.get());
        next.sourceStep = steps.get(c);
        next.nodes.add(c);
        next.counters.add(next.sourceStep.counters());
        continueChain(next, c.out());
    }

    private void attachSides(Node n, Pipeline p) {
        StepContext sc = steps.get(n);
        Map<String, SideOutput> outs = new HashMap<>();
        for (Map.Entry<String, Schema> e : n.sidePorts().entrySet()) {
            Port port = n.port(e.getKey());
            List<Node> consumers = graph.consumers(port);
            if (consumers.isEmpty()) {
                outs.put(e.getKey(), new DiscardOutput(e.getValue()));
            } else {
                List<BatchQueue> queues = new ArrayList<>();
                for (Node c : consumers) {
                    BatchQueue q = newQueue(port, c);
                    queues.add(q);
                    startFromQueue(q, c, p.deps);
                }
                QueueWriter w = new QueueWriter(e.getValue(), queues);
                p.sideWriters.add(w);
                outs.put(e.getKey(), w);
            }
        }
        sc.sideOutputs().putAll(outs);
    }

    /** Pipelines in creation order (for tests and diagnostics). */
    public List<String> describe() {
        List<String> result = new ArrayList<>();
        for (Pipeline p : pipelines) {
            StringBuilder sb = new StringBuilder(p.label());
            if (!p.deps.isEmpty()) {
                sb.append(" after"); //$NON-NLS-1$
                for (Pipeline d : p.deps) {
                    sb.append(" p").append(d.id); //$NON-NLS-1$
                }
            }
            result.add(sb.toString());
        }
        return result;
    }

    // ---------------------------------------------------------------------------------------------- running

    private record Ended(Pipeline pipeline) {
    }

    /**
     * Runs every pipeline; returns normally on success, throws {@link StepFailure} (or another runtime
     * exception) on failure and {@link CancelledException} when cancelled from outside.
     */
    public void run() {
        run(() -> {
        });
    }

    /**
     * Runs every pipeline (sinks only prepare their output), then {@code beforeCommit}, then commits every sink. If
     * anything fails, no sink commits; their prepared output is discarded when the {@link ExecContext} closes.
     */
    public void run(BeforeCommit beforeCommit) {
        runPipelines();
        beforeCommit.check();
        List<Runnable> all;
        synchronized (commits) {
            all = new ArrayList<>(commits);
        }
        for (Runnable c : all) {
            c.run();
        }
    }

    private void runPipelines() {
        Map<Pipeline, Integer> stepUse = new IdentityHashMap<>();
        Map<StepCounters, Integer> remaining = new HashMap<>();
        for (Pipeline p : pipelines) {
            for (StepCounters c : p.counters) {
                remaining.merge(c, 1, Integer::sum);
            }
            stepUse.put(p, p.counters.size());
        }
        LinkedBlockingQueue<Ended> events = new LinkedBlockingQueue<>();
        ExecutorService pool = Executors.newCachedThreadPool(threadFactory(ctx.runId()));
        Set<Pipeline> started = new HashSet<>();
        Set<Pipeline> ended = new HashSet<>();
        try {
            while (ended.size() < pipelines.size()) {
                if (!ctx.token().isCancelled()) {
                    for (Pipeline p : pipelines) {
                        if (!started.contains(p) && ended.containsAll(p.deps)) {
                            started.add(p);
                            start(p, pool, events);
                        }
                    }
                }
                if (started.size() == ended.size()) {
                    break; // cancelled: nothing is running any more, the rest never starts
                }
                Ended e;
                try {
                    e = events.take();
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    ctx.token().cancel("interrupted"); //$NON-NLS-1$
                    continue;
                }
                ended.add(e.pipeline());
                if (failure.get() == null && !ctx.token().isCancelled()) {
                    for (StepCounters c : e.pipeline().counters) {
                        if (remaining.merge(c, -1, Integer::sum) == 0) {
                            c.done();
                        }
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Throwable t = failure.get();
        if (t != null) {
            for (StepCounters c : ctx.allCounters()) {
                c.cancelled();
            }
            if (t instanceof RuntimeException re) {
                throw re;
            }
            if (t instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(t);
        }
        if (ctx.token().isCancelled()) {
            for (StepCounters c : ctx.allCounters()) {
                c.cancelled();
            }
            throw new CancelledException(ctx.token().reason());
        }
    }

    private static ThreadFactory threadFactory(String runId) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sluice-" + runId + "-" + n.getAndIncrement()); //$NON-NLS-1$ //$NON-NLS-2$
            t.setDaemon(true);
            return t;
        };
    }

    private void fail(Throwable t) {
        if (t instanceof CancelledException && ctx.token().isCancelled()) {
            return; // a consequence, not a cause
        }
        if (failure.compareAndSet(null, t)) {
            if (t instanceof StepFailure sf) {
                StepCounters c = ctx.counters(sf.step(), "?"); //$NON-NLS-1$
                c.failed(StepFailure.describe(sf.getCause()));
            }
            ctx.token().cancel("failed: " + StepFailure.describe(t)); //$NON-NLS-1$
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private void start(Pipeline p, ExecutorService pool, LinkedBlockingQueue<Ended> events) {
        int workers;
        BatchSource source;
        AutoCloseable sourceGlobal;
        AutoCloseable sinkGlobal;
        try {
            for (StepCounters c : p.counters) {
                c.running();
            }
            source = p.source.get();
            sourceGlobal = attributed(p.sourceStep, () -> ctx.register(Retry.call(ctx, stepName(p.sourceStep),
                    "open " + source.describe(), () -> source.createGlobal(orDummy(p.sourceStep))))); //$NON-NLS-1$
            sinkGlobal = attributed(p.sinkStep, () -> ctx.register(Retry.call(ctx, stepName(p.sinkStep),
                    "open " + p.sink.describe(), () -> p.sink.createGlobal(orDummy(p.sinkStep))))); //$NON-NLS-1$
            p.sinkGlobal.set(sinkGlobal);
            workers = Math.max(1, Math.min(ctx.options().threads(), source.maxThreads(sourceGlobal)));
            boolean ordered = p.sink.needsInputOrder() || source.ordered() && p.sink.keepsInputOrder();
            for (BatchOperator<?> op : p.ops) {
                ordered |= op.needsInputOrder();
            }
            if (ordered) {
                workers = 1;
            }
        } catch (Throwable t) {
            fail(t);
            events.add(new Ended(p));
            return;
        }
        BufferAllocator pipelineAllocator = ctx.newAllocator(p.label());
        AtomicInteger running = new AtomicInteger(workers);
        AtomicLong sourceRows = new AtomicLong();
        AtomicInteger sourcing = new AtomicInteger(workers);
        for (int w = 0; w < workers; w++) {
            int index = w;
            pool.execute(() -> {
                try {
                    BufferAllocator wa = ctx.newAllocator(pipelineAllocator, p.label() + "#w" + index); //$NON-NLS-1$
                    runWorker(p, new WorkerState(wa, ctx.token(), index, ctx), source, sourceGlobal, sinkGlobal,
                            sourceRows, sourcing);
                } catch (Throwable t) {
                    fail(t);
                }
                if (running.decrementAndGet() == 0) {
                    try {
                        if (failure.get() == null && !ctx.token().isCancelled()) {
                            attributed(p.sinkStep, () -> {
                                long t0 = System.nanoTime();
                                ((BatchSink) p.sink).finish(sinkGlobal, orDummy(p.sinkStep));
                                busy(p.sinkStep, t0);
                                return null;
                            });
                            commits.add(() -> {
                                try {
                                    attributed(p.sinkStep, () -> {
                                        ((BatchSink) p.sink).commit(sinkGlobal);
                                        return null;
                                    });
                                } catch (RuntimeException e) {
                                    throw e;
                                } catch (Exception e) {
                                    throw new StepFailure(stepName(p.sinkStep), e);
                                }
                            });
                        }
                    } catch (Throwable t) {
                        fail(t);
                    } finally {
                        for (QueueWriter sw : p.sideWriters) {
                            sw.endOfStream();
                        }
                        events.add(new Ended(p));
                    }
                }
            });
        }
    }

    private static void busy(StepContext s, long sinceNanos) {
        if (s != null) {
            s.counters().busyNanos.add(System.nanoTime() - sinceNanos);
        }
    }

    private static String stepName(StepContext s) {
        return s == null ? "(internal)" : s.name(); //$NON-NLS-1$
    }

    private StepContext orDummy(StepContext s) {
        return s != null ? s : new StepContext("(internal)", new StepCounters("(internal)", "internal"), ctx, Map.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private interface Call<T> {
        T call() throws Exception;
    }

    private static <T> T attributed(StepContext step, Call<T> c) throws Exception {
        try {
            return c.call();
        } catch (CancelledException | StepFailure e) {
            throw e;
        } catch (Exception | Error e) {
            if (step == null) {
                throw e;
            }
            throw new StepFailure(step.name(), e);
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private void runWorker(Pipeline p, WorkerState ws, BatchSource source, AutoCloseable sourceGlobal,
            AutoCloseable sinkGlobal, AtomicLong sourceRows, AtomicInteger sourcing) throws Exception {
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
                opLocals[i] = attributed(sc, () -> op.createLocal(sc, ws));
                toClose.add(opLocals[i]);
            }
            AutoCloseable sourceLocal = attributed(p.sourceStep, () -> source.createLocal(sourceGlobal, ws));
            toClose.add(sourceLocal);
            AutoCloseable sinkLocal = attributed(p.sinkStep, () -> ((BatchSink) p.sink).createLocal(sinkGlobal, ws));
            toClose.add(sinkLocal);
            long maxRows = ctx.options().maxRows();
            Chain chain = new Chain(p, ws, roots, opLocals, sinkGlobal, sinkLocal);
            boolean stopped = false;
            while (true) {
                ws.checkCancelled();
                long t0 = System.nanoTime();
                boolean has = attributed(p.sourceStep, () -> source.next(sourceGlobal, sourceLocal, roots[0], ws));
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
            attributed(p.sinkStep, () -> {
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

    static void countOut(StepCounters c, VectorSchemaRoot root) {
        c.rowsOut.add(root.getRowCount());
        c.batchesOut.increment();
        long bytes = 0;
        for (FieldVector v : root.getFieldVectors()) {
            bytes += v.getBufferSize();
        }
        c.bytesOut.add(bytes);
    }

    /** Pushes one batch through operators i.. and the sink, re-entering operators with more output. */
    private final class Chain {
        private final Pipeline p;
        private final WorkerState ws;
        private final VectorSchemaRoot[] roots;
        private final AutoCloseable[] locals;
        private final AutoCloseable sinkGlobal;
        private final AutoCloseable sinkLocal;

        Chain(Pipeline p, WorkerState ws, VectorSchemaRoot[] roots, AutoCloseable[] locals, AutoCloseable sinkGlobal,
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
                    Flow f = attributed(sc, () -> op.drain(out, locals[at], ws));
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
                attributed(p.sinkStep, () -> {
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
                Flow f = attributed(sc, () -> op.apply(in, out, locals[i], ws));
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
