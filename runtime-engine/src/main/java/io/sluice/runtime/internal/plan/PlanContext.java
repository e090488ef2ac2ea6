package io.sluice.runtime.internal.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.apache.arrow.vector.types.pojo.Schema;

import io.sluice.expression.CheckResult;
import io.sluice.expression.Expressions;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.model.ColumnDef;
import io.sluice.model.Durations;
import io.sluice.model.FileSink;
import io.sluice.model.Ports;
import io.sluice.model.Source;
import io.sluice.model.Step;
import io.sluice.model.schema.SourceSchemaResolver;
import io.sluice.runtime.internal.exec.BatchSink;
import io.sluice.runtime.internal.exec.BatchSource;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.files.HivePartitionedSink;
import io.sluice.runtime.internal.files.HivePartitions;
import io.sluice.runtime.internal.files.InputFiles;
import io.sluice.runtime.internal.files.MultiFileSource;
import io.sluice.runtime.internal.jdbc.Jdbc;
import io.sluice.runtime.internal.kernel.ExprKernel;
import io.sluice.runtime.internal.types.Rejects;
import io.sluice.runtime.internal.types.Types;

/**
 * What a {@link StepPlanner} sees while it plans one step: the graph to add nodes to, the step's id and kind, the
 * ports that feed each of its input ports, the model's schemas, and the run's parameters, base directory and
 * partition (a checkpointed run plans one input file at a time).
 */
public final class PlanContext {
    private final Planner planner;
    private final ExecGraph graph;
    private final Step step;
    private final Map<String, List<ExecGraph.Port>> inputs;

    PlanContext(Planner planner, ExecGraph graph, Step step, Map<String, List<ExecGraph.Port>> inputs) {
        this.planner = planner;
        this.graph = graph;
        this.step = step;
        this.inputs = inputs;
    }

    public ExecGraph graph() {
        return graph;
    }

    /** The step id: the name of the step's node (metrics, rejects' {@code _step} and history use ids). */
    public String id() {
        return step.getId();
    }

    /** The kind's name, recorded with every node of the step. */
    public String kind() {
        return step.eClass().getName();
    }

    /** The port feeding {@code in} (the first one), or null for a source. */
    public ExecGraph.Port input() {
        return input(Ports.IN);
    }

    public ExecGraph.Port input(String port) {
        List<ExecGraph.Port> l = inputs.get(port);
        return l == null || l.isEmpty() ? null : l.get(0);
    }

    /** Every port feeding an input port, in link order. */
    public List<ExecGraph.Port> inputs(String port) {
        return inputs.getOrDefault(port, List.of());
    }

    /** {@code ${name}} references replaced from the run's parameters. */
    public String expand(String text) {
        return planner.expand(text);
    }

    /** Columns of the pipeline whose values must not be copied into messages (masked or tagged sensitive). */
    public java.util.Set<String> sensitiveColumns() {
        return planner.sensitiveColumns();
    }

    /** A path property, expanded and resolved against the base directory. */
    public Path path(String text) {
        return planner.path(text);
    }

    /** A property that may be a {@code ${secret:name}} reference, expanded and resolved. */
    public String secret(String text) {
        return Secrets.resolve(expand(text));
    }

    /** The source's side ports. */
    public Map<String, Schema> sourceRejects() {
        return Map.of(Ports.REJECTS, Rejects.SCHEMA);
    }

    /**
     * A file source over one file, or over every file of a directory (Hive partition folders included: their columns
     * take the folders' values) or glob in name order, or the partition's file; {@code one} reads a file with the
     * columns it holds.
     */
    public BatchSource<?, ?> files(Path path, Schema schema, BiFunction<Path, Schema, BatchSource<?, ?>> one) {
        Path only = planner.sourceFile(id());
        if (only != null) {
            return HivePartitions.source(path, only, schema, one);
        }
        if (!InputFiles.isMulti(path)) {
            return one.apply(path, schema);
        }
        List<BatchSource<?, ?>> parts = new ArrayList<>();
        for (Path f : InputFiles.list(path)) {
            parts.add(HivePartitions.source(path, f, schema, one));
        }
        return new MultiFileSource(schema, parts, path.toString());
    }

    /**
     * A file sink in its format ({@code format}: file, columns → sink): one file (or this run's part, appending, or the
     * partitioned run's part), or — with {@code partitionBy} — Hive partition folders under its path, each with this
     * run's part.
     */
    public BatchSink<?, ?> fileSink(FileSink sink, String extension, Schema input, BiFunction<Path, Schema, BatchSink<?, ?>> format) {
        if (sink.getPartitionBy().isEmpty()) {
            return format.apply(sinkPath(output(sink, extension)), input);
        }
        List<String> columns = sink.getPartitionBy().stream().map(this::expand).toList();
        return new HivePartitionedSink(path(sink.getPath()), planner.partName() + "." + extension, //$NON-NLS-1$
                sink.isAppend(), columns, input, format);
    }

