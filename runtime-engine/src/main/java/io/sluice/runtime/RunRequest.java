package io.sluice.runtime;

import io.sluice.model.Pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What to run: a pipeline (a {@code .sluice} file, or a model already in memory such as the designer's), the
 * values of its {@code ${name}} parameters, the number of workers per pipeline, and who listens.
 *
 * @param pipelineFile the file (recorded in the history with its content hash); may be null when
 *                     {@code pipeline} is given
 * @param pipeline     a loaded model, or null to load {@code pipelineFile}
 * @param baseDir      directory that relative paths in the model resolve against; null: the folder of
 *                     {@code pipelineFile} ({@link io.sluice.model.PipelinePaths})
 * @param parameters   parameter values; undeclared names are validation errors
 * @param threads      workers per pipeline (>= 1)
 * @param listener     progress and end of run; never null
 * @param recordHistory whether to record the run in the history database
 * @param failOnParseError a source record that does not parse (bad number or date, wrong column count, bad JSON)
 *                      fails the run instead of going to the source's rejects port
 * @param retry         how transient I/O failures of sources and sinks are retried ({@link RetryPolicy#DEFAULT})
 * @param resumeRunId   the id of an interrupted run to finish (its committed input files are not read again), or
 *                      null for a new run
 */
public record RunRequest(Path pipelineFile, Pipeline pipeline, Path baseDir, Map<String, String> parameters, int threads,
        RunListener listener, boolean recordHistory, boolean failOnParseError, RetryPolicy retry, String resumeRunId) {
    /** Default retries, a new run. */
    public RunRequest(Path pipelineFile, Pipeline pipeline, Path baseDir, Map<String, String> parameters, int threads,
            RunListener listener, boolean recordHistory, boolean failOnParseError) {
        this(pipelineFile, pipeline, baseDir, parameters, threads, listener, recordHistory, failOnParseError,
                RetryPolicy.DEFAULT, null);
    }

    /** Parse errors go to rejects. */
    public RunRequest(Path pipelineFile, Pipeline pipeline, Path baseDir, Map<String, String> parameters, int threads,
            RunListener listener, boolean recordHistory) {
        this(pipelineFile, pipeline, baseDir, parameters, threads, listener, recordHistory, false);
    }

    public RunRequest {
        if (pipelineFile == null && pipeline == null) {
            throw new IllegalArgumentException("a run needs a pipeline file or a pipeline"); //$NON-NLS-1$
        }
        parameters = Map.copyOf(parameters);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads); //$NON-NLS-1$
        }
        Objects.requireNonNull(listener, "listener"); //$NON-NLS-1$
        baseDir = baseDir == null ? io.sluice.model.PipelinePaths.baseDirectory(pipelineFile) : baseDir;
        retry = retry == null ? RetryPolicy.DEFAULT : retry;
    }

    /** Runs a file with default parameters, all cores, no listener, recorded in the history. */
    public static RunRequest of(Path pipelineFile) {
        return new RunRequest(pipelineFile, null, null, Map.of(), Runtime.getRuntime().availableProcessors(),
                RunListener.NONE, true);
    }

    /** Runs an in-memory model (its file, if known, is used for the history only). */
    public static RunRequest of(Pipeline pipeline, Path pipelineFile, Path baseDir) {
        return new RunRequest(pipelineFile, pipeline, baseDir, Map.of(), Runtime.getRuntime().availableProcessors(),
                RunListener.NONE, true);
    }

    public RunRequest withParameter(String name, String value) {
        Map<String, String> p = new LinkedHashMap<>(parameters);
        p.put(name, value);
        return new RunRequest(pipelineFile, pipeline, baseDir, p, threads, listener, recordHistory, failOnParseError, retry, resumeRunId);
    }

    public RunRequest withParameters(Map<String, String> values) {
        Map<String, String> p = new LinkedHashMap<>(parameters);
        p.putAll(values);
        return new RunRequest(pipelineFile, pipeline, baseDir, p, threads, listener, recordHistory, failOnParseError, retry, resumeRunId);
    }

    public RunRequest withThreads(int n) {
        return new RunRequest(pipelineFile, pipeline, baseDir, parameters, n, listener, recordHistory, failOnParseError, retry, resumeRunId);
    }

    public RunRequest withListener(RunListener l) {
        return new RunRequest(pipelineFile, pipeline, baseDir, parameters, threads, l, recordHistory, failOnParseError, retry, resumeRunId);
    }

    public RunRequest withBaseDir(Path dir) {
        return new RunRequest(pipelineFile, pipeline, dir, parameters, threads, listener, recordHistory, failOnParseError, retry, resumeRunId);
    }

    public RunRequest withFailOnParseError(boolean fail) {
        return new RunRequest(pipelineFile, pipeline, baseDir, parameters, threads, listener, recordHistory, fail, retry, resumeRunId);
    }

    public RunRequest withHistory(boolean record) {
        return new RunRequest(pipelineFile, pipeline, baseDir, parameters, threads, listener, record, failOnParseError, retry, resumeRunId);
    }

    public RunRequest withRetry(RetryPolicy policy) {
        return new RunRequest(pipelineFile, pipeline, baseDir, parameters, threads, listener, recordHistory, failOnParseError,
                policy, resumeRunId);
    }

    /** Finishes the interrupted run {@code runId} instead of starting a new one. */
    public RunRequest withResume(String runId) {
        return new RunRequest(pipelineFile, pipeline, baseDir, parameters, threads, listener, recordHistory, failOnParseError,
                retry, runId);
    }
}
