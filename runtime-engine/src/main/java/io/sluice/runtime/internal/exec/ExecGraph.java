package io.sluice.runtime.internal.exec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The physical plan: steps (sources, streaming operators, blocking operators, sinks) connected from an
 * output port ({@code out} or a side port such as {@code rejects}) to the single input of the next step. A
 * port may feed several steps (fan-out). The {@link Executor} cuts it into pipelines.
 */
public final class ExecGraph {
    public enum Role { SOURCE, OPERATOR, BLOCKING, SINK,
        /** Several inputs merged into one stream (union): every input's batches go into one queue. */
        MERGE }

    /** What a node runs, one type per role: the executor takes it apart by pattern, never by a cast. */
    public sealed interface Impl {
        Role role();
    }

    public record SourceImpl(BatchSource<?, ?> source) implements Impl {
        @Override
        public Role role() {
            return Role.SOURCE;
        }
    }

    public record OperatorImpl(BatchOperator<?> operator) implements Impl {
        @Override
        public Role role() {
            return Role.OPERATOR;
        }
    }

    public record BlockingImpl(BlockingOperator<?> operator) implements Impl {
        @Override
        public Role role() {
            return Role.BLOCKING;
        }
    }

    public record SinkImpl(BatchSink<?, ?> sink) implements Impl {
        @Override
        public Role role() {
            return Role.SINK;
        }
    }

    /** Several ports with one schema merged into one stream (the union's inputs, already converted). */
    public record MergeImpl(Schema schema, List<Port> inputs) implements Impl {
        public MergeImpl {
            inputs = List.copyOf(inputs);
        }

        @Override
        public Role role() {
            return Role.MERGE;
        }
    }

    public static final String OUT = "out"; //$NON-NLS-1$
    public static final String REJECTS = "rejects"; //$NON-NLS-1$

    /** An output port of a node. */
    public record Port(Node node, String name) {
        public Schema schema() {
            return node.schemaOf(name);
        }
    }

    /** One step of the plan. */
    public static final class Node {
        private final String name;
        private final String kind;
        private final Impl impl;
        private final Port input;
        private final Map<String, Schema> sidePorts;
        private String metricsName;
        private boolean counted = true;
        private final List<Node> after = new ArrayList<>();

        Node(String name, String kind, Impl impl, Port input, Map<String, Schema> sidePorts) {
            this.metricsName = name;
            this.name = name;
            this.kind = kind;
            this.impl = impl;
            this.input = input;
            this.sidePorts = Collections.unmodifiableMap(new LinkedHashMap<>(sidePorts));
        }

        public String name() {
            return name;
        }

        public String kind() {
            return kind;
        }

        public Role role() {
            return impl.role();
        }

        public Impl impl() {
            return impl;
        }

        /** The source of a SOURCE node. */
        public BatchSource<?, ?> source() {
            return impl instanceof SourceImpl s ? s.source() : wrongRole(Role.SOURCE);
        }

        /** The operator of an OPERATOR node. */
        public BatchOperator<?> operator() {
            return impl instanceof OperatorImpl o ? o.operator() : wrongRole(Role.OPERATOR);
        }

        /** The operator of a BLOCKING node. */
        public BlockingOperator<?> blocking() {
            return impl instanceof BlockingImpl b ? b.operator() : wrongRole(Role.BLOCKING);
        }

        /** The sink of a SINK node. */
        public BatchSink<?, ?> sink() {
            return impl instanceof SinkImpl s ? s.sink() : wrongRole(Role.SINK);
        }

        private <T> T wrongRole(Role expected) {
            throw new IllegalStateException("node " + name + " is a " + role() + ", not a " + expected); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }

        public Port input() {
            return input;
        }

        public Map<String, Schema> sidePorts() {
            return sidePorts;
        }

        public Port out() {
            return port(OUT);
        }

        /** The step whose counters this node feeds (a hidden part of a step counts for the step). */
        public String metricsName() {
            return metricsName;
        }

        public Node countsAs(String step) {
            this.metricsName = step;
            return this;
        }

