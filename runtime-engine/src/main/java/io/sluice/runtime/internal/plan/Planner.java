package io.sluice.runtime.internal.plan;

import io.sluice.expression.CheckResult;
import io.sluice.expression.Expressions;
import io.sluice.expression.types.DataType;
import io.sluice.model.Aggregate;
import io.sluice.model.Aggregation;
import io.sluice.model.ArrowIpcSink;
import io.sluice.model.ArrowIpcSource;
import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.model.Derivation;
import io.sluice.model.Derive;
import io.sluice.model.Filter;
import io.sluice.model.Link;
import io.sluice.model.NullOrder;
import io.sluice.model.ParquetSink;
import io.sluice.model.ParquetSource;
import io.sluice.model.Pipeline;
import io.sluice.model.PipelineParameters;
import io.sluice.model.Ports;
import io.sluice.model.Select;
import io.sluice.model.SelectColumn;
import io.sluice.model.Sort;
import io.sluice.model.SortDirection;
import io.sluice.model.SortKey;
import io.sluice.model.Step;
import io.sluice.model.schema.CsvSchemaInference;
import io.sluice.model.schema.SchemaDrift;
import io.sluice.model.schema.PipelineSchemas;
import io.sluice.model.schema.SchemaPropagator;
import io.sluice.model.validation.PipelineValidator;
import io.sluice.runtime.Problem;
import io.sluice.runtime.internal.csv.CsvOptions;
import io.sluice.runtime.internal.exec.BatchSink;
import io.sluice.runtime.internal.exec.CollectSink;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.kernel.ExprKernel;
import io.sluice.runtime.internal.ops.AggFunction;
import io.sluice.runtime.internal.ops.Deduplicate;
import io.sluice.runtime.internal.ops.DeriveOperator;
import io.sluice.runtime.internal.ops.HashJoin;
import io.sluice.runtime.internal.ops.MaskOperator;
import io.sluice.runtime.internal.ops.RejectingOperator;
import io.sluice.runtime.internal.ops.WindowAssign;
import io.sluice.model.Join;
import io.sluice.runtime.internal.ops.FilterOperator;
import io.sluice.runtime.internal.ops.HashAggregate;
import io.sluice.runtime.internal.ops.ProjectOperator;
import io.sluice.runtime.internal.ops.SortOperator;
import io.sluice.runtime.internal.types.Rejects;
import io.sluice.runtime.internal.types.Types;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Plans a validated pipeline model into an {@link ExecGraph}: validation errors (and steps this runtime does
 * not run yet) come back as problems and nothing runs. {@code ${name}} references in every string property are
 * replaced from the run's parameters, falling back to the model's defaults. Relative paths resolve against the
 * base directory. Node names are step ids, so metrics, rejects ({@code _step}) and history use ids.
 */
public final class Planner {
    private final Pipeline pipeline;
    private final Map<String, String> params;
    private final Path baseDir;
    private PipelineSchemas schemas;
    private Map<String, List<ExecGraph.Port>> stepInputs = Map.of();

    private Map<String, Path> sourceFiles = Map.of();
    private Map<String, Path> sinkFiles = Map.of();

    private io.sluice.expression.RunContext run = io.sluice.expression.RunContext.NONE;

    public Planner(Pipeline pipeline, Map<String, String> params, Path baseDir) {
        this.pipeline = pipeline;
        this.params = Map.copyOf(params);
        this.baseDir = baseDir;
    }

    /** Plans for a run: expressions read this context (run_id(), run_start_time(), param(), random's seed). */
    public Planner forRun(io.sluice.expression.RunContext context) {
        this.run = java.util.Objects.requireNonNull(context, "context"); //$NON-NLS-1$
        return this;
    }

    /**
     * Plans one partition of a run over input files: the named file sources read only the given file, the named
     * file sinks write the given part file (CSV parts without header).
     */
    public Planner partition(Map<String, Path> sources, Map<String, Path> sinks) {
        this.sourceFiles = Map.copyOf(sources);
        this.sinkFiles = Map.copyOf(sinks);
        return this;
    }

    /** The resolved path of a file step (a source's directory or glob as written; a sink's final output). */
    public Path filePath(Step step) {
        String text = step instanceof io.sluice.model.FileSource f ? f.getPath()
                : step instanceof io.sluice.model.FileSink f ? f.getPath() : null;
        return text == null ? null : path(text);
    }

    /** A file source over one file, or over every file of a directory or glob in name order. */
    private io.sluice.runtime.internal.exec.BatchSource<?, ?> files(String id, Path path, Schema schema,
            java.util.function.Function<Path, io.sluice.runtime.internal.exec.BatchSource<?, ?>> one) {
        Path only = sourceFiles.get(id);
        if (only != null) {
            return one.apply(only);
        }
        if (!io.sluice.runtime.internal.files.InputFiles.isMulti(path)) {
            return one.apply(path);
        }
        List<io.sluice.runtime.internal.exec.BatchSource<?, ?>> parts = new ArrayList<>();
        for (Path f : io.sluice.runtime.internal.files.InputFiles.list(path)) {
            parts.add(one.apply(f));
        }
        return new io.sluice.runtime.internal.files.MultiFileSource(schema, parts, path.toString());
    }

