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
 */
public record RunRecord(String runId, String pipelineName, String pipelineFile, String contentHash,
        Map<String, String> parameters, Instant startedAt, Instant endedAt, String status, String error,
        List<StepRecord> steps, String accounting) {
    public RunRecord {
        parameters = Map.copyOf(parameters);
        steps = List.copyOf(steps);
    }

    /** A record without accounting line. */
    public RunRecord(String runId, String pipelineName, String pipelineFile, String contentHash,
            Map<String, String> parameters, Instant startedAt, Instant endedAt, String status, String error,
            List<StepRecord> steps) {
        this(runId, pipelineName, pipelineFile, contentHash, parameters, startedAt, endedAt, status, error, steps, null);
    }
}
