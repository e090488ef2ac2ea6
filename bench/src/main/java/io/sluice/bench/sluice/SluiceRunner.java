package io.sluice.bench.sluice;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.sluice.runtime.Problem;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.SluiceEngine;

/**
 * Runs a .sluice file with parameters through the runtime's public Java API ({@link SluiceEngine}), in this
 * JVM, without recording the runs in the history.
 */
public final class SluiceRunner {
    private final SluiceEngine engine;

    /** @param memoryLimit limit of the runtime's root allocator per run, in bytes */
    public SluiceRunner(long memoryLimit) {
        engine = new SluiceEngine(null, memoryLimit);
    }

    private static RunRequest request(Path pipeline, Map<String, String> parameters, int threads) {
        return RunRequest.of(pipeline.toAbsolutePath()).withParameters(parameters).withThreads(threads).withHistory(false);
    }

    /** Why the runtime would refuse to run it, or null when it would run. */
    public Refusal check(Path pipeline, Map<String, String> parameters, int threads) {
        List<Problem> problems = engine.validate(request(pipeline, parameters, threads));
        if (problems.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        boolean unsupported = false;
        for (Problem p : problems) {
            if (!text.isEmpty()) {
                text.append("; "); //$NON-NLS-1$
            }
            text.append(p);
            unsupported |= p.toString().toLowerCase(Locale.ROOT).contains("not supported"); //$NON-NLS-1$
        }
        return new Refusal(unsupported, text.toString());
    }

    /** Runs and waits; the time is the whole call (load, validate, plan, run, close). */
    public Timed run(Path pipeline, Map<String, String> parameters, int threads) {
        RunRequest req = request(pipeline, parameters, threads);
        long start = System.nanoTime();
        RunResult r = engine.run(req);
        return new Timed(r, System.nanoTime() - start);
    }

    /** @param unsupported the runtime lacks a step kind (rather than the pipeline being wrong) */
    public record Refusal(boolean unsupported, String message) {
    }

    public record Timed(RunResult result, long nanos) {
        public boolean ok() {
            return result.succeeded();
        }

        /** The error, or the problems, of a run that did not succeed. */
        public String failure() {
            if (result.error() != null) {
                return result.status() + ": " + result.error(); //$NON-NLS-1$
            }
            return result.status() + ": " + result.problems(); //$NON-NLS-1$
        }
    }
}
