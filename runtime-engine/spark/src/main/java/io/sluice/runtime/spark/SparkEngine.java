package io.sluice.runtime.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.spark.sql.SparkSession;

import io.sluice.model.Link;
import io.sluice.model.Pipeline;
import io.sluice.model.Step;
import io.sluice.model.resource.LoadResult;
import io.sluice.model.resource.SluiceModel;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.StepKinds;
import io.sluice.model.schema.SourceSchemaResolver;
import io.sluice.model.validation.PipelineValidator;
import io.sluice.model.validation.Problem;
import io.sluice.runtime.Redaction;
import io.sluice.runtime.RowAccounting;
import io.sluice.runtime.RunListener;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunSnapshot;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.StepMetrics;
import io.sluice.runtime.StepState;
import io.sluice.runtime.history.HighWaterMarks;
import io.sluice.runtime.history.RunHistory;
import io.sluice.runtime.history.RunRecord;
import io.sluice.runtime.history.StepRecord;
import io.sluice.runtime.spark.internal.SparkTranslator;
import io.sluice.runtime.spark.internal.SparkTranslators;
import io.sluice.runtime.spark.internal.StepCounters;
import io.sluice.runtime.spark.internal.Translation;

/**
 * Runs a pipeline on Apache Spark: the same {@link RunRequest}, {@link RunListener} and {@link RunResult} as the
 * embedded {@link io.sluice.runtime.SluiceEngine}, the same validation (plus the kinds Spark cannot run, by name),
 * the same rejects, row accounting and run history (the engine is recorded with the run).
 *
 * <pre>{@code
 * try (SparkSession spark = SparkEngine.session("local[2]")) {
 *     RunResult r = new SparkEngine(RunHistory.defaultLocation()).run(RunRequest.of(file), spark);
 * }
 * }</pre>
 */
public final class SparkEngine {
    private static final Logger LOG = Logger.getLogger(SparkEngine.class.getName());
    /** The history parameter that names the engine of a run ({@code spark local[2]}). */
    public static final String ENGINE_PARAMETER = RunRecord.ENGINE_PARAMETER;

    private final Path historyDir;

    /** @param historyDir where the H2 run history lives, or null for none */
    public SparkEngine(Path historyDir) {
        this.historyDir = historyDir;
    }

