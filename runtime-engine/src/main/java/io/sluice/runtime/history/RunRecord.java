package io.sluice.runtime.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One recorded run.
 *
 * @param pipelineFile absolute path of the pipeline file, or null for an unsaved model
 * @param contentHash  SHA-256 (hex) of the file's bytes at run time, or null
 */
public record RunRecord(String runId, String pipelineName, String pipelineFile, String contentHash,
        Map<String, String> parameters, Instant startedAt, Instant endedAt, String status, String error,
        List<StepRecord> steps) {
    public RunRecord {
        parameters = Map.copyOf(parameters);
        steps = List.copyOf(steps);
    }
}
