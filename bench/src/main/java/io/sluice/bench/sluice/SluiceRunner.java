package io.sluice.bench.sluice;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.sluice.model.validation.Problem;
import io.sluice.runtime.RunHandle;
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

    /**
     * Runs and waits; the time is the whole call (load, validate, plan, run, close). A run still going after
     * {@code timeoutSeconds} is cancelled and reported as failed.
     */
    public Timed run(Path pipeline, Map<String, String> parameters, int threads, long timeoutSeconds) {
        RunRequest req = request(pipeline, parameters, threads);
        long start = System.nanoTime();
        RunHandle h = engine.start(req);
        try {
            RunResult r = h.result().get(timeoutSeconds, TimeUnit.SECONDS);
            return new Timed(r, System.nanoTime() - start, null);
        } catch (TimeoutException e) {
            h.cancel();
            RunResult r = h.result().completeOnTimeout(null, 60, TimeUnit.SECONDS).join();
            return new Timed(r, System.nanoTime() - start, "timed out after " + timeoutSeconds + " s"); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            h.cancel();
            return new Timed(null, System.nanoTime() - start, "interrupted"); //$NON-NLS-1$
        } catch (ExecutionException e) {
            return new Timed(null, System.nanoTime() - start, "run failed: " + e.getCause()); //$NON-NLS-1$
        }
    }

    /** {@link #run(Path, Map, int, long)} with a one-hour limit. */
    public Timed run(Path pipeline, Map<String, String> parameters, int threads) {
        return run(pipeline, parameters, threads, 3600);
    }

    /** @param unsupported the runtime lacks a step kind (rather than the pipeline being wrong) */
    public record Refusal(boolean unsupported, String message) {
    }

    /** @param result the outcome, null when there is none; @param abandoned why the harness gave up, or null */
    public record Timed(RunResult result, long nanos, String abandoned) {
        public boolean ok() {
            return abandoned == null && result != null && result.succeeded();
        }

        /** The error, or the problems, of a run that did not succeed. */
        public String failure() {
            if (abandoned != null) {
                return abandoned;
            }
            if (result.error() != null) {
                return result.status() + ": " + result.error(); //$NON-NLS-1$
            }
            return result.status() + ": " + result.problems(); //$NON-NLS-1$
        }
    }
}