    /**
     * Where a file sink writes: its path, or — appending — a new part file in the folder at its path (written under a
     * temporary name and renamed on commit like every file sink's output, so readers of the folder see whole parts).
     */
    public Path output(FileSink sink, String extension) {
        Path p = path(sink.getPath());
        return sink.isAppend() ? p.resolve(planner.partName() + "." + extension) : p; //$NON-NLS-1$
    }

    /** Where a JDBC step connects: its named connection, else its own URL, user and password; secrets resolved. */
    public Jdbc.Target target(String connection, String url, String user, String password) {
        return planner.jdbcTargets().target(connection, url, user, password);
    }

    /** Where the pipeline's JDBC steps connect (and how a JDBC source's columns are described). */
    public JdbcTargets jdbcTargets() {
        return planner.jdbcTargets();
    }

    /** The high-water mark the last committed run left for this (incremental) source, or null. */
    public String mark() {
        return planner.mark(id());
    }

    /** Records schema drift a source met in one file (the run history and the summary show it). */
    public void recordDrift(Path file, String policy, String description) {
        planner.recordDrift(new Planner.DriftNote(id(), file.toString(), policy, description));
    }

    /** Where a file sink writes: its output, or the partition's part file. */
    public Path sinkPath(Path path) {
        Path part = planner.sinkFile(id());
        return part == null ? path : part;
    }

    /** True when the sink writes a part of a partitioned run (CSV parts have no header). */
    public boolean writesPart() {
        return planner.sinkFile(id()) != null;
    }

    /** One character of a property; "\t" and "tab" mean a tab. */
    public static char oneChar(String s, char dflt, String what) {
        if (s == null || s.isEmpty()) {
            return dflt;
        }
        if (s.equals("\\t") || s.equals("tab")) { //$NON-NLS-1$ //$NON-NLS-2$
            return '\t';
        }
        if (s.length() != 1) {
            throw new IllegalArgumentException(what + " must be a single character, was '" + s + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return s.charAt(0);
    }

    /** Compiles an expression (parameters expanded) over {@code input} into a column kernel. */
    public ExprKernel compile(String text, Schema input, boolean predicate) {
        io.sluice.expression.types.Schema s = Types.sluice(input);
        String t = expand(text);
        CheckResult r = predicate ? Expressions.compilePredicate(t, s) : Expressions.compile(t, s);
        if (!r.ok()) {
            throw new IllegalArgumentException("expression '" + t + "': " + r.problems()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return ExprKernel.compile(r.typed(), planner.runContext());
    }

    /** A kernel casting column {@code column} of {@code input} to {@code type}. */
    public ExprKernel cast(String column, DataType type, Schema input) {
        String quoted = "\"" + column.replace("\"", "\"\"") + "\""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return compile("CAST(" + quoted + " AS " + type.typeName() + ")", input, false); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The position of a column in {@code s}. */
    public int index(Schema s, String column) {
        for (int i = 0; i < s.getFields().size(); i++) {
            if (s.getFields().get(i).getName().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column '" + column + "' in the input of step " + id()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The positions of columns in {@code s}. */
    public int[] indexes(Schema s, List<String> columns) {
        int[] result = new int[columns.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = index(s, columns.get(i));
        }
        return result;
    }

    /** The step's output schema as the model's schema propagation defines it. */
    public Schema modelOutput() {
        return Types.arrow(planner.schemas().output(step).orElseThrow(
                () -> new IllegalArgumentException("the output schema of " + id() + " is unknown"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The step's rejects schema as the model's schema propagation defines it. */
    public Schema transformRejects() {
        return Types.arrow(planner.schemas().output(step, Ports.REJECTS).orElseThrow(
                () -> new IllegalArgumentException("the rejects schema of " + id() + " is unknown"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A source's columns: declared, or as the model's schema propagation resolved them. */
    public Schema sourceSchema(Source source) {
        if (source.getColumns().isEmpty()) {
            SourceSchemaResolver resolver = planner.resolver();
            return Types.arrow(planner.schemas().output(step).orElseThrow(() -> new IllegalArgumentException(
                    resolver.missingInput(source).orElse("the columns of " + id() + " are neither declared nor inferable")))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return Types.arrow(declared(source));
    }

    /** A source's declared columns. */
    public io.sluice.expression.types.Schema declared(Source source) {
        List<Field> fields = new ArrayList<>();
        for (ColumnDef c : source.getColumns()) {
            DataType t = DataType.fromName(c.getType()).orElseThrow(
                    () -> new IllegalArgumentException("unknown type '" + c.getType() + "' of column " + c.getName())); //$NON-NLS-1$ //$NON-NLS-2$
            fields.add(new Field(c.getName(), t, c.isNullable()));
        }
        return new io.sluice.expression.types.Schema(fields);
    }

    /** A duration property in microseconds. */
    public long micros(String text, String what) {
        java.time.Duration d = Durations.parse(expand(text)).orElseThrow(
                () -> new IllegalArgumentException(what + " '" + text + "' of " + id() + " is not a duration")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return d.toNanos() / 1000;
    }
}