        /**
         * A hidden stage of a step that keeps the row count (a projection in front of the step's own operator):
         * failures name the step, but its rows are not counted, so the step's rows in and out are counted once,
         * by the stage that receives its input from outside (whose count is the same).
         */
        public Node uncountedPartOf(String step) {
            this.metricsName = step;
            this.counted = false;
            return this;
        }

        /** False for a hidden stage whose rows the step's other node already counts. */
        public boolean counted() {
            return counted;
        }

        /** Nodes whose pipelines must have finished before this node's pipeline starts (a join's build side). */
        public List<Node> after() {
            return after;
        }

        public Node startAfter(Node n) {
            after.add(n);
            return this;
        }

        /** The inputs of a MERGE node. */
        public List<Port> mergeInputs() {
            return impl instanceof MergeImpl m ? m.inputs() : List.of();
        }

        public Port port(String port) {
            if (!OUT.equals(port) && !sidePorts.containsKey(port)) {
                throw new IllegalArgumentException("step " + name + " has no port '" + port + "'; expected out or " //$NON-NLS-1$ //$NON-NLS-2$
                        + sidePorts.keySet());
            }
            if (impl instanceof SinkImpl && OUT.equals(port)) {
                throw new IllegalArgumentException("sink " + name + " has no out port"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return new Port(this, port);
        }

        Schema schemaOf(String port) {
            if (!OUT.equals(port)) {
                return sidePorts.get(port);
            }
            return switch (impl) {
                case SourceImpl s -> s.source().schema();
                case OperatorImpl o -> o.operator().outputSchema();
                case BlockingImpl b -> b.operator().outputSchema();
                case MergeImpl m -> m.schema();
                case SinkImpl s -> throw new IllegalStateException("sink has no output"); //$NON-NLS-1$
            };
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final Map<String, Node> nodes = new LinkedHashMap<>();

    public Node source(String name, String kind, BatchSource<?, ?> source, Map<String, Schema> sidePorts) {
        return add(new Node(name, kind, new SourceImpl(source), null, sidePorts));
    }

    public Node source(String name, String kind, BatchSource<?, ?> source) {
        return source(name, kind, source, Map.of());
    }

    public Node operator(String name, String kind, BatchOperator<?> op, Port input, Map<String, Schema> sidePorts) {
        return add(new Node(name, kind, new OperatorImpl(op), input, sidePorts));
    }

    public Node operator(String name, String kind, BatchOperator<?> op, Port input) {
        return operator(name, kind, op, input, Map.of());
    }

    public Node blocking(String name, String kind, BlockingOperator<?> op, Port input) {
        return add(new Node(name, kind, new BlockingImpl(op), input, Map.of()));
    }

    public Node sink(String name, String kind, BatchSink<?, ?> sink, Port input) {
        return add(new Node(name, kind, new SinkImpl(sink), input, Map.of()));
    }

    /** A merge of several ports with the same schema (the union's inputs, already converted). */
    public Node merge(String name, String kind, Schema schema, List<Port> inputs) {
        return add(new Node(name, kind, new MergeImpl(schema, inputs), null, Map.of()));
    }

    private Node add(Node n) {
        if (nodes.containsKey(n.name())) {
            throw new IllegalArgumentException("duplicate step name " + n.name()); //$NON-NLS-1$
        }
        if (n.input() != null && nodes.get(n.input().node().name()) != n.input().node()) {
            throw new IllegalArgumentException("input of " + n.name() + " is not in this graph: " + n.input()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        nodes.put(n.name(), n);
        return n;
    }

    public List<Node> nodes() {
        return new ArrayList<>(nodes.values());
    }

    public Node node(String name) {
        return nodes.get(name);
    }

    /** Steps reading from that port, in insertion order. */
    public List<Node> consumers(Port port) {
        List<Node> result = new ArrayList<>();
        for (Node n : nodes.values()) {
            if (n.input() != null && n.input().node() == port.node() && n.input().name().equals(port.name())) {
                result.add(n);
            }
            for (Port in : n.mergeInputs()) {
                if (in.node() == port.node() && in.name().equals(port.name())) {
                    result.add(n);
                }
            }
        }
        return result;
    }
}
