package io.sluice.runtime.internal.exec;

import io.sluice.runtime.internal.exec.ExecGraph.Node;
import io.sluice.runtime.internal.exec.ExecGraph.Port;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Cuts an {@link ExecGraph} into {@link ExecPipeline}s.
 *
 * <p>A pipeline is one source, a chain of streaming operators and one sink. It ends at a blocking operator
 * (whose sink it runs; the operator's result source starts the next pipeline, which depends on this one), at a
 * sink, or at a port with several consumers: there a {@link QueueWriter} puts every batch into one bounded
 * {@link BatchQueue} per consumer and each consumer starts a pipeline of its own that runs concurrently
 * (back-pressure through the queue). Side outputs ({@code rejects}) and the inputs of a merge node work the same
 * way. A node that must wait for another ({@link Node#after()}, a join probe for its build) makes its pipeline
 * depend on the pipeline that ends at that node.
 */
final class PipelineBuilder {
    private final ExecGraph graph;
    private final ExecContext ctx;
    private final List<ExecPipeline> pipelines = new ArrayList<>();
    private final Map<Node, StepContext> steps = new LinkedHashMap<>();
    private final Map<Node, BatchQueue> mergeQueues = new HashMap<>();

    private PipelineBuilder(ExecGraph graph, ExecContext ctx) {
        this.graph = graph;
        this.ctx = ctx;
    }

    /** The pipelines of {@code graph} in creation order, each with the pipelines it waits for. */
    static List<ExecPipeline> build(ExecGraph graph, ExecContext ctx) {
        PipelineBuilder b = new PipelineBuilder(graph, ctx);
        b.addStepContexts();
        b.addSourcePipelines();
        b.addWaits();
        return List.copyOf(b.pipelines);
    }

    private void addStepContexts() {
        for (Node n : graph.nodes()) {
            StepCounters c = n.counted() ? ctx.counters(n.metricsName(), n.kind()) : new StepCounters(n.metricsName(), n.kind());
            if (n.role() == ExecGraph.Role.SINK && n.metricsName().equals(n.name())) {
                c.markSink();
            }
            steps.put(n, new StepContext(n.metricsName(), c, ctx, new HashMap<>()));
        }
    }

    private void addWaits() {
        for (ExecPipeline p : pipelines) {
            for (Node n : p.nodes) {
                for (Node before : n.after()) {
                    for (ExecPipeline q : pipelines) {
                        if (q.sinkNode == before) {
                            p.deps.add(q);
                        }
                    }
                }
            }
        }
    }

    private ExecPipeline newPipeline(Set<ExecPipeline> deps) {
        ExecPipeline p = new ExecPipeline(pipelines.size());
        p.deps.addAll(deps);
        pipelines.add(p);
        return p;
    }

    private void addSourcePipelines() {
        for (Node n : graph.nodes()) {
            if (n.role() == ExecGraph.Role.SOURCE) {
                ExecPipeline p = newPipeline(Set.of());
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

    private void continueChain(ExecPipeline p, Port port) {
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

    /** The one queue every input of a merge node writes into; its consumer pipeline starts with it. */
    private BatchQueue mergeQueue(Node m) {
        BatchQueue q = mergeQueues.get(m);
        if (q == null) {
            q = ctx.register(new BatchQueue(m.name() + ".in", m.out().schema(), //$NON-NLS-1$
                    Math.max(1, ctx.options().queueBatches()), ctx.token())).producers(m.mergeInputs().size());
            mergeQueues.put(m, q);
            steps.get(m).counters().inputQueue(q::fill);
            ExecPipeline next = newPipeline(Set.of());
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

    private void addOperator(ExecPipeline p, Node c) {
        p.ops.add(c.operator());
        p.nodes.add(c);
        StepContext sc = steps.get(c);
        p.opSteps.add(sc);
        p.counters.add(sc.counters());
        attachSides(c, p);
    }

    private void setSink(ExecPipeline p, Node c) {
        p.sink = c.sink();
        p.sinkNode = c;
        p.nodes.add(c);
        p.sinkStep = steps.get(c);
        p.counters.add(p.sinkStep.counters());
    }

    private void startFromQueue(BatchQueue q, Node c, Set<ExecPipeline> deps) {
        ExecPipeline p = newPipeline(deps);
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
    private void attachBlocking(ExecPipeline p, Node c) {
        BlockingOperator op = (BlockingOperator) c.blocking();
        p.sink = op.sink();
        p.sinkNode = c;
        p.nodes.add(c);
        p.sinkStep = steps.get(c);
        p.counters.add(p.sinkStep.counters());
        Set<ExecPipeline> deps = new LinkedHashSet<>(p.deps);
        deps.add(p);
        ExecPipeline next = newPipeline(deps);
        ExecPipeline build = p;
        next.source = () -> op.resultSource((AutoCloseable) build.sinkGlobal.get());
        next.sourceStep = steps.get(c);
        next.nodes.add(c);
        next.counters.add(next.sourceStep.counters());
        continueChain(next, c.out());
    }

    private void attachSides(Node n, ExecPipeline p) {
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
}
