package io.sluice.runtime.cli;

import io.sluice.model.validation.Problem;
import io.sluice.model.validation.ProblemFormatter;
import io.sluice.runtime.RunHandle;
import io.sluice.runtime.RunListener;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunSnapshot;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.StepMetrics;
import io.sluice.runtime.history.RunHistory;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sluice run FILE [--param k=v]… [--threads N] [--metrics jsonl]}. */
@Command(name = "run", description = "Validates and runs a pipeline.", mixinStandardHelpOptions = true) //$NON-NLS-1$ //$NON-NLS-2$
final class RunCommand implements Callable<Integer> {
    /** How long a signal waits for the cancelled run to wind down and be recorded. */
    static final long SHUTDOWN_WAIT_SECONDS = 60;

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions options = new RunOptions();

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "the .sluice pipeline (with --resume: taken from the history when left out)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    Path file;

    @Option(names = "--resume", paramLabel = "RUN", description = "finish a crashed, failed or cancelled run under its id: a run over a directory of input files reads only the files it did not commit, any other run restarts whole; same pipeline file and parameters") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String resume;

    @Option(names = "--threads", paramLabel = "N", description = "workers per pipeline (default: the number of cores)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Integer threads;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "3", description = "retries of a transient I/O failure of a source or sink (JDBC connection refused or lost, file locked); 0 = none (default ${DEFAULT-VALUE})") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    int retries;

    @Option(names = "--retry-backoff", paramLabel = "DURATION", defaultValue = "200ms", description = "wait before the first retry, doubled for each next one (default ${DEFAULT-VALUE})") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    String retryBackoff;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!options.metricsKnown(err)) {
            return ExitCodes.USAGE;
        }
        java.util.Optional<java.time.Duration> backoff = io.sluice.model.Durations.parse(retryBackoff);
        if (retries < 0 || backoff.isEmpty()) {
            err.println("sluice run: --retries must be >= 0 and --retry-backoff a duration such as 200ms or 2s"); //$NON-NLS-1$
            return ExitCodes.USAGE;
        }
        if (resume != null) {
            if (options.noHistory) {
                err.println("sluice run: --resume needs the run history; leave out --no-history"); //$NON-NLS-1$
                return ExitCodes.USAGE;
            }
            try {
                io.sluice.runtime.history.RunRecord rec = RunHistory.open(options.historyLocation())
                        .find(resume);
                if (rec == null) {
                    err.println("sluice run: no run " + resume + " in the history"); //$NON-NLS-1$ //$NON-NLS-2$
                    return ExitCodes.USAGE;
                }
                if (file == null) {
                    if (rec.pipelineFile() == null) {
                        err.println("sluice run: run " + resume + " has no pipeline file; give FILE"); //$NON-NLS-1$ //$NON-NLS-2$
                        return ExitCodes.USAGE;
                    }
                    file = Path.of(rec.pipelineFile());
                }
                Map<String, String> merged = new LinkedHashMap<>(rec.parameters());
                merged.putAll(options.params);
                options.params = merged;
            } catch (java.sql.SQLException e) {
                err.println("sluice run: cannot read the run history: " + e.getMessage()); //$NON-NLS-1$
                return ExitCodes.RUN_FAILED;
            }
        }
        if (file == null) {
            err.println("sluice run: missing FILE (the .sluice pipeline)"); //$NON-NLS-1$
            return ExitCodes.USAGE;
        }
        boolean json = options.json();
        boolean terminal = System.console() != null && !json;
        SluiceEngine engine = new SluiceEngine(options.recordIn(),
                4L << 30);
        RunListener listener = new RunListener() {
            @Override
            public void progress(RunSnapshot s) {
                if (json) {
                    synchronized (out) {
                        out.println(JsonOutput.snapshot(s));
                        out.flush();
                    }
                } else if (terminal) {
                    err.print("\r" + progressLine(s)); //$NON-NLS-1$
                    err.flush();
                }
            }
        };
        io.sluice.model.resource.LoadResult loaded = io.sluice.model.resource.SluiceModel.load(file);
        if (loaded.ok() && resume == null) { // a resumed run keeps the values recorded (already resolved) in the history
            options.params = SchemaCommand.commandLineValues(loaded.pipeline(), options.params);
        }
        RunRequest req = RunRequest.of(file.toAbsolutePath()).withParameters(options.params).withListener(listener)
                .withHistory(!options.noHistory).withFailOnParseError(options.failOnParseError)
                .withRetry(new io.sluice.runtime.RetryPolicy(retries, backoff.get())).withResume(resume);
        if (threads != null) {
            if (threads < 1) {
                err.println("sluice run: --threads must be at least 1"); //$NON-NLS-1$
                return ExitCodes.USAGE;
            }
            req = req.withThreads(threads);
        }
        RunHandle h = engine.start(req);
        // SIGINT/SIGTERM: cancel the run and wait until it has wound down — sinks delete their temporary files and the
        // run is recorded as CANCELLED — before the JVM halts (it then exits 130 or 143, 128 + the signal)
        Thread hook = new Thread(() -> {
            h.cancel();
            try {
                h.result().get(SHUTDOWN_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // halting anyway; the run is CRASHED in the history
            }
        }, "sluice-shutdown"); //$NON-NLS-1$
        Runtime.getRuntime().addShutdownHook(hook);
        RunResult r = h.result().join();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down
        }
        if (terminal) {
            err.println();
        }
        if (json) {
            out.println(JsonOutput.result(r));
        }
        switch (r.status()) {
            case INVALID -> {
                for (Problem p : r.problems()) {
                    err.println(ProblemFormatter.line(String.valueOf(file), p));
                }
                err.println("sluice run: " + file + ": not run, " + r.problems().size() + " problem(s)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return ExitCodes.VALIDATION_ERRORS;
            }
            case SUCCEEDED -> {
                summary(json ? err : out, r);
                drift(json ? err : out, engine, r);
                return ExitCodes.OK;
            }
            case CANCELLED -> {
                err.println("sluice run: cancelled (run " + r.runId() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
                return ExitCodes.CANCELLED;
            }
            default -> {
                summary(err, r);
                drift(err, engine, r);
                err.println("sluice run: " + file + ": run " + r.runId() + " failed: " + r.error()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return ExitCodes.RUN_FAILED;
            }
        }
    }

    /** The schema drift the run's sources met, as recorded in the history. */
    static void drift(PrintWriter w, SluiceEngine engine, RunResult r) {
        engine.history().ifPresent(h -> {
            try {
                for (RunHistory.Drift d : h.drift(r.runId())) {
                    w.printf(Locale.ROOT, "  schema drift %s (%s): %s%n", d.step(), d.policy(), d.description()); //$NON-NLS-1$
                }
            } catch (java.sql.SQLException e) {
                w.println("  schema drift: cannot read the history: " + e.getMessage()); //$NON-NLS-1$
            }
        });
        w.flush();
    }

    static String progressLine(RunSnapshot s) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%6.1fs", s.elapsedMillis() / 1000.0)); //$NON-NLS-1$
        for (StepMetrics m : s.steps()) {
            if (m.state() == io.sluice.runtime.StepState.RUNNING) {
                sb.append("  ").append(m.step()).append(' ').append(String.format(Locale.ROOT, "%,d", //$NON-NLS-1$ //$NON-NLS-2$
                        Math.max(m.rowsIn(), m.rowsOut())));
            }
        }
        return sb.length() > 150 ? sb.substring(0, 150) : sb.toString();
    }

    static void summary(PrintWriter w, RunResult r) {
        RunSnapshot s = r.finalSnapshot();
        w.printf(Locale.ROOT, "run %s %s in %.2fs%n", r.runId(), r.status().name().toLowerCase(Locale.ROOT), //$NON-NLS-1$
                s.elapsedMillis() / 1000.0);
        if (r.accounting() != null) {
            w.println(r.accounting().summary());
        }
        for (StepMetrics m : s.steps()) {
            w.printf(Locale.ROOT, "  %-24s %-14s %-9s in %,12d  out %,12d  filtered %,8d  rejected %,8d  %,.0f rows/s%n", //$NON-NLS-1$
                    m.step(), m.kind(), m.state(), m.rowsIn(), m.rowsOut(), m.rowsFiltered(), m.rowsRejected(), m.rowsPerSecond());
        }
        for (io.sluice.runtime.RuleResult q : r.quality()) {
            if (!q.passed()) {
                w.printf(Locale.ROOT, "  quality %s / %s (%s): %,d of %,d failed%s%n", q.step(), q.rule(), q.severity(), //$NON-NLS-1$
                        q.failed(), q.checked(), q.message() == null ? "" : ": " + q.message()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (!r.retries().isEmpty()) {
            w.printf(Locale.ROOT, "  %d retr%s of transient failures (sluice runs --detail %s)%n", r.retries().size(), //$NON-NLS-1$
                    r.retries().size() == 1 ? "y" : "ies", r.runId()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        w.flush();
    }
}
