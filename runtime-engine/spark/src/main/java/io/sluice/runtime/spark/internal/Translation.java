package io.sluice.runtime.spark.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import io.sluice.expression.CheckResult;
import io.sluice.expression.Expressions;
import io.sluice.expression.TypedExpr;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.Link;
import io.sluice.model.Pipeline;
import io.sluice.model.PipelineParameters;
import io.sluice.model.Ports;
import io.sluice.model.Step;
import io.sluice.model.schema.PipelineSchemas;

/**
 * The state of translating one pipeline: the session, the run's parameters and base directory, the model's
 * propagated schemas (the contract every translator's output conforms to), the Datasets of the ports translated
 * so far, and the row counters of every step.
 */
public final class Translation {
    private final SparkSession spark;
    private final Pipeline pipeline;
    private final Map<String, String> params;
    private final Path baseDir;
    private final String runId;
    private final PipelineSchemas schemas;
    private final boolean failOnParseError;
    private final StepCounters counters;
    private final Map<Step, Map<String, Dataset<Row>>> outputs = new IdentityHashMap<>();
    private final Map<Step, List<Link>> inputs = new IdentityHashMap<>();

    public Translation(SparkSession spark, Pipeline pipeline, Map<String, String> params, Path baseDir, String runId,
            PipelineSchemas schemas, boolean failOnParseError, StepCounters counters) {
        this.spark = spark;
        this.pipeline = pipeline;
        this.params = Map.copyOf(params);
        this.baseDir = baseDir;
        this.runId = runId;
        this.schemas = schemas;
        this.failOnParseError = failOnParseError;
        this.counters = counters;
        for (Link l : pipeline.getLinks()) {
            inputs.computeIfAbsent(l.getTarget(), k -> new ArrayList<>()).add(l);
            counters.link(l.getSource(), l.getSourcePort() == null ? Ports.OUT : l.getSourcePort(), l.getTarget());
        }
    }

    public SparkSession spark() {
        return spark;
    }

    /** The pipeline being translated. */
    public Pipeline pipeline() {
        return pipeline;
    }

    /** The run's parameter values. */
    public Map<String, String> parameters() {
        return params;
    }

    /** Where quality check steps carry their rules' results back from the executors (one list per task). */
    public org.apache.spark.util.CollectionAccumulator<List<List<Object>>> quality() {
        if (quality == null) {
            quality = spark.sparkContext().collectionAccumulator("sluice:quality"); //$NON-NLS-1$
        }
        return quality;
    }

    /** The quality rules' results the run's tasks carried back, in the order the quality steps finished. */
    public List<io.sluice.runtime.RuleResult> qualityResults() {
        List<io.sluice.runtime.RuleResult> out = new ArrayList<>();
        if (quality != null) {
            for (List<List<Object>> r : quality.value()) {
                out.addAll(EmbeddedOperatorTask.results(r));
            }
        }
        return out;
    }

    private org.apache.spark.util.CollectionAccumulator<List<List<Object>>> quality;

    /** The high-water marks the last committed run left, by step id (from the run history). */
    public Translation marks(Map<String, String> stored) {
        this.stored = Map.copyOf(stored);
        return this;
    }

    /** The high-water mark the last committed run left for this incremental source, or null. */
    public String mark(Step step) {
        return stored.get(step.getId());
    }

    /** Where an incremental source's reads carry the mark they reached back from the executors. */
    public org.apache.spark.util.CollectionAccumulator<String> reached(Step step) {
        return reached.computeIfAbsent(step.getId(),
                id -> spark.sparkContext().collectionAccumulator("sluice:mark:" + id)); //$NON-NLS-1$
    }

