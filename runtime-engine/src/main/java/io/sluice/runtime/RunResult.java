package io.sluice.runtime;

import java.time.Instant;
import java.util.List;

/**
 * Final outcome of a run.
 *
 * @param runId    id of the run (also the key in the run history)
 * @param status   SUCCEEDED, FAILED, CANCELLED, or INVALID (refused before running: see problems)
 * @param problems validation problems when INVALID
 * @param error    message of the failure naming step (and file/line where known), or null
 * @param finalSnapshot last metrics snapshot (empty step list when INVALID)
 * @param accounting    the row accounting of a run that ran to the end, or null
 */
public record RunResult(String runId, RunStatus status, Instant startedAt, Instant endedAt, List<Problem> problems,
        String error, RunSnapshot finalSnapshot, RowAccounting accounting) {
    public RunResult {
        problems = List.copyOf(problems);
    }

    /** A result without accounting (refused, failed or cancelled runs). */
    public RunResult(String runId, RunStatus status, Instant startedAt, Instant endedAt, List<Problem> problems,
            String error, RunSnapshot finalSnapshot) {
        this(runId, status, startedAt, endedAt, problems, error, finalSnapshot, null);
    }

    public boolean succeeded() {
        return status == RunStatus.SUCCEEDED;
    }
}