    /** One name for this run's part files of appending sinks. */
    private final String part = "part-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss") //$NON-NLS-1$ //$NON-NLS-2$
            .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.now()) + "-" //$NON-NLS-1$
            + java.util.UUID.randomUUID().toString().substring(0, 8);

    /**
     * Where a file sink writes: its path, or — appending — a new part file in the folder at its path (written under a
     * temporary name and renamed on commit like every file sink's output, so readers of the folder see whole parts).
     */
    private Path output(io.sluice.model.FileSink sink, String extension) {
        Path p = path(sink.getPath());
        return sink.isAppend() ? p.resolve(part + "." + extension) : p; //$NON-NLS-1$
    }

    private Path sinkPath(String id, Path path) {
        return sinkFiles.getOrDefault(id, path);
    }

    /** A plan, or the problems that prevent one. {@code previews} holds the collecting sink of a preview. */
    public record Plan(ExecGraph graph, List<Problem> problems, Map<String, String> stepKinds, CollectSink preview) {
        public boolean ok() {
            return graph != null;
        }
    }

    static Problem error(Step step, String message) {
        return new Problem(Problem.Severity.ERROR, step == null ? null : step.getId(), message);
    }

    private Map<String, String> marks = Map.of();
    /** Why a source's columns could not be read from its database (the database's own message), by step id. */
    private final Map<String, String> describeErrors = new java.util.concurrent.ConcurrentHashMap<>();
    private io.sluice.runtime.connections.Connections connections;

    /** The high-water marks of incremental sources, by step id (from the run history). */
    public Planner marks(Map<String, String> byStep) {
        this.marks = Map.copyOf(byStep);
        return this;
    }

    /**
     * Where a JDBC step connects: its named connection (project and user connections files), else its own URL,
     * user and password; secrets resolved.
     */
    io.sluice.runtime.internal.jdbc.Jdbc.Target target(String connection, String url, String user, String password) {
        String name = expand(connection);
        if (name == null || name.isBlank()) {
            return new io.sluice.runtime.internal.jdbc.Jdbc.Target(expand(url), expand(user), Secrets.resolve(expand(password)));
        }
        try {
            if (connections == null) {
                connections = io.sluice.runtime.connections.Connections.load(baseDir);
            }
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot read the connections: " + e.getMessage(), e); //$NON-NLS-1$
        }
        io.sluice.runtime.connections.Connections.Definition d = connections.get(name);
        return new io.sluice.runtime.internal.jdbc.Jdbc.Target(d.url(), d.user(), Secrets.resolve(d.password()), d.driver());
    }

    io.sluice.runtime.internal.jdbc.Jdbc.Target target(io.sluice.model.JdbcSource j) {
        return target(j.getConnection(), j.getUrl(), j.getUser(), j.getPassword());
    }

    /** The query that describes a JDBC source's columns: its query, or every column of its table. */
    String describeQuery(io.sluice.model.JdbcSource j) {
        return j.getTable() != null && !j.getTable().isBlank() ? "SELECT * FROM " + expand(j.getTable()) : expand(j.getQuery()); //$NON-NLS-1$
    }

    /** CSV and JSON lines files sampled; Parquet and IPC schemas read; JDBC queries described (prepared, not run). */
    public io.sluice.model.schema.SourceSchemaResolver resolver() {
        io.sluice.model.schema.SourceSchemaResolver jdbc = source -> {
            if (source instanceof io.sluice.model.JdbcSource j && (notBlank(j.getQuery()) || notBlank(j.getTable()))) {
                try {
                    return java.util.Optional.of(io.sluice.runtime.internal.jdbc.Jdbc.describe(target(j), describeQuery(j)));
                } catch (java.sql.SQLException | RuntimeException e) {
                    describeErrors.put(j.getId(), io.sluice.runtime.internal.exec.StepFailure.describe(e));
                    return java.util.Optional.empty();
                }
            }
            if (source instanceof io.sluice.model.JsonLinesSource j && j.getPath() != null && !j.getPath().isBlank()) {
                return io.sluice.runtime.internal.json.JsonSchemaInference.infer(path(j.getPath()), 1000);
            }
            // Parquet footer and Arrow IPC schema message: the file says what it holds
            if (source instanceof io.sluice.model.ParquetSource pq && pq.getPath() != null && !pq.getPath().isBlank()
                    && java.nio.file.Files.isRegularFile(path(pq.getPath()))) {
                try {
                    return java.util.Optional.of(io.sluice.runtime.internal.types.Types.sluice(
                            io.sluice.runtime.internal.parquet.ParquetSource.inferSchema(path(pq.getPath()))));
                } catch (java.io.IOException | RuntimeException e) {
                    return java.util.Optional.empty();
                }
            }
            if (source instanceof io.sluice.model.ArrowIpcSource ipc && ipc.getPath() != null && !ipc.getPath().isBlank()
                    && java.nio.file.Files.isRegularFile(path(ipc.getPath()))) {
                try (org.apache.arrow.memory.RootAllocator a = new org.apache.arrow.memory.RootAllocator(64L << 20)) {
                    return java.util.Optional.of(io.sluice.runtime.internal.types.Types.sluice(
                            io.sluice.runtime.internal.ipc.ArrowIpcSource.inferSchema(path(ipc.getPath()), a)));
                } catch (java.io.IOException | RuntimeException e) {
                    return java.util.Optional.empty();
                }
            }
            return java.util.Optional.empty();
        };
        return jdbc.orElse(new CsvSchemaInference(baseDir, params, 1000));
    }

    /** Columns whose values must not be copied into messages: those a Mask step masks, those tagged sensitive. */
    public java.util.Set<String> sensitiveColumns() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Step s : pipeline.getSteps()) {
            if (s instanceof io.sluice.model.Mask m) {
                for (String c : m.getColumns()) {
                    names.add(expand(c));
                }
            }
            if (s instanceof io.sluice.model.Source src) {
                for (io.sluice.model.ColumnDef c : src.getColumns()) {
                    if (c.isSensitive()) {
                        names.add(c.getName());
                    }
                }
            }
        }
        return names;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    String expand(String text) {
        return PipelineParameters.expand(pipeline, text, params);
    }

    Path path(String text) {
        return io.sluice.model.PipelinePaths.resolve(baseDir, expand(text));
    }

    public Plan plan() {
        return plan(null, -1);
    }

    /**
     * Plans the whole pipeline, or for a preview only the steps upstream of {@code previewStep} with a
     * collecting sink of {@code maxRows} rows on its output (no sink of the model runs).
     */
    public Plan plan(String previewStep, long maxRows) {
        List<Problem> problems = new ArrayList<>();
        PipelineValidator.Result vr = new PipelineValidator(resolver()).run(pipeline);
        for (Map.Entry<String, String> e : describeErrors.entrySet()) {
            // the database's own words, not "the columns … are neither declared nor inferable"
            problems.add(new Problem(Problem.Severity.ERROR, e.getKey(), "step '" + e.getKey() //$NON-NLS-1$
                    + "': cannot read the columns from the database: " + e.getValue())); //$NON-NLS-1$
        }
        for (io.sluice.model.validation.Problem p : vr.problems()) {
            if (p.isError()) {
                problems.add(new Problem(Problem.Severity.ERROR, p.stepId(), p.toString()));
            }
        }
        for (String name : params.keySet()) {
            if (pipeline.findParameter(name) == null) {
                problems.add(new Problem(Problem.Severity.ERROR, null, "unknown parameter '" + name //$NON-NLS-1$
                        + "'; the pipeline declares " + pipeline.getParameters().stream().map(p -> p.getName()).toList())); //$NON-NLS-1$
            }
        }
        if (!problems.isEmpty()) {
            return new Plan(null, problems, Map.of(), null);
        }
        schemas = vr.schemas();
        Map<Step, List<Link>> inputs = new IdentityHashMap<>();
        for (Link l : pipeline.getLinks()) {
            inputs.computeIfAbsent(l.getTarget(), k -> new ArrayList<>()).add(l);
        }
        java.util.Set<Step> wanted = null;
        if (previewStep != null) {
            Step target = pipeline.getSteps().stream().filter(s -> previewStep.equals(s.getId())).findFirst().orElse(null);
            if (target == null) {
                return new Plan(null, List.of(error(null, "no step with id '" + previewStep + "'")), Map.of(), null); //$NON-NLS-1$ //$NON-NLS-2$
            }
            wanted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            collectUpstream(target, inputs, wanted);
        }
        ExecGraph g = new ExecGraph();
        Map<String, String> kinds = new HashMap<>();
        Map<Step, ExecGraph.Node> nodes = new IdentityHashMap<>();
        CollectSink preview = null;
        for (Step step : schemas.order()) {
            if (wanted != null && !wanted.contains(step)) {
                continue;
            }
            boolean isSinkStep = step instanceof io.sluice.model.Sink;
            if (previewStep != null && isSinkStep) {
                problems.add(error(step, "a sink has no output to preview")); //$NON-NLS-1$
                continue;
            }
            List<Link> in = inputs.getOrDefault(step, List.of());
            ExecGraph.Port input = null;
            Map<String, List<ExecGraph.Port>> byPort = new HashMap<>();
            boolean missing = false;
            for (Link l : in) {
                ExecGraph.Node from = nodes.get(l.getSource());
                if (from == null) {
                    missing = true; // upstream failed to plan; reported there
                    break;
                }
                ExecGraph.Port port = from.port(l.getSourcePort() == null ? Ports.OUT : l.getSourcePort());
                byPort.computeIfAbsent(l.getTargetPort() == null ? Ports.IN : l.getTargetPort(), k -> new ArrayList<>()).add(port);
                if (input == null) {
                    input = port;
                }
            }
            if (missing) {
                continue;
            }
            stepInputs = byPort;
            try {
                ExecGraph.Node n = node(g, step, input, problems);
                if (n != null) {
                    nodes.put(step, n);
                    kinds.put(step.getId(), step.eClass().getName());
                }
            } catch (RuntimeException e) {
                problems.add(error(step, e.getMessage()));
            }
        }
        if (previewStep != null && problems.isEmpty()) {
            Step target = pipeline.getSteps().stream().filter(s -> previewStep.equals(s.getId())).findFirst().get();
            ExecGraph.Node n = nodes.get(target);
            preview = new CollectSink(n.out().schema(), maxRows);
            g.sink("_preview", "preview", preview, n.out()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!problems.isEmpty()) {
            return new Plan(null, problems, kinds, null);
        }
        return new Plan(g, List.of(), kinds, preview);
    }

    private static void collectUpstream(Step s, Map<Step, List<Link>> inputs, java.util.Set<Step> out) {
        if (out.add(s)) {
            for (Link l : inputs.getOrDefault(s, List.of())) {
                collectUpstream(l.getSource(), inputs, out);
            }
        }
    }

    private static char oneChar(String s, char dflt, String what) {
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

    private ExprKernel compile(Step step, String text, Schema input, boolean predicate) {
        io.sluice.expression.types.Schema s = Types.sluice(input);
        String t = expand(text);
        CheckResult r = predicate ? Expressions.compilePredicate(t, s) : Expressions.compile(t, s);
        if (!r.ok()) {
            throw new IllegalArgumentException("expression '" + t + "': " + r.problems()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return ExprKernel.compile(r.typed(), run);
    }

    private static int index(Schema s, String column, Step step) {
        for (int i = 0; i < s.getFields().size(); i++) {
            if (s.getFields().get(i).getName().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column '" + column + "' in the input of step " + step.getId()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private ExecGraph.Node node(ExecGraph g, Step step, ExecGraph.Port input, List<Problem> problems) {
        String id = step.getId();
        String kind = step.eClass().getName();
        Map<String, Schema> rejects = Map.of(Ports.REJECTS, Rejects.SCHEMA);
        switch (step) {
            case CsvSource c -> {
                Schema schema = Types.arrow(declared(step));
                CsvOptions o = new CsvOptions(oneChar(expand(c.getDelimiter()), ',', "delimiter"), //$NON-NLS-1$
                        oneChar(expand(c.getQuote()), '"', "quote"), c.isHeader(), expand(c.getNullValue()), 8 << 20); //$NON-NLS-1$
                if (c.getEncoding() != null && !c.getEncoding().isBlank() && !c.getEncoding().equalsIgnoreCase("UTF-8")) { //$NON-NLS-1$
                    throw new IllegalArgumentException("only UTF-8 CSV is supported, not " + c.getEncoding()); //$NON-NLS-1$
                }
                if (!c.getColumns().isEmpty() && SchemaDrift.bindsByName(c)) {
                    Schema out = modelOutput(step);
                    return g.source(id, kind, files(id, path(c.getPath()), out, f -> bound(c, f, out, csvColumns(f, o),
                            fileSchema -> new io.sluice.runtime.internal.csv.CsvSource(f, fileSchema, o))), rejects);
                }
                return g.source(id, kind, files(id, path(c.getPath()), schema,
                        f -> new io.sluice.runtime.internal.csv.CsvSource(f, schema, o)), rejects);
            }
            case ParquetSource p -> {
                Schema schema = Types.arrow(declared(step));
                return g.source(id, kind, files(id, path(p.getPath()), schema,
                        f -> new io.sluice.runtime.internal.parquet.ParquetSource(f, schema)), rejects);
            }
            case io.sluice.model.JsonLinesSource j -> {
                Schema schema = Types.arrow(declared(step));
                if (!j.getColumns().isEmpty()) {
                    Schema out = modelOutput(step);
                    return g.source(id, kind, files(id, path(j.getPath()), out, f -> bound(j, f, out, jsonFields(f),
                            fileSchema -> new io.sluice.runtime.internal.json.JsonLinesSource(f, fileSchema))), rejects);
                }
                return g.source(id, kind, files(id, path(j.getPath()), schema,
                        f -> new io.sluice.runtime.internal.json.JsonLinesSource(f, schema)), rejects);
            }
            case io.sluice.model.JdbcSource j -> {
                io.sluice.runtime.internal.jdbc.JdbcSource.Read read = new io.sluice.runtime.internal.jdbc.JdbcSource.Read(
                        notBlank(j.getQuery()) ? expand(j.getQuery()) : null, notBlank(j.getTable()) ? expand(j.getTable()) : null,
                        notBlank(j.getFilter()) ? expand(j.getFilter()) : null,
                        notBlank(j.getHighWaterColumn()) ? expand(j.getHighWaterColumn()) : null, marks.get(id), j.getFetchSize());
                return g.source(id, kind, new io.sluice.runtime.internal.jdbc.JdbcSource(target(j), read,
                        Types.arrow(declared(step))), rejects);
            }
            case ArrowIpcSource a -> {
                return g.source(id, kind, new io.sluice.runtime.internal.ipc.ArrowIpcSource(path(a.getPath()),
                        Types.arrow(declared(step))), rejects);
            }
            case Filter f -> {
                Schema s = input.schema();
                FilterOperator filter = new FilterOperator(s, compile(step, f.getCondition(), s, true),
                        expand(f.getCondition()));
                return g.operator(id, kind, new RejectingOperator<>(filter, transformRejects(step), filter.probe()),
                        input, Map.of(Ports.REJECTS, transformRejects(step)));
            }
            case Derive d -> {
                return g.operator(id, kind, new RejectingOperator<>(derive(step, d, input.schema()), transformRejects(step)), input,
                        Map.of(Ports.REJECTS, transformRejects(step)));
            }
            case Select sel -> {
                Schema s = input.schema();
                List<ProjectOperator.Output> outs = new ArrayList<>();
                for (SelectColumn c : sel.getColumns()) {
                    int i = index(s, c.getColumn(), step);
                    Field f = s.getFields().get(i);
                    String name = c.getRename() == null || c.getRename().isBlank() ? f.getName() : expand(c.getRename());
                    if (c.getCast() == null || c.getCast().isBlank()) {
                        outs.add(ProjectOperator.Output.column(
                                new Field(name, f.getFieldType(), null), i));
                    } else {
                        DataType t = DataType.fromName(expand(c.getCast())).orElseThrow(
                                () -> new IllegalArgumentException("unknown type '" + c.getCast() + "'")); //$NON-NLS-1$ //$NON-NLS-2$
                        String quoted = "\"" + f.getName().replace("\"", "\"\"") + "\""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        ExprKernel k = compile(step, "CAST(" + quoted + " AS " + t.typeName() + ")", s, false); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        outs.add(ProjectOperator.Output.expression(Types.col(t).field(name, f.isNullable()), k));
                    }
                }
                if (!step.outputPorts().contains(Ports.REJECTS)) {
                    return g.operator(id, kind, new ProjectOperator(outs), input);
                }
                return g.operator(id, kind, new RejectingOperator<>(new ProjectOperator(outs), transformRejects(step)), input,
                        Map.of(Ports.REJECTS, transformRejects(step)));
            }
            case Aggregate a -> {
                Schema s = input.schema();
                int[] keys = new int[a.getGroupKeys().size()];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = index(s, a.getGroupKeys().get(i), step);
                }
                List<HashAggregate.Agg> aggs = new ArrayList<>();
                for (Aggregation ag : a.getAggregations()) {
                    AggFunction fn = AggFunction.valueOf(ag.getFunction().name());
                    int col = fn == AggFunction.COUNT_ALL ? -1 : index(s, ag.getColumn(), step);
                    aggs.add(new HashAggregate.Agg(fn, col, SchemaPropagator.outputName(ag)));
                }
                return g.blocking(id, kind, new HashAggregate(s, keys, aggs), input);
            }
            case Sort so -> {
                Schema s = input.schema();
                List<SortOperator.Key> keys = new ArrayList<>();
                for (SortKey k : so.getKeys()) {
                    boolean desc = k.getDirection() == SortDirection.DESC;
                    boolean nullsFirst = k.getNulls() == NullOrder.FIRST;
                    keys.add(new SortOperator.Key(index(s, k.getColumn(), step), desc, nullsFirst));
                }
                return g.blocking(id, kind, new SortOperator(s, keys), input);
            }
            case ParquetSink p -> {
                CompressionCodecName codec = switch (p.getCompression()) {
                    case NONE -> CompressionCodecName.UNCOMPRESSED;
                    case GZIP -> CompressionCodecName.GZIP;
                    case ZSTD -> CompressionCodecName.ZSTD;
                    default -> CompressionCodecName.SNAPPY;
                };
                return sink(g, id, kind, new io.sluice.runtime.internal.parquet.ParquetSink(output(p, "parquet"), //$NON-NLS-1$
                        input.schema(), codec), input);
            }
            case CsvSink c -> {
                CsvOptions o = CsvOptions.defaults().withDelimiter(oneChar(expand(c.getDelimiter()), ',', "delimiter")) //$NON-NLS-1$
                        .withHeader(c.isHeader() && !sinkFiles.containsKey(id));
                return sink(g, id, kind, new io.sluice.runtime.internal.csv.CsvSink(sinkPath(id, output(c, "csv")), //$NON-NLS-1$
                        input.schema(), o), input);
            }
            case io.sluice.model.JsonLinesSink j -> {
                return sink(g, id, kind, new io.sluice.runtime.internal.json.JsonLinesSink(sinkPath(id, output(j, "jsonl")), //$NON-NLS-1$
                        input.schema()), input);
            }
            case io.sluice.model.JdbcSink j -> {
                io.sluice.runtime.internal.jdbc.Jdbc.Target t = target(j.getConnection(), j.getUrl(), j.getUser(), j.getPassword());
                List<String> keys = j.getMode() == io.sluice.model.WriteMode.UPSERT ? List.copyOf(j.getKeyColumns()) : List.of();
                return sink(g, id, kind, new io.sluice.runtime.internal.jdbc.JdbcSink(t, expand(j.getTable()), input.schema(), keys,
                        new io.sluice.runtime.internal.jdbc.JdbcSink.Load(j.getLoadMethod() == io.sluice.model.LoadMethod.COPY,
                                j.getCommitEvery())), input);
            }
            case ArrowIpcSink a -> {
                return sink(g, id, kind, new io.sluice.runtime.internal.ipc.ArrowIpcSink(output(a, "arrow"), input.schema()), //$NON-NLS-1$
                        input);
            }
            case Join j -> {
                ExecGraph.Port left = stepInputs.get(Ports.LEFT).get(0);
                ExecGraph.Port right = stepInputs.get(Ports.RIGHT).get(0);
                int[] lk = new int[j.getLeftKeys().size()];
                int[] rk = new int[j.getRightKeys().size()];
                for (int i = 0; i < lk.length; i++) {
                    lk[i] = index(left.schema(), j.getLeftKeys().get(i), step);
                }
                for (int i = 0; i < rk.length; i++) {
                    rk[i] = index(right.schema(), j.getRightKeys().get(i), step);
                }
                HashJoin hj = new HashJoin(HashJoin.Kind.valueOf(j.getKind().name()), left.schema(), right.schema(), lk, rk,
                        modelOutput(step));
                ExecGraph.Node build = g.sink(id + "#build", kind, hj.buildSink(), right).countsAs(id); //$NON-NLS-1$
                return g.operator(id, kind, hj, left).startAfter(build);
            }
            case io.sluice.model.Deduplicate d -> {
                Schema s = input.schema();
                int[] keys = new int[d.getKeys().size()];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = index(s, d.getKeys().get(i), step);
                }
                int order = d.getOrderColumn() == null || d.getOrderColumn().isBlank() ? -1 : index(s, d.getOrderColumn(), step);
                return g.blocking(id, kind, new Deduplicate(s, keys, d.getKeep() == io.sluice.model.KeepPolicy.LAST, order),
                        input);
            }
            case io.sluice.model.Union u -> {
                Schema out = modelOutput(step);
                List<ExecGraph.Port> converted = new ArrayList<>();
                List<ExecGraph.Port> ins = stepInputs.get(Ports.IN);
                for (int i = 0; i < ins.size(); i++) {
                    Schema s = ins.get(i).schema();
                    List<ProjectOperator.Output> outs = new ArrayList<>();
                    for (int c = 0; c < out.getFields().size(); c++) {
                        Field target = out.getFields().get(c);
                        int from = u.getMode() == io.sluice.model.UnionMode.BY_POSITION ? c : index(s, target.getName(), step);
                        Field f = s.getFields().get(from);
                        if (f.getType().equals(target.getType())) {
                            outs.add(ProjectOperator.Output.column(target, from));
                        } else {
                            DataType t = Types.sluice(target).type();
                            String quoted = "\"" + f.getName().replace("\"", "\"\"") + "\""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                            outs.add(ProjectOperator.Output.expression(target,
                                    compile(step, "CAST(" + quoted + " AS " + t.typeName() + ")", s, false))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        }
                    }
                    converted.add(g.operator(id + "#in" + (i + 1), kind, new ProjectOperator(outs), ins.get(i)).countsAs(id).out()); //$NON-NLS-1$
                }
                return g.merge(id, kind, out, converted);
            }
            case io.sluice.model.Window w -> {
                Schema s = input.schema();
                long size = micros(w.getSize(), "size", step); //$NON-NLS-1$
                long slide = w.getWindowKind() == io.sluice.model.WindowKind.SLIDING && w.getSlide() != null
                        && !w.getSlide().isBlank() ? micros(w.getSlide(), "slide", step) : size; //$NON-NLS-1$
                WindowAssign assign = new WindowAssign(s, index(s, w.getEventTimeColumn(), step), size, slide);
                ExecGraph.Node a = g.operator(id + "#assign", kind, assign, input).countsAs(id); //$NON-NLS-1$
                Schema as = assign.outputSchema();
                int[] keys = new int[2 + w.getGroupKeys().size()];
                keys[0] = 0;
                keys[1] = 1;
                for (int i = 0; i < w.getGroupKeys().size(); i++) {
                    keys[i + 2] = index(as, w.getGroupKeys().get(i), step);
                }
                List<HashAggregate.Agg> aggs = new ArrayList<>();
                for (Aggregation ag : w.getAggregations()) {
                    AggFunction fn = AggFunction.valueOf(ag.getFunction().name());
                    int col = fn == AggFunction.COUNT_ALL ? -1 : index(as, ag.getColumn(), step);
                    aggs.add(new HashAggregate.Agg(fn, col, SchemaPropagator.outputName(ag)));
                }
                return g.blocking(id, kind, new HashAggregate(as, keys, aggs), a.out());
            }
            case io.sluice.model.QualityCheck q -> {
                Schema s = input.schema();
                Schema rej = transformRejects(step);
                return g.operator(id, kind, io.sluice.runtime.internal.quality.QualityRules.build(q, s, rej,
                        (text, schema) -> compile(step, text, schema, true), this::expand, sensitiveColumns()), input,
                        Map.of(Ports.REJECTS, rej));
            }
            case io.sluice.model.Mask m -> {
                Schema s = input.schema();
                boolean[] masked = new boolean[s.getFields().size()];
                for (String c : m.getColumns()) {
                    masked[index(s, c, step)] = true;
                }
                boolean redact = m.getMethod() == io.sluice.model.MaskMethod.REDACT;
                String salt = redact ? "" : Secrets.resolve(expand(m.getSalt() == null ? "" : m.getSalt())); //$NON-NLS-1$ //$NON-NLS-2$
                return g.operator(id, kind, new MaskOperator(modelOutput(step), masked, redact, salt), input);
            }
            default -> {
                problems.add(error(step, "step kind " + kind + " is not supported by this runtime yet")); //$NON-NLS-1$ //$NON-NLS-2$
                return null;
            }
        }
    }

    /** Schema drift one source met in one file, and the policy applied. */
    public record DriftNote(String step, String file, String policy, String description) {
    }

    private final List<DriftNote> drift = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The schema drift the last plan found (recorded in the run history and printed in the summary). */
    public List<DriftNote> drift() {
        return List.copyOf(drift);
    }

    /**
     * The fields a JSON lines file's sample has, untyped: JSON values carry their own types, so a value of another type
     * is a row to reject, not drift; null when the file cannot be read.
     */
    private static io.sluice.expression.types.Schema jsonFields(Path f) {
        return io.sluice.runtime.internal.json.JsonSchemaInference.infer(f, 1000).map(s -> new io.sluice.expression.types.Schema(
                s.fields().stream().map(x -> io.sluice.expression.types.Field.nullable(x.name(), DataType.NULL)).toList()))
                .orElse(null);
    }

    /** The columns a CSV file's header names, typed from a sample; null when the file cannot be read. */
    private static io.sluice.expression.types.Schema csvColumns(Path f, CsvOptions o) {
        try (java.io.BufferedReader in = java.nio.file.Files.newBufferedReader(f, java.nio.charset.StandardCharsets.UTF_8)) {
            return CsvSchemaInference.inferForDrift(in, o.delimiter(), o.quote(), o.nullValue(), 1000);
        } catch (java.io.IOException | RuntimeException e) {
            return null; // reported when the source opens the file
        }
    }

    /**
     * A file source bound by column name under the step's drift policy: compares the declared columns with those
     * {@code found} in the file, records the drift, fails a STRICT source before any row is read (naming the columns),
     * and reads the file in its own column order into the step's output ({@link BoundSource}).
     */
    private io.sluice.runtime.internal.exec.BatchSource<?, ?> bound(io.sluice.model.FileSource step, Path file, Schema out,
            io.sluice.expression.types.Schema found, java.util.function.Function<Schema, io.sluice.runtime.internal.exec.BatchSource<?, ?>> read) {
        io.sluice.expression.types.Schema declared = declared(step);
        io.sluice.model.DriftPolicy policy = step.getDriftPolicy();
        if (found == null || found.size() == 0) {
            found = declared;
        }
        SchemaDrift d = SchemaDrift.compare(declared, found);
        if (d.changed() || d.reordered()) {
            drift.add(new DriftNote(step.getId(), file.toString(), policy.getLiteral(), d.describe()));
        }
        if (policy == io.sluice.model.DriftPolicy.STRICT && d.changed()) {
            throw new IllegalArgumentException("schema drift in " + file + " (policy STRICT, nothing was read): " + d.describe() //$NON-NLS-1$ //$NON-NLS-2$
                    + "; declare the columns, or choose the policy EVOLVE or RESCUE"); //$NON-NLS-1$
        }
        List<Field> fileFields = new ArrayList<>();
        List<Integer> rescuedColumns = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            String name = found.fields().get(k).name();
            int declaredAt = SchemaDrift.find(declared, name);
            List<String> outNames = out.getFields().stream().map(Field::getName).toList();
            int outAt = outNames.indexOf(declaredAt >= 0 ? declared.fields().get(declaredAt).name() : name);
            if (outAt >= 0 && !out.getFields().get(outAt).getName().equals(SchemaDrift.RESCUED)) {
                Field o = out.getFields().get(outAt);
                fileFields.add(new Field(name, o.getFieldType(), o.getChildren()));
            } else {
                fileFields.add(Types.col(DataType.STRING).field(name, true));
                if (policy == io.sluice.model.DriftPolicy.RESCUE) {
                    rescuedColumns.add(k);
                }
            }
        }
        Schema fileSchema = new Schema(fileFields);
        int[] from = new int[out.getFields().size()];
        int rescued = -1;
        for (int c = 0; c < from.length; c++) {
            String name = out.getFields().get(c).getName();
            from[c] = -1;
            if (policy == io.sluice.model.DriftPolicy.RESCUE && name.equals(SchemaDrift.RESCUED) && SchemaDrift.find(declared, name) < 0) {
                rescued = c;
                continue;
            }
            for (int k = 0; k < found.size(); k++) {
                if (!rescuedColumns.contains(k) && found.fields().get(k).name().equalsIgnoreCase(name)) {
                    from[c] = k;
                    break;
                }
            }
        }
        @SuppressWarnings({ "rawtypes", "unchecked" })
        io.sluice.runtime.internal.exec.BatchSource<?, ?> b = new io.sluice.runtime.internal.files.BoundSource(read.apply(fileSchema),
                out, from, rescued, rescuedColumns.stream().mapToInt(Integer::intValue).toArray());
        return b;
    }

    /** The step's rejects schema as the model's schema propagation defines it. */
    private Schema transformRejects(Step step) {
        return Types.arrow(schemas.output(step, Ports.REJECTS).orElseThrow(
                () -> new IllegalArgumentException("the rejects schema of " + step.getId() + " is unknown"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The step's output schema as the model's schema propagation defines it. */
    private Schema modelOutput(Step step) {
        return Types.arrow(schemas.output(step).orElseThrow(
                () -> new IllegalArgumentException("the output schema of " + step.getId() + " is unknown"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private long micros(String text, String what, Step step) {
        java.time.Duration d = io.sluice.model.Durations.parse(expand(text)).orElseThrow(
                () -> new IllegalArgumentException(what + " '" + text + "' of " + step.getId() + " is not a duration")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return d.toNanos() / 1000;
    }

    private static ExecGraph.Node sink(ExecGraph g, String id, String kind, BatchSink<?, ?> sink, ExecGraph.Port input) {
        return g.sink(id, kind, sink, input);
    }

    private io.sluice.expression.types.Schema declared(Step step) {
        if (step instanceof io.sluice.model.Source src && !src.getColumns().isEmpty()) {
            List<io.sluice.expression.types.Field> fields = new ArrayList<>();
            for (io.sluice.model.ColumnDef c : src.getColumns()) {
                DataType t = DataType.fromName(c.getType()).orElseThrow(
                        () -> new IllegalArgumentException("unknown type '" + c.getType() + "' of column " + c.getName())); //$NON-NLS-1$ //$NON-NLS-2$
                fields.add(new io.sluice.expression.types.Field(c.getName(), t, c.isNullable()));
            }
            return new io.sluice.expression.types.Schema(fields);
        }
        // no declared columns: the validator inferred them (CSV sample) — ask it again through the same resolver
        io.sluice.model.schema.SourceSchemaResolver resolver = resolver();
        io.sluice.model.Source source = (io.sluice.model.Source) step;
        return resolver.resolve(source).orElseThrow(() -> new IllegalArgumentException(resolver.missingInput(source)
                .orElse("the columns of " + step.getId() + " are neither declared nor inferable"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private DeriveOperator derive(Step step, Derive d, Schema in) {
        int inputs = in.getFields().size();
        List<Field> out = new ArrayList<>(in.getFields());
        // current view: column name -> slot (input index, or inputs + output slot)
        List<String> names = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            names.add(in.getFields().get(i).getName());
            slots.add(i);
        }
        List<DeriveOperator.Step> steps = new ArrayList<>();
        for (Derivation dv : d.getDerivations()) {
            List<Integer> viewSlots = List.copyOf(slots);
            List<Field> viewFields = new ArrayList<>();
            for (int k = 0; k < names.size(); k++) {
                int slot = slots.get(k);
                Field f = slot < inputs ? in.getFields().get(slot) : out.get(slot - inputs);
                viewFields.add(new Field(names.get(k), f.getFieldType(), null));
            }
            Schema view = new Schema(viewFields);
            ExprKernel k = compile(step, dv.getExpression(), view, false);
            String name = expand(dv.getName());
            DataType t = k.type() == DataType.NULL ? DataType.STRING : k.type();
            Field f = Types.col(t).field(name, k.expr().nullable() || k.type() == DataType.NULL);
            int existing = names.indexOf(name);
            int outSlot;
            if (existing >= 0 && slots.get(existing) < inputs) {
                outSlot = slots.get(existing);
                out.set(outSlot, f);
            } else if (existing >= 0) {
                outSlot = slots.get(existing) - inputs;
                out.set(outSlot, f);
            } else {
                outSlot = out.size();
                out.add(f);
                names.add(name);
                slots.add(inputs + outSlot);
                existing = names.size() - 1;
            }
            slots.set(existing, inputs + outSlot);
            steps.add(new DeriveOperator.Step(outSlot, k, viewSlots, name));
        }
        return new DeriveOperator(new Schema(out), inputs, steps);
    }
}