    /**
     * The high-water marks this run's incremental sources reached, by step id, to store only if the run commits (as the
     * embedded engine does); a source read more than once keeps the least mark its reads reached.
     */
    public Map<String, String> reachedMarks() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        reached.forEach((id, acc) -> {
            String m = io.sluice.runtime.internal.jdbc.HighWaterMark.least(acc.value());
            if (m != null) {
                out.put(id, m);
            }
        });
        return out;
    }

    private Map<String, String> stored = Map.of();
    private final Map<String, org.apache.spark.util.CollectionAccumulator<String>> reached = new java.util.LinkedHashMap<>();

    public String runId() {
        return runId;
    }

    public boolean failOnParseError() {
        return failOnParseError;
    }

    public StepCounters counters() {
        return counters;
    }

    /** {@code ${name}} references replaced from the run's parameters and the pipeline's defaults. */
    public String expand(String text) {
        return text == null ? null : PipelineParameters.expand(pipeline, text, params);
    }

    /** A path property, expanded and resolved against the base directory. */
    public Path path(String text) {
        return baseDir.resolve(expand(text));
    }

    /**
     * Where a JDBC step connects: its named connection (the project's and the user's connections files), else its own
     * URL, user and password; secrets resolved — as the embedded planner resolves them.
     */
    public io.sluice.runtime.internal.jdbc.Jdbc.Target jdbcTarget(String connection, String url, String user, String password) {
        return new io.sluice.runtime.internal.plan.JdbcTargets(baseDir, this::expand,
                io.sluice.runtime.connections.DriverRegistry.shared()).target(connection, url, user, password);
    }

    /** The model's schema of a step's output port. */
    public Schema output(Step step, String port) {
        return schemas.output(step, port).orElseThrow(
                () -> new IllegalArgumentException("the schema of port " + port + " of " + step.getId() + " is unknown")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The model's schema of a step's input port (the first link's). */
    public Schema input(Step step, String port) {
        return schemas.inputs(step, port).get(0);
    }

    /** The model's schemas of the links into a step's input port, in the order of {@link #inputs}. */
    public List<Schema> inputSchemas(Step step, String port) {
        List<Schema> result = new ArrayList<>();
        for (Link l : inputs.getOrDefault(step, List.of())) {
            if ((l.getTargetPort() == null ? Ports.IN : l.getTargetPort()).equals(port)) {
                result.add(output(l.getSource(), l.getSourcePort() == null ? Ports.OUT : l.getSourcePort()));
            }
        }
        return result;
    }

    /**
     * The Datasets linked to a step's input port. Their rows are not counted again here: each link is counted once, on
     * the port it leaves (a step's rows in are the sum of its links' ports, {@link StepCounters#link}).
     */
    public List<Dataset<Row>> inputs(Step step, String port) {
        List<Dataset<Row>> result = new ArrayList<>();
        for (Link l : inputs.getOrDefault(step, List.of())) {
            String target = l.getTargetPort() == null ? Ports.IN : l.getTargetPort();
            if (!target.equals(port)) {
                continue;
            }
            String from = l.getSourcePort() == null ? Ports.OUT : l.getSourcePort();
            result.add(counted(outputs.get(l.getSource()).get(from)));
        }
        return result;
    }

    /** The one Dataset linked to a step's input port. */
    public Dataset<Row> input(Step step) {
        return inputs(step, Ports.IN).get(0);
    }

    /**
     * {@code ds}, persisted when more than one link reads the step (or both its ports are read): every job that
     * needs it then reads the rows computed — and counted — once.
     */
    public Dataset<Row> shared(Step step, Dataset<Row> ds) {
        long readers = pipeline.getLinks().stream().filter(l -> l.getSource() == step).count();
        if (readers > 1) {
            ds = ds.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
            persisted.add(ds);
        }
        return ds;
    }

    /**
     * {@code ds} persisted: for a global sort, whose range partitioning first runs a sampling job over its input —
     * without the cache that job would evaluate (and count) the input's rows a second time.
     */
    public Dataset<Row> persist(Dataset<Row> ds) {
        Dataset<Row> p = ds.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        persisted.add(p);
        return p;
    }

    /**
     * The step's {@code out} Dataset. Read by several links, its rows are counted, then it is persisted; read by one, it
     * is counted where that link is read ({@link #inputs}), or after the reader's own work ({@link #sorted}).
     */
    public Dataset<Row> out(Step step, Dataset<Row> ds) {
        if (pipeline.getLinks().stream().filter(l -> l.getSource() == step).count() > 1) {
            return shared(step, counters.countOut(step, Ports.OUT, ds));
        }
        uncounted.put(ds, counters.of(step).out());
        return ds;
    }

    /** {@code ds} with its rows counted, if it is an {@link #out} Dataset whose rows are not counted yet. */
    private Dataset<Row> counted(Dataset<Row> ds) {
        org.apache.spark.util.LongAccumulator acc = uncounted.remove(ds);
        return acc == null ? ds : StepCounters.count(acc, ds);
    }

    private final Map<Dataset<Row>, org.apache.spark.util.LongAccumulator> uncounted = new IdentityHashMap<>();

    /**
     * {@code sort} applied to the step's one input, its rows counted after the sort: a global sort's range
     * partitioning first runs a sampling job over its input, which would otherwise count the input's rows twice. An
     * input counted already (a port of a step with rejects) is persisted instead, so the sampling job reads the rows
     * computed once.
     */
    public Dataset<Row> sorted(Step step, java.util.function.UnaryOperator<Dataset<Row>> sort) {
        Link l = inputs.get(step).get(0);
        Dataset<Row> ds = outputs.get(l.getSource()).get(l.getSourcePort() == null ? Ports.OUT : l.getSourcePort());
        org.apache.spark.util.LongAccumulator acc = uncounted.remove(ds);
        if (acc != null) {
            return StepCounters.count(acc, sort.apply(ds));
        }
        return sort.apply(persisted.contains(ds) ? ds : persist(ds));
    }

    /** Releases what {@link #shared} persisted. */
    public void unpersistAll() {
        for (Dataset<Row> ds : persisted) {
            ds.unpersist();
        }
        persisted.clear();
    }

    private final List<Dataset<Row>> persisted = new ArrayList<>();

    /** Records the translated ports of a step. */
    public void put(Step step, Map<String, Dataset<Row>> ports) {
        outputs.put(step, ports);
    }

    /** Compiles an expression of a step over its input schema; a problem is a programming error here (validated). */
    public TypedExpr compile(Step step, String text, Schema input, boolean predicate) {
        String t = expand(text);
        CheckResult r = predicate ? Expressions.compilePredicate(t, input) : Expressions.compile(t, input);
        if (!r.ok()) {
            throw new IllegalArgumentException(step.getId() + ": expression '" + t + "': " + r.problems()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return r.typed();
    }

    /** Columns of {@code ds} in the order, names and types of {@code schema} (the model's contract). */
    public static Dataset<Row> conform(Dataset<Row> ds, Schema schema) {
        List<Column> cols = new ArrayList<>();
        for (Field f : schema.fields()) {
            cols.add(ExprColumns.column(f.name()).cast(ExprColumns.sparkType(f.type())).as(f.name()));
        }
        return ds.select(cols.toArray(Column[]::new));
    }

    /** The Sluice schema of a Spark Dataset's columns (names and Spark types mapped back). */
    public static Schema sluiceSchema(org.apache.spark.sql.types.StructType st) {
        List<Field> fields = new ArrayList<>();
        for (org.apache.spark.sql.types.StructField f : st.fields()) {
            fields.add(new Field(f.name(), sluiceType(f.dataType()), f.nullable()));
        }
        return new Schema(fields);
    }

    static io.sluice.expression.types.DataType sluiceType(org.apache.spark.sql.types.DataType t) {
        if (t instanceof org.apache.spark.sql.types.DecimalType d) {
            return io.sluice.expression.types.DataType.decimal(d.precision(), d.scale());
        }
        String n = t.typeName();
        return switch (n) {
            case "boolean" -> io.sluice.expression.types.DataType.BOOLEAN; //$NON-NLS-1$
            case "byte" -> io.sluice.expression.types.DataType.INT8; //$NON-NLS-1$
            case "short" -> io.sluice.expression.types.DataType.INT16; //$NON-NLS-1$
            case "integer" -> io.sluice.expression.types.DataType.INT32; //$NON-NLS-1$
            case "float" -> io.sluice.expression.types.DataType.FLOAT32; //$NON-NLS-1$
            case "long" -> io.sluice.expression.types.DataType.INT64; //$NON-NLS-1$
            case "double" -> io.sluice.expression.types.DataType.FLOAT64; //$NON-NLS-1$
            case "date" -> io.sluice.expression.types.DataType.DATE; //$NON-NLS-1$
            case "timestamp" -> io.sluice.expression.types.DataType.TIMESTAMP; //$NON-NLS-1$
            case "timestamp_ntz" -> io.sluice.expression.types.DataType.timestamp(io.sluice.expression.types.TimePrecision.MICRO, false); //$NON-NLS-1$
            case "binary" -> io.sluice.expression.types.DataType.BINARY; //$NON-NLS-1$
            default -> io.sluice.expression.types.DataType.STRING;
        };
    }
}
