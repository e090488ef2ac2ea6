package io.sluice.runtime.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One recorded run.
 *
 * @param pipelineFile absolute path of the pipeline file, or null for an unsaved model
 * @param contentHash  SHA-256 (hex) of the file's bytes at run time, or null
 * @param status       SUCCEEDED, FAILED, CANCELLED, INVALID, or RUNNING (a run over input files that has not ended:
 *                     still running, or killed — {@code sluice run --resume} finishes it)
 * @param accounting   the row accounting line ({@code read … · lost 0}), or null when the run did not reach its end
 * @param revision     the Git commit the pipeline file was run at and whether the file differed from it; null when
 *                     the file is not in a Git working tree (or the run was recorded before revisions were)
 */
public record RunRecord(String runId, String pipelineName, String pipelineFile, String contentHash,
        Map<String, String> parameters, Instant startedAt, Instant endedAt, String status, String error,
        List<StepRecord> steps, String accounting, GitRevision revision) {
    /** The parameter an engine other than the embedded one records its name under ({@code spark local[2]}). */
    public static final String ENGINE_PARAMETER = "@engine"; //$NON-NLS-1$

    public RunRecord {
        parameters = Map.copyOf(parameters);
        steps = List.copyOf(steps);
    }

    /** The engine that ran it: {@code embedded}, or what the engine recorded ({@code spark local[2]}). */
    public String engine() {
        return parameters.getOrDefault(ENGINE_PARAMETER, "embedded"); //$NON-NLS-1$
    }

    /** A record without revision. */
    public RunRecord(String runId, String pipelineName, String pipelineFile, String contentHash,
            Map<String, String> parameters, Instant startedAt, Instant endedAt, String status, String error,
            List<StepRecord> steps, String accounting) {
        this(runId, pipelineName, pipelineFile, contentHash, parameters, startedAt, endedAt, status, error, steps, accounting, null);
    }

    /** A record without accounting line. */
    public RunRecord(String runId, String pipelineName, String pipelineFile, String contentHash,
            Map<String, String> parameters, Instant startedAt, Instant endedAt, String status, String error,
            List<StepRecord> steps) {
        this(runId, pipelineName, pipelineFile, contentHash, parameters, startedAt, endedAt, status, error, steps, null, null);
    }
}
