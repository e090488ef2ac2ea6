package io.sluice.runtime;

import io.sluice.model.Pipeline;
import io.sluice.model.resource.LoadResult;
import io.sluice.model.resource.SluiceModel;
import io.sluice.model.validation.Problem;
import io.sluice.runtime.CancellationToken.CancelledException;
import io.sluice.runtime.history.GitRevision;
import io.sluice.runtime.history.HighWaterMarks;
import io.sluice.runtime.history.RunHistory;
import io.sluice.runtime.history.RunRecord;
import io.sluice.runtime.history.StepRecord;
import io.sluice.runtime.internal.exec.ExecContext;
import io.sluice.runtime.internal.exec.ExecOptions;
import io.sluice.runtime.internal.exec.Executor;
import io.sluice.runtime.internal.exec.StepCounters;
import io.sluice.runtime.internal.checkpoint.PartitionedRun;
import io.sluice.runtime.internal.plan.Planner;
import io.sluice.runtime.internal.types.Types;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.arrow.memory.RootAllocator;

/**
 * The runtime's entry point: validates and plans a pipeline model, runs it on Arrow batches, publishes metrics
 * every 250 ms, records the run in the history. Thread-safe; runs are independent (one root allocator each).
 *
 * <pre>{@code
 * SluiceEngine engine = new SluiceEngine();
 * RunHandle h = engine.start(RunRequest.of(Path.of("examples/orders.sluice")).withParameter("output", "out.parquet"));
 * RunResult r = h.result().join();
 * }</pre>
 */
public final class SluiceEngine {
    private static final Logger LOG = Logger.getLogger(SluiceEngine.class.getName());
    /** Metrics period while a run is active. */
    public static final long METRICS_PERIOD_MILLIS = 250;

    private final Path historyDir;
    private final long memoryLimit;
    private final int batchRows;
    private final io.sluice.runtime.connections.DriverRegistry drivers;

    /** History in {@link RunHistory#defaultLocation()}, memory limit 3/4 of the machine's heap-independent default (4 GiB). */
    public SluiceEngine() {
        this(RunHistory.defaultLocation(), 4L << 30);
    }

    /**
     * @param historyDir  where the H2 history lives, or null for no history
     * @param memoryLimit limit of each run's root allocator, bytes
     */
    public SluiceEngine(Path historyDir, long memoryLimit) {
        this(historyDir, memoryLimit, ExecOptions.defaults().batchRows(), io.sluice.runtime.connections.DriverRegistry.shared());
    }

    private SluiceEngine(Path historyDir, long memoryLimit, int batchRows, io.sluice.runtime.connections.DriverRegistry drivers) {
        this.historyDir = historyDir;
        this.memoryLimit = memoryLimit;
        this.batchRows = batchRows;
        this.drivers = java.util.Objects.requireNonNull(drivers, "drivers"); //$NON-NLS-1$
    }

    /** The same engine with sources producing batches of about {@code n} rows (tests use 1 to reach every edge). */
    public SluiceEngine withBatchRows(int n) {
        return new SluiceEngine(historyDir, memoryLimit, n, drivers);
    }

    /**
     * The same engine with JDBC steps connecting through {@code registry}'s drivers — the designer passes the
     * registry it gets as an OSGi service; by default the command line's {@link io.sluice.runtime.connections.DriverRegistry#shared()}.
     * The columns of a JDBC source that declares none are described with the same registry (the planner lends it to
     * the source schema resolution, {@link SourceSchemas#resolver}).
     */
    public SluiceEngine withDrivers(io.sluice.runtime.connections.DriverRegistry registry) {
        return new SluiceEngine(historyDir, memoryLimit, batchRows, registry);
    }

    /** The run history, if this engine keeps one. */
    public Optional<RunHistory> history() {
        if (historyDir == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(RunHistory.open(historyDir));
        } catch (java.sql.SQLException e) {
            LOG.log(Level.WARNING, Redaction.redact("cannot open the run history in " + historyDir + ": " + message(e))); //$NON-NLS-1$ //$NON-NLS-2$
            return Optional.empty();
        }
    }

    private record Loaded(Pipeline pipeline, List<Problem> problems) {
    }