    /**
     * A session with the settings Sluice's semantics need: UTC session time zone, java.time values, ANSI mode off (the
     * translation checks overflow and division by zero itself and rejects the row as the embedded engine does),
     * Parquet timestamps as microseconds. {@code master} is {@code local[N]} or {@code spark://host:port}; null
     * keeps what {@code spark-submit} configured.
     */
    public static SparkSession session(String master) {
        SparkSession.Builder b = SparkSession.builder().appName("sluice"); //$NON-NLS-1$
        if (master != null) {
            b.master(master);
        }
        if (master != null && master.startsWith("local")) { //$NON-NLS-1$
            b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    .config("spark.sql.shuffle.partitions", "8"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return b.config("spark.ui.enabled", "false") //$NON-NLS-1$ //$NON-NLS-2$
                .config("spark.sql.session.timeZone", "UTC") //$NON-NLS-1$ //$NON-NLS-2$
                .config("spark.sql.datetime.java8API.enabled", "true") //$NON-NLS-1$ //$NON-NLS-2$
                .config("spark.sql.ansi.enabled", "false") //$NON-NLS-1$ //$NON-NLS-2$
                .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS") //$NON-NLS-1$ //$NON-NLS-2$
                .config("spark.sql.caseSensitive", "true") //$NON-NLS-1$ //$NON-NLS-2$
                .getOrCreate();
    }

    private record Loaded(Pipeline pipeline, List<Problem> problems) {
    }

    private static Loaded load(RunRequest req) {
        if (req.pipeline() != null) {
            return new Loaded(req.pipeline(), List.of());
        }
        LoadResult r = SluiceModel.load(req.pipelineFile());
        if (!r.ok()) {
            return new Loaded(null, r.problems().stream().map(p -> Redaction.redact(Problem.error(null, null, p.toString()))).toList());
        }
        return new Loaded(r.pipeline(), List.of());
    }

    /** The one source schema resolver, as the embedded engine resolves sources without declared columns. */
    private static SourceSchemaResolver resolver(RunRequest req) {
        return io.sluice.runtime.SourceSchemas.resolver(req.baseDir(), req.parameters(), io.sluice.runtime.connections.DriverRegistry.shared());
    }

    /** The problems that refuse a Spark run: the model's validation errors and every step Spark cannot run. */
    public List<Problem> validate(RunRequest req) {
        Loaded l = load(req);
        if (l.pipeline() == null) {
            return l.problems();
        }
        return check(req, l.pipeline()).problems();
    }

    private record Checked(List<Problem> problems, io.sluice.model.schema.PipelineSchemas schemas) {
    }

    private static Checked check(RunRequest req, Pipeline pipeline) {
        List<Problem> problems = new ArrayList<>();
        PipelineValidator.Result vr = new PipelineValidator(resolver(req)).run(pipeline);
        for (Problem p : vr.problems()) {
            if (p.isError()) {
                problems.add(p);
            }
        }
        for (String name : req.parameters().keySet()) {
            if (pipeline.findParameter(name) == null) {
                problems.add(Problem.error(null, null, "unknown parameter '" + name + "'")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        // a column of a type Spark cannot carry is named once, at the first step (in flow order) that outputs it
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Step s : vr.schemas().order()) {
            vr.schemas().output(s).ifPresent(schema -> {
                for (io.sluice.expression.types.Field f : schema.fields()) {
                    String why = io.sluice.runtime.spark.internal.ExprColumns.notCarried(f.type());
                    if (why != null && named.add(f.name() + ' ' + f.type())) {
                        problems.add(Problem.error(s, null, "column '" //$NON-NLS-1$
                                + f.name() + "' of type " + f.type() + " cannot run on Spark: " + why)); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
            });
        }
        for (Step s : pipeline.getSteps()) {
            String why = unsupported(s);
            if (why != null) {
                problems.add(Problem.error(s, null, s.eClass().getName() + " cannot run on Spark: " + why)); //$NON-NLS-1$
            }
        }
        if (problems.isEmpty()) { // the expressions compile over the schemas: each form Spark cannot run, named
            SparkTranslator.ExprScope exprs = new SparkTranslator.ExprScope(vr.schemas(),
                    text -> io.sluice.model.PipelineParameters.expand(pipeline, text, req.parameters()));
            for (Step s : vr.schemas().order()) {
                refusals(s, exprs).forEach((expression, why) -> problems.add(Problem.error(s, null, "expression '" //$NON-NLS-1$
                        + expression + "' cannot run on Spark: " + why))); //$NON-NLS-1$
            }
        }
        return new Checked(problems.stream().map(Redaction::redact).toList(), vr.schemas());
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static String unsupported(Step s) {
        Optional<SparkTranslator<Step>> t = SparkTranslators.of(s);
        if (t.isEmpty()) {
            return SparkTranslators.unsupported(s.eClass()).orElse("no Spark translation for this kind"); //$NON-NLS-1$
        }
        return ((SparkTranslator) t.get()).unsupported(s, null);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Map<String, String> refusals(Step s, SparkTranslator.ExprScope exprs) {
        Map<String, String> out = new LinkedHashMap<>();
        SparkTranslators.of(s).ifPresent(t -> ((SparkTranslator) t).expressions(s, exprs).forEach((text, e) -> {
            String why = io.sluice.runtime.spark.internal.ExprColumns.refusal((io.sluice.expression.TypedExpr) e);
            if (why != null) {
                out.put((String) text, why);
            }
        }));
        return out;
    }

    /** Runs on {@code spark} and waits; {@code engine} names the engine in the history ({@code spark local[2]}). */
    public RunResult run(RunRequest req, SparkSession spark) {
        String runId = newRunId();
        Instant started = Instant.now();
        String engine = "spark " + spark.sparkContext().master(); //$NON-NLS-1$
        Loaded loaded = load(req);
        RunResult result;
        Map<String, String> reached = new LinkedHashMap<>();
        if (loaded.pipeline() == null) {
            result = new RunResult(runId, RunStatus.INVALID, started, Instant.now(), loaded.problems(), null,
                    new RunSnapshot(runId, RunStatus.INVALID, started, 0, List.of(), true));
        } else {
            Checked c = check(req, loaded.pipeline());
            if (!c.problems().isEmpty()) {
                result = new RunResult(runId, RunStatus.INVALID, started, Instant.now(), c.problems(), null,
                        new RunSnapshot(runId, RunStatus.INVALID, started, 0, List.of(), true));
            } else {
                result = execute(req, loaded.pipeline(), c.schemas(), spark, runId, started, reached);
            }
        }
        if (req.recordHistory()) {
            record(req, loaded.pipeline(), result, engine);
            if (result.succeeded()) {
                HighWaterMarks.of(historyDir, req, loaded.pipeline()).advance(runId, reached);
            }
        }
        try {
            req.listener().finished(result);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "run listener failed", e); //$NON-NLS-1$
        }
        return result;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private RunResult execute(RunRequest req, Pipeline pipeline, io.sluice.model.schema.PipelineSchemas schemas, SparkSession spark,
            String runId, Instant started, Map<String, String> reached) {
        StepCounters counters = new StepCounters(spark, schemas.order());
        Translation t = new Translation(spark, pipeline, req.parameters(), req.baseDir(), runId, schemas,
                req.failOnParseError(), counters).marks(HighWaterMarks.of(historyDir, req, pipeline).stored());
        Map<String, StepState> states = new ConcurrentHashMap<>();
        Map<String, Long> elapsed = new ConcurrentHashMap<>();
        Set<String> filtering = new HashSet<>();
        for (Step s : pipeline.getSteps()) {
            if (StepKinds.of(s).cardinality() == Cardinality.FILTERING) {
                filtering.add(s.getId());
            }
        }
        Map<Step, SparkTranslator.SinkWrite> writes = new LinkedHashMap<>();
        RunStatus status = RunStatus.SUCCEEDED;
        String error = null;
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread th = new Thread(r, "sluice-spark-metrics-" + runId); //$NON-NLS-1$
            th.setDaemon(true);
            return th;
        });
        SparkProgress progress = new SparkProgress(pipeline, states, elapsed);
        spark.sparkContext().addSparkListener(progress);
        try {
            for (Step s : schemas.order()) {
                SparkTranslator tr = SparkTranslators.of(s).orElseThrow();
                SparkTranslator.Output o = tr.translate(s, t);
                t.put(s, o.ports());
                if (o.write() != null) {
                    writes.put(s, o.write());
                }
            }
            ticker.scheduleAtFixedRate(() -> {
                try {
                    req.listener().progress(new RunSnapshot(runId, RunStatus.RUNNING, started,
                            java.time.Duration.between(started, Instant.now()).toMillis(),
                            counters.snapshot(states, elapsed, filtering), false));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "run listener failed", e); //$NON-NLS-1$
                }
            }, io.sluice.runtime.SluiceEngine.METRICS_PERIOD_MILLIS, io.sluice.runtime.SluiceEngine.METRICS_PERIOD_MILLIS,
                    TimeUnit.MILLISECONDS);
            spark.sparkContext().setJobGroup(runId, "sluice run " + runId, true); //$NON-NLS-1$
            for (Map.Entry<Step, SparkTranslator.SinkWrite> w : writes.entrySet()) {
                progress.sinkStarting(w.getKey());
                spark.sparkContext().setJobDescription(SparkProgress.DESCRIPTION_PREFIX + w.getKey().getId());
                w.getValue().run();
                progress.sinkDone(w.getKey());
            }
        } catch (Exception | Error e) {
            status = RunStatus.FAILED;
            error = message(e);
            for (Map.Entry<String, StepState> s : states.entrySet()) {
                if (s.getValue() == StepState.RUNNING) {
                    s.setValue(StepState.FAILED);
                }
            }
        } finally {
            ticker.shutdownNow();
            spark.sparkContext().removeSparkListener(progress);
            spark.sparkContext().clearJobGroup();
            t.unpersistAll();
        }
        if (status == RunStatus.SUCCEEDED) {
            for (Step s : pipeline.getSteps()) {
                states.put(s.getId(), StepState.DONE);
            }
        }
        RunSnapshot fin = new RunSnapshot(runId, status, started, java.time.Duration.between(started, Instant.now()).toMillis(),
                counters.snapshot(states, elapsed, filtering), true);
        RunResult r = new RunResult(runId, status, started, Instant.now(), List.of(), error, fin, null, t.qualityResults(),
                List.of());
        if (status == RunStatus.SUCCEEDED) {
            RowAccounting acc = io.sluice.runtime.internal.exec.Accounting.check(pipeline, fin);
            r = acc.ok() ? r.with(status, null, acc)
                    : r.with(RunStatus.FAILED, "row accounting: " + String.join("; ", acc.mismatches()), acc); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (r.succeeded()) {
            reached.putAll(t.reachedMarks());
        }
        return r;
    }

    /** The failure's own message: Spark wraps a task's exception in several layers naming stages and tasks. */
    static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof io.sluice.runtime.internal.exec.StepFailure) {
                break; // an embedded operator's failure, worded as the embedded engine words it (naming the step)
            }
            root = root.getCause();
        }
        String m = root.getMessage();
        return m == null || m.isBlank() ? root.getClass().getSimpleName() : m;
    }

    static String newRunId() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(java.time.ZoneOffset.UTC) //$NON-NLS-1$
                .format(Instant.now()) + "-" + java.util.UUID.randomUUID().toString().substring(0, 8); //$NON-NLS-1$
    }

    private void record(RunRequest req, Pipeline pipeline, RunResult r, String engine) {
        if (historyDir == null) {
            return;
        }
        try {
            RunHistory h = RunHistory.open(historyDir);
            String file = req.pipelineFile() == null ? null : req.pipelineFile().toAbsolutePath().normalize().toString();
            String hash = null;
            if (req.pipelineFile() != null && Files.isRegularFile(req.pipelineFile())) {
                hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(req.pipelineFile()))); //$NON-NLS-1$
            }
            List<StepRecord> steps = new ArrayList<>();
            for (StepMetrics m : r.finalSnapshot().steps()) {
                steps.add(new StepRecord(m.step(), m.kind(), m.state().name(), m.rowsIn(), m.rowsOut(), m.rowsRejected(),
                        m.batchesOut(), m.bytesOut(), m.errors(), m.elapsedMillis(), m.message(), m.rowsFiltered()));
            }
            String error = r.error();
            if (error == null && !r.problems().isEmpty()) {
                error = String.join("\n", r.problems().stream().map(Problem::toString).toList()); //$NON-NLS-1$
            }
            Map<String, String> params = new LinkedHashMap<>(req.parameters());
            params.put(ENGINE_PARAMETER, engine);
            h.record(new RunRecord(r.runId(), pipeline == null ? null : pipeline.getName(), file, hash, params, r.startedAt(),
                    r.endedAt(), r.status().name(), error, steps, r.accounting() == null ? null : r.accounting().summary()),
                    r.quality(), r.retries());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "cannot record run " + r.runId() + " in the history " + historyDir, e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** Steps upstream of (and including) {@code s}. */
    static Set<Step> upstream(Pipeline p, Step s) {
        Set<Step> out = new HashSet<>();
        List<Step> todo = new ArrayList<>(List.of(s));
        while (!todo.isEmpty()) {
            Step x = todo.remove(todo.size() - 1);
            if (out.add(x)) {
                for (Link l : p.getLinks()) {
                    if (l.getTarget() == x) {
                        todo.add(l.getSource());
                    }
                }
            }
        }
        return out;
    }
}
