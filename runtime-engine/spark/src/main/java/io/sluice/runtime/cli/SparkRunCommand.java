package io.sluice.runtime.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;

import io.sluice.model.validation.Problem;
import io.sluice.runtime.RunListener;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunSnapshot;
import io.sluice.runtime.spark.SparkEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sluice run FILE --engine spark [--master local[N] | spark://HOST:PORT]}: the same command line, output,
 * exit codes and history as the embedded {@code run}, on Spark. It lives in the command line's package (on the
 * Spark engine's class path only) to share its summary and JSON formats.
 */
@Command(name = "run", description = "Validates and runs a pipeline on Apache Spark.", mixinStandardHelpOptions = true) //$NON-NLS-1$ //$NON-NLS-2$
public final class SparkRunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions options = new RunOptions();

    @Parameters(index = "0", paramLabel = "FILE", description = "the .sluice pipeline") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path file;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "spark", description = "spark (this command); the embedded engine is the plain 'sluice run'") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    String engine;

    @Option(names = "--master", paramLabel = "URL", description = "local[N] (default local[*]) or spark://HOST:PORT of a standalone cluster; unset inside spark-submit") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String master;

    @Option(names = "--recorded-as", paramLabel = "FILE", hidden = true, description = "record the run in the history as a run of FILE (the designer runs an unsaved copy of FILE beside it)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path recordedAs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!"spark".equals(engine)) { //$NON-NLS-1$
            err.println("sluice run: this command runs on Spark; for --engine " + engine + " use 'sluice run' without --engine"); //$NON-NLS-1$ //$NON-NLS-2$
            return ExitCodes.USAGE;
        }
        if (!options.metricsKnown(err)) {
            return ExitCodes.USAGE;
        }
        boolean json = options.json();
        RunListener listener = new RunListener() {
            @Override
            public void progress(RunSnapshot s) {
                if (json) {
                    synchronized (out) {
                        out.println(JsonOutput.snapshot(s));
                        out.flush();
                    }
                }
            }
        };
        RunRequest req = RunRequest.of(file.toAbsolutePath());
        io.sluice.model.resource.LoadResult copy = recordedAs == null ? null : io.sluice.model.resource.SluiceModel.load(file);
        if (copy != null && copy.ok()) { // else run the file as given, which reports why it does not load
            req = RunRequest.of(copy.pipeline(), recordedAs.toAbsolutePath().normalize(), file.toAbsolutePath().getParent());
        }
        req = req.withParameters(options.params).withListener(listener).withHistory(!options.noHistory)
                .withFailOnParseError(options.failOnParseError);
        SparkEngine engine = new SparkEngine(options.recordIn());
        String m = master != null ? master : System.getProperty("spark.master") != null ? null : "local[*]"; //$NON-NLS-1$ //$NON-NLS-2$
        RunResult r;
        SparkSession spark = SparkEngine.session(m);
        try {
            r = engine.run(req, spark);
        } finally {
            spark.stop();
        }
        if (json) {
            out.println(JsonOutput.snapshot(r.finalSnapshot()));
        }
        switch (r.status()) {
            case INVALID -> {
                for (Problem p : r.problems()) {
                    err.println(file + ": " + p); //$NON-NLS-1$
                }
                err.println("sluice run: " + file + ": not run on Spark, " + r.problems().size() + " problem(s)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return ExitCodes.VALIDATION_ERRORS;
            }
            case SUCCEEDED -> {
                RunCommand.summary(json ? err : out, r);
                return ExitCodes.OK;
            }
            case CANCELLED -> {
                err.println("sluice run: cancelled (run " + r.runId() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
                return ExitCodes.CANCELLED;
            }
            default -> {
                RunCommand.summary(err, r);
                err.println("sluice run: " + file + ": run " + r.runId() + " failed: " + r.error()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                return ExitCodes.RUN_FAILED;
            }
        }
    }
}