    private static Loaded load(RunRequest req) {
        if (req.pipeline() != null) {
            return new Loaded(req.pipeline(), List.of());
        }
        LoadResult r = SluiceModel.load(req.pipelineFile());
        if (!r.ok()) {
            return new Loaded(null, r.problems().stream()
                    .map(p -> Redaction.redact(Problem.error(null, null, p.toString()))).toList());
        }
        io.sluice.runtime.internal.boot.Warmup.forPipeline(r.pipeline());
        return new Loaded(r.pipeline(), List.of());
    }

    /** Loads, validates and plans without running: the problems that would refuse the run (empty if none). */
    public List<Problem> validate(RunRequest req) {
        Loaded l = load(req);
        if (l.pipeline() == null) {
            return l.problems();
        }
        return new Planner(l.pipeline(), req.parameters(), req.baseDir(), drivers).plan().problems();
    }

    /** Runs and waits. */
    public RunResult run(RunRequest req) {
        return start(req).result().join();
    }

    /** Starts a run on a thread of its own and returns at once. */
    public RunHandle start(RunRequest req) {
        String runId = req.resumeRunId() != null ? req.resumeRunId() : newRunId();
        CancellationToken token = new CancellationToken();
        CompletableFuture<RunResult> future = new CompletableFuture<>();
        AtomicReference<ExecContext> ctxRef = new AtomicReference<>();
        Instant started = Instant.now();
        Thread t = new Thread(() -> {
            // The result is handed over only once the history is released: closing the last connection closes the
            // database file, and a caller that gets the result may exit the JVM or delete the history's folder at once.
            RunResult result = null;
            Throwable failure = null;
            try (AutoCloseable held = holdHistory(req)) {
                result = execute(req, runId, token, ctxRef, started);
            } catch (Throwable e) {
                if (result == null) {
                    failure = e; // even an Error (a broken class path, out of memory) must end the run, or its caller waits forever
                } else {
                    LOG.log(Level.FINE, "cannot release the run history in " + historyDir, e); //$NON-NLS-1$
                }
            }
            if (failure != null) {
                future.completeExceptionally(failure);
            } else {
                future.complete(result);
            }
        }, "sluice-run-" + runId); //$NON-NLS-1$
        t.setDaemon(true);
        t.start();
        return new RunHandle() {
            @Override
            public String runId() {
                return runId;
            }

            @Override
            public CompletableFuture<RunResult> result() {
                return future;
            }

            @Override
            public void cancel() {
                token.cancel("cancelled by the user"); //$NON-NLS-1$
            }

            @Override
            public RunSnapshot snapshot() {
                ExecContext c = ctxRef.get();
                return snapshotOf(runId, c, future.isDone() ? future.join().status() : RunStatus.RUNNING, started, false);
            }
        };
    }

    /** Keeps the history open while the run lasts ({@link RunHistory#hold()}); a no-op without history. */
    private AutoCloseable holdHistory(RunRequest req) {
        if (historyDir == null || !req.recordHistory()) {
            return () -> {
            };
        }
        try {
            return RunHistory.open(historyDir).hold();
        } catch (java.sql.SQLException e) {
            // only an optimisation: the run's own writes retry and report
            LOG.log(Level.FINE, "cannot keep the run history in " + historyDir + " open", e); //$NON-NLS-1$ //$NON-NLS-2$
            return () -> {
            };
        }
    }

    static String newRunId() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(java.time.ZoneOffset.UTC) //$NON-NLS-1$
                .format(Instant.now()) + "-" + UUID.randomUUID().toString().substring(0, 8); //$NON-NLS-1$
    }

    /**
     * What a run's expressions read as run context: its id, start time and parameter values (declared defaults
     * overridden by the request); random's seed is the parameter {@code random_seed} when the pipeline declares it
     * (so a rerun can repeat its numbers), else derived from the run id (a resumed run keeps its id, hence its
     * numbers).
     */
    static io.sluice.expression.RunContext runContext(io.sluice.model.Pipeline pipeline, RunRequest req, String runId,
            Instant started) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        for (io.sluice.model.Parameter p : pipeline.getParameters()) {
            if (p.getName() != null && p.getDefaultValue() != null) {
                values.put(p.getName(), p.getDefaultValue());
            }
        }
        values.putAll(req.parameters());
        String seed = values.get("random_seed"); //$NON-NLS-1$
        long s;
        try {
            s = seed != null ? Long.parseLong(seed.strip()) : runId.hashCode();
        } catch (NumberFormatException e) {
            s = seed.hashCode();
        }
        return new io.sluice.expression.RunContext(runId, started.truncatedTo(java.time.temporal.ChronoUnit.MICROS), s,
                values);
    }

    static RunSnapshot snapshotOf(String runId, ExecContext ctx, RunStatus status, Instant started, boolean fin) {
        List<StepMetrics> steps = new ArrayList<>();
        if (ctx != null) {
            for (StepCounters c : ctx.allCounters()) {
                if (!c.step().startsWith("_")) { //$NON-NLS-1$
                    steps.add(c.snapshot());
                }
            }
        }
        return new RunSnapshot(runId, status, started, java.time.Duration.between(started, Instant.now()).toMillis(), steps,
                fin);
    }

    private RunResult execute(RunRequest req, String runId, CancellationToken token, AtomicReference<ExecContext> ctxRef,
            Instant started) {
        RunListener listener = req.listener();
        Loaded loaded = load(req);
        RunResult result;
        List<Planner.DriftNote> drift = List.of();
        Map<String, String> lastSeen = Map.of();
        if (loaded.pipeline() == null) {
            result = new RunResult(runId, RunStatus.INVALID, started, Instant.now(), loaded.problems(), null,
                    snapshotOf(runId, null, RunStatus.INVALID, started, true));
        } else {
            Map<String, String> marks = HighWaterMarks.of(historyDir, req, loaded.pipeline()).stored();
            Pipeline original = loaded.pipeline();
            // undeclared CSV / JSON lines sources are bound to the columns the last successful run read
            loaded = new Loaded(io.sluice.runtime.internal.plan.LastSeenSchemas.bind(original, marks), loaded.problems());
            io.sluice.expression.RunContext runContext = runContext(loaded.pipeline(), req, runId, started);
            Planner planner = new Planner(loaded.pipeline(), req.parameters(), req.baseDir(), drivers).forRun(runContext);
            Planner.Plan plan = planner.marks(marks).plan();
            lastSeen = io.sluice.runtime.internal.plan.LastSeenSchemas.toKeep(original, marks, planner::outputSchema);
            drift = planner.drift();
            if (!plan.ok()) {
                result = new RunResult(runId, RunStatus.INVALID, started, Instant.now(), plan.problems(), null,
                        snapshotOf(runId, null, RunStatus.INVALID, started, true));
            } else {
                String refused = req.resumeRunId() == null ? null : checkResume(req, runId);
                PartitionedRun partitioned = historyDir == null || !req.recordHistory() ? null
                        : PartitionedRun.of(loaded.pipeline(), req.parameters(), req.baseDir(), drivers);
                if (partitioned != null) {
                    partitioned.forRun(runContext);
                }
                if (refused != null) {
                    result = new RunResult(runId, RunStatus.INVALID, started, Instant.now(),
                            List.of(Redaction.redact(Problem.error(null, null, refused))), null,
                            snapshotOf(runId, null, RunStatus.INVALID, started, true));
                    try {
                        listener.finished(result);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "run listener failed", e); //$NON-NLS-1$
                    }
                    return result; // the interrupted run's record stays as it is
                }
                String unrecorded = null;
                if (historyDir != null && req.recordHistory()) {
                    try {
                        started = begin(req, loaded.pipeline(), runId, started);
                    } catch (Exception e) {
                        unrecorded = "cannot record the run in the history " + historyDir + ": " + message(e); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
                if (unrecorded != null) {
                    result = new RunResult(runId, RunStatus.FAILED, started, Instant.now(), List.of(), unrecorded,
                            snapshotOf(runId, null, RunStatus.FAILED, started, true));
                } else if (partitioned != null) {
                    result = runPartitioned(partitioned, loaded.pipeline(), req, runId, token, started, listener);
                } else {
                    result = runPlan(loaded.pipeline(), plan, req, runId, token, ctxRef, started, listener);
                }
                // both kinds of run check the row accounting before any sink commits (runPlan before the sinks'
                // commit, a partitioned run before each part and before assembling): nothing is checked after output
            }
        }
        if (req.recordHistory()) {
            record(req, loaded.pipeline(), result);
            recordDrift(result.runId(), drift);
            if (result.succeeded()) {
                HighWaterMarks marks = HighWaterMarks.of(historyDir, req, loaded.pipeline());
                if (ctxRef.get() != null) {
                    marks.advance(runId, ctxRef.get().marks());
                }
                marks.advance(runId, lastSeen);
            }
            if ((result.succeeded() || result.status() == RunStatus.CANCELLED) && loaded.pipeline() != null) {
                PartitionedRun pr = PartitionedRun.of(loaded.pipeline(), req.parameters(), req.baseDir(), drivers);
                if (pr != null) {
                    // parts go once the run is recorded as succeeded, or cancelled (a cancelled run restarts whole)
                    pr.cleanup(runId);
                    if (result.status() == RunStatus.CANCELLED) {
                        forgetFiles(runId);
                    }
                }
            }
        }
        try {
            listener.finished(result);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "run listener failed", e); //$NON-NLS-1$
        }
        return result;
    }

    /**
     * Before the run reads its first row: sweeps what killed or finished runs left next to the pipeline's file outputs
     * ({@link io.sluice.runtime.internal.checkpoint.Leftovers}), then records the run as RUNNING, owned by this process,
     * synced to disk. Returns the run's start (a resumed run keeps its first start).
     */
    private Instant begin(RunRequest req, Pipeline pipeline, String runId, Instant started) throws Exception {
        RunHistory h = RunHistory.open(historyDir);
        RunRecord before = req.resumeRunId() == null ? null : h.find(runId);
        Instant since = before == null ? started : before.startedAt();
        io.sluice.runtime.internal.checkpoint.Leftovers.sweep(pipeline, req.parameters(), req.baseDir(), h, runId, drivers);
        h.started(new RunRecord(runId, pipeline.getName(), fileName(req), hash(req.pipelineFile()), recordedParameters(req.parameters()), since,
                null, RunStatus.RUNNING.name(), null, List.of()));
        return since;
    }

    private void forgetFiles(String runId) {
        try {
            RunHistory.open(historyDir).forgetFiles(runId);
        } catch (java.sql.SQLException e) {
            LOG.log(Level.WARNING, "cannot forget the checkpoints of run " + runId, e); //$NON-NLS-1$
        }
    }

    /** Why the run cannot be resumed, or null. */
    private String checkResume(RunRequest req, String runId) {
        try {
            RunHistory h = RunHistory.open(historyDir);
            RunRecord r = h.find(runId);
            if (r == null) {
                return "no run " + runId + " in the history " + historyDir; //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (RunStatus.SUCCEEDED.name().equals(r.status())) {
                return "run " + runId + " already succeeded; nothing to resume"; //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (RunStatus.RUNNING.name().equals(r.status())) {
                return "run " + runId + " is still running in another process"; //$NON-NLS-1$ //$NON-NLS-2$
            }
            String hash = hash(req.pipelineFile());
            if (r.contentHash() != null && hash != null && !r.contentHash().equals(hash)) {
                return "the pipeline file " + req.pipelineFile() + " changed since run " + runId + "; start a new run"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            return null;
        } catch (Exception e) {
            return "cannot read the history " + historyDir + ": " + message(e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static String hash(Path file) throws java.io.IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        return io.sluice.runtime.internal.files.ContentHash.of(file);
    }

    /** A run over input files, one checkpointed partition per file ({@link PartitionedRun}). */
    private RunResult runPartitioned(PartitionedRun pr, Pipeline pipeline, RunRequest req, String runId,
            CancellationToken token, Instant started, RunListener listener) {
        RunHistory h;
        try {
            h = RunHistory.open(historyDir);
        } catch (Exception e) {
            return new RunResult(runId, RunStatus.FAILED, started, Instant.now(), List.of(),
                    "cannot record the run's checkpoints in " + historyDir + ": " + message(e), //$NON-NLS-1$ //$NON-NLS-2$
                    snapshotOf(runId, null, RunStatus.FAILED, started, true));
        }
        Instant since = started;
        ExecOptions options = ExecOptions.defaults().withBatchRows(batchRows).withThreads(req.threads()).withMemoryLimit(memoryLimit)
                .withFailOnParseError(req.failOnParseError()).withRetry(req.retry());
        PartitionedRun.Outcome o;
        try (RootAllocator root = new RootAllocator(memoryLimit)) {
            o = pr.run(runId, root, token, options, h, listener::retried, steps -> {
                try {
                    listener.progress(new RunSnapshot(runId, RunStatus.RUNNING, since,
                            java.time.Duration.between(since, Instant.now()).toMillis(), steps, false));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "run listener failed", e); //$NON-NLS-1$
                }
            });
        }
        RunStatus status = o.error() == null ? RunStatus.SUCCEEDED : o.cancelled() ? RunStatus.CANCELLED : RunStatus.FAILED;
        RunSnapshot fin = new RunSnapshot(runId, status, since, java.time.Duration.between(since, Instant.now()).toMillis(),
                o.steps(), true);
        return new RunResult(runId, status, since, Instant.now(), List.of(), o.error(), fin, o.accounting(), o.quality(), o.retries());
    }

    private void recordDrift(String runId, List<Planner.DriftNote> drift) {
        if (historyDir == null || drift.isEmpty()) {
            return;
        }
        try {
            RunHistory.open(historyDir).recordDrift(runId, drift.stream()
                    .map(d -> new RunHistory.Drift(d.step(), d.policy(), d.file() + ": " + d.description())).toList());
        } catch (java.sql.SQLException e) {
            LOG.log(Level.WARNING, "cannot record the schema drift of run " + runId, e); //$NON-NLS-1$
        }
    }

    private static String fileName(RunRequest req) {
        return req.pipelineFile() == null ? null : req.pipelineFile().toAbsolutePath().normalize().toString();
    }

    private RunResult runPlan(Pipeline pipeline, Planner.Plan plan, RunRequest req, String runId, CancellationToken token,
            AtomicReference<ExecContext> ctxRef, Instant started, RunListener listener) {
        RunStatus status = RunStatus.SUCCEEDED;
        String error = null;
        AtomicReference<RowAccounting> accounting = new AtomicReference<>();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread th = new Thread(r, "sluice-metrics-" + runId); //$NON-NLS-1$
            th.setDaemon(true);
            return th;
        });
        ExecContext ctx = null;
        RootAllocator root = new RootAllocator(memoryLimit);
        try {
            ExecOptions options = ExecOptions.defaults().withBatchRows(batchRows).withThreads(req.threads()).withMemoryLimit(memoryLimit)
                    .withFailOnParseError(req.failOnParseError()).withRetry(req.retry());
            ctx = new ExecContext(runId, root, token, options);
            ctxRef.set(ctx);
            ctx.onRetry(listener::retried);
            ExecContext c = ctx;
            Executor executor = new Executor(plan.graph(), ctx);
            ticker.scheduleAtFixedRate(() -> {
                try {
                    listener.progress(snapshotOf(runId, c, RunStatus.RUNNING, started, false));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "run listener failed", e); //$NON-NLS-1$
                }
            }, METRICS_PERIOD_MILLIS, METRICS_PERIOD_MILLIS, TimeUnit.MILLISECONDS);
            // the accounting is checked before any sink commits: a run that fails it leaves no output
            executor.run(() -> {
                RowAccounting acc = io.sluice.runtime.internal.exec.Accounting.check(pipeline,
                        snapshotOf(runId, c, RunStatus.RUNNING, started, true));
                accounting.set(acc);
                if (!acc.ok()) {
                    throw new IllegalStateException("row accounting: " + String.join("; ", acc.mismatches())); //$NON-NLS-1$ //$NON-NLS-2$
                }
            });
        } catch (CancelledException e) {
            status = RunStatus.CANCELLED;
            error = token.reason();
        } catch (RuntimeException | Error e) {
            status = RunStatus.FAILED;
            error = message(e);
        } finally {
            ticker.shutdownNow();
            try {
                ticker.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (ctx != null) {
                try {
                    ctx.close();
                } catch (RuntimeException e) {
                    status = RunStatus.FAILED;
                    error = (error == null ? "" : error + "; ") + "memory not released: " + message(e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
            try {
                root.close();
            } catch (RuntimeException e) {
                status = RunStatus.FAILED;
                error = (error == null ? "" : error + "; ") + "memory not released: " + message(e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        RunSnapshot fin = snapshotOf(runId, ctx, status, started, true);
        return new RunResult(runId, status, started, Instant.now(), List.of(), error, fin, accounting.get(),
                ctx == null ? List.of() : ctx.quality().results(), ctx == null ? List.of() : ctx.retries());
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        return Redaction.redact(m == null || m.isBlank() ? e.getClass().getSimpleName() : m);
    }

    /** The run's parameters as the history keeps them: values of secret-looking names and secrets hidden. */
    static java.util.Map<String, String> recordedParameters(java.util.Map<String, String> parameters) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        parameters.forEach((k, v) -> m.put(k, Redaction.sensitiveName(k) ? Redaction.MASK : Redaction.redact(v)));
        return m;
    }

    private void record(RunRequest req, Pipeline pipeline, RunResult r) {
        if (historyDir == null) {
            return;
        }
        try {
            RunHistory h = RunHistory.open(historyDir);
            String file = req.pipelineFile() == null ? null : req.pipelineFile().toAbsolutePath().normalize().toString();
            String hash = hash(req.pipelineFile());
            List<StepRecord> steps = new ArrayList<>();
            for (StepMetrics m : r.finalSnapshot().steps()) {
                steps.add(new StepRecord(m.step(), m.kind(), m.state().name(), m.rowsIn(), m.rowsOut(), m.rowsRejected(),
                        m.batchesOut(), m.bytesOut(), m.errors(), m.elapsedMillis(), m.message(), m.rowsFiltered()));
            }
            String error = r.error();
            if (error == null && !r.problems().isEmpty()) {
                error = String.join("\n", r.problems().stream().map(Problem::toString).toList()); //$NON-NLS-1$
            }
            h.record(new RunRecord(r.runId(), pipeline == null ? null : pipeline.getName(), file, hash, recordedParameters(req.parameters()),
                    r.startedAt(), r.endedAt(), r.status().name(), error, steps,
                    r.accounting() == null ? null : r.accounting().summary(), GitRevision.of(req.pipelineFile())), r.quality(),
                    r.retries());
        } catch (Exception e) {
            // the class and the database's error code say which failure it was (a hand-over between processes, a lock…)
            String code = e instanceof java.sql.SQLException q ? " [" + q.getErrorCode() + "]" : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            LOG.log(Level.WARNING, Redaction.redact("cannot record run " + r.runId() + " in the history " + historyDir + ": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + e.getClass().getSimpleName() + code + ": " + message(e))); //$NON-NLS-1$
        }
    }

    /**
     * Runs the steps upstream of {@code stepId} and returns at most {@code maxRows} rows of its output. Sources
     * stop after about {@code maxRows} rows; no sink of the model runs; nothing is recorded.
     */
    public PreviewResult preview(RunRequest req, String stepId, int maxRows) {
        return preview(req, stepId, maxRows, new CancellationToken());
    }

    /**
     * Like {@link #preview(RunRequest, String, int)}, stopping as soon as {@code token} is cancelled (a preview over a
     * sort or an aggregate reads all its input before the first row comes out, so a user must be able to stop it).
     */
    public PreviewResult preview(RunRequest req, String stepId, int maxRows, CancellationToken token) {
        Loaded l = load(req);
        if (l.pipeline() == null) {
            return new PreviewResult(null, List.of(), l.problems(), null);
        }
        // a preview is not a run: run_id() is "preview" and the start time is now
        Planner.Plan plan = new Planner(l.pipeline(), req.parameters(), req.baseDir(), drivers)
                .forRun(new io.sluice.expression.RunContext("preview", //$NON-NLS-1$
                        Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS), 0, req.parameters()))
                .plan(stepId, maxRows);
        if (!plan.ok()) {
            return new PreviewResult(null, List.of(), plan.problems(), null);
        }
        String runId = "preview-" + newRunId(); //$NON-NLS-1$
        try (RootAllocator root = new RootAllocator(memoryLimit);
                ExecContext ctx = new ExecContext(runId, root, token,
                        ExecOptions.defaults().withBatchRows(batchRows).withThreads(req.threads()).withMaxRows(maxRows))) {
            new Executor(plan.graph(), ctx).run();
        } catch (RuntimeException e) {
            return new PreviewResult(null, List.of(), List.of(), message(e));
        }
        io.sluice.expression.types.Schema schema = Types.sluice(plan.preview().schema());
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> raw : plan.preview().rows()) {
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                row.add(previewValue(raw.get(i), schema.fields().get(i).type()));
            }
            rows.add(row);
        }
        return new PreviewResult(schema, rows, List.of(), null);
    }

    /** A stored value as {@link PreviewResult} gives it: times at their column's precision, bytes as hex. */
    private static Object previewValue(Object v, io.sluice.expression.types.DataType type) {
        if (v == null) {
            return null;
        }
        return switch (type.id()) {
            case DATE, TIME, TIMESTAMP -> io.sluice.expression.types.TemporalValues.fromStored(((Number) v).longValue(), type);
            case BINARY, FIXED_BINARY -> Types.HEX.formatHex((byte[]) v);
            default -> v;
        };
    }
}
